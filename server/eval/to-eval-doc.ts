/** Turns gold files and extractions into the scorer's comparable view (pure). */
import type { Extraction } from '../../model/graph.schema.js';
import type { GoldArticle } from '../../model/gold.schema.js';
import type { EvalDoc } from './eval-types.js';

/** The gold view; `withPageBylines` adds the page's floating credits (page unit). */
export function goldToDoc(g: GoldArticle, withPageBylines = false): EvalDoc {
  return {
    persons: g.persons.map((p) => ({ name: p.name, roles: p.roles })),
    places: g.places,
    organizations: g.organizations,
    projects: g.projects,
    meetings: g.meetings.map((m) => ({ name: m.name, date: m.date, chair: m.chair, attendees: m.attendees })),
    bylines: [...g.bylines, ...(withPageBylines ? (g.page_bylines ?? []) : [])],
    steps: g.steps ? g.steps.map((st) => ({ project: st.project, stage: st.stage, date: st.date })) : null,
  };
}

/** A step's date as far as its precision goes (`2021-03` for month precision), as gold files write it. */
function atPrecision(date: string, precision: unknown): string {
  return precision === 'month' ? date.slice(0, 7) : precision === 'year' ? date.slice(0, 4) : date;
}

/** The predicted view of one extraction. */
export function extractionToDoc(x: Extraction): EvalDoc {
  const byId = new Map(x.entities.map((e) => [e.id, e] as const));
  const nameOf = (id: string) => byId.get(id)?.name ?? '';
  const ofType = (t: string) => x.entities.filter((e) => e.type === t);
  const roles = new Map<string, string[]>();
  for (const r of x.relations) {
    if (r.type !== 'HOLDS_ROLE') continue;
    const list = roles.get(r.from) ?? [];
    list.push(nameOf(r.to));
    roles.set(r.from, list);
  }
  const meetings = ofType('Meeting').map((m) => {
    const att = x.relations.filter((r) => r.type === 'ATTENDED' && r.to === m.id);
    return {
      name: m.name,
      date: typeof m.props.date === 'string' ? m.props.date : null,
      chair: att.filter((r) => r.props.as === 'chair').map((r) => nameOf(r.from)),
      attendees: att.filter((r) => r.props.as !== 'chair').map((r) => nameOf(r.from)),
    };
  });
  return {
    persons: ofType('Person').map((p) => ({ name: p.name, roles: roles.get(p.id) ?? [] })),
    places: ofType('Place').map((e) => e.name),
    organizations: ofType('Organization').map((e) => e.name),
    projects: ofType('Project').map((e) => e.name),
    meetings,
    bylines: x.relations.filter((r) => r.type === 'WROTE').map((r) => ({
      name: nameOf(r.from),
      role: typeof r.props.as === 'string' ? r.props.as : null,
    })),
    steps: x.relations.filter((r) => r.type === 'STEP' && r.props.planned !== true).map((r) => ({
      project: nameOf(r.from),
      stage: String(r.props.stage ?? ''),
      date: typeof r.props.date === 'string' ? atPrecision(r.props.date, r.props.date_precision) : null,
    })),
  };
}

/** Several units as one (page unit: all gold of the page against all predictions for the page). */
export function mergeDocs(docs: EvalDoc[]): EvalDoc {
  return {
    persons: docs.flatMap((d) => d.persons),
    places: docs.flatMap((d) => d.places),
    organizations: docs.flatMap((d) => d.organizations),
    projects: docs.flatMap((d) => d.projects),
    meetings: docs.flatMap((d) => d.meetings),
    bylines: docs.flatMap((d) => d.bylines),
    steps: docs.some((d) => d.steps) ? docs.flatMap((d) => d.steps ?? []) : null,
  };
}
