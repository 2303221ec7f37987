/**
 * Fetches what the details panel shows of an entity — details, its brief, a person's
 * posts, a meeting's attendees — and renders it with the actions wired to the page.
 */
import { Briefs, PersonTimeline, type CorrectionResult, type EvidenceItem } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { apiKey } from '../lib/auth.js';
import { colon, lang, t } from '../lib/i18n.js';
import { track } from '../lib/status.js';
import type { Explorer } from '../graph/explorer.js';
import type { GraphView } from '../graph/graph-view.js';
import { correctionsPanel } from './corrections-panel.js';
import { renderDetails, type Attendee } from './details-view.js';

export interface DetailsWiring {
  explorer: Explorer;
  graph: GraphView;
  notice(text: string): void;
  explore(): void;
  openArticle(id: string, ev?: EvidenceItem): void;
  timeline(): void;
  corrected(r: CorrectionResult, kept: string | null): void;
  reselect(): void;
}

/** Renders the details of `id` into `panel`, unless `current()` says the user moved on meanwhile. */
export async function showDetails(panel: HTMLElement, id: string, current: () => boolean, w: DetailsWiring): Promise<void> {
  // One loading state for all of it, so the panel never shows half an answer.
  const got = await track(panel, async () => {
    const d = await w.explorer.detail(id);
    const extras = await Promise.all([
      d.type === 'Person'
        ? getJson(`/api/people/${encodeURIComponent(id)}/timeline`, PersonTimeline).then((x) => x.roles, () => null) : Promise.resolve(null),
      d.type === 'Person' || d.type === 'Meeting'
        ? getJson('/api/briefs', Briefs, { ids: [id] }).then((x) => x.briefs[0] ?? null, () => null) : Promise.resolve(null),
      d.type === 'Meeting'
        ? w.explorer.neighbours(id, ['ATTENDED']).then((n) => attendeesOf(n.elements, id), () => null) : Promise.resolve(null),
    ]);
    return { d, extras };
  }, t('loading'));
  if (!got) return;
  const { d, extras: [roles, brief, attendees] } = got;
  if (!current()) return;
  const pinned = w.graph.cy.getElementById(id).locked();
  renderDetails(panel, d, {
    roles, brief, attendees,
    corrections: apiKey() && d.type !== 'Article' ? correctionsPanel(d, { changed: w.corrected }) : null,
  }, pinned, {
    explore: w.explore,
    expand: () => void w.explorer.expand(id),
    collapse: () => w.explorer.collapse(id),
    togglePin: () => { w.explorer.togglePin(id); w.reselect(); },
    pathFrom: () => { w.explorer.setPathEnd('from', id); w.notice(`${t('pathFrom')}${colon()}${d.name}${lang() === 'zh' ? '。' : '. '}${t('pathNeedsTo')}`); },
    pathTo: () => { w.explorer.setPathEnd('to', id); void w.explorer.findPaths(); },
    focusEntity: (other) => void w.explorer.focusEntity(other),
    openArticle: w.openArticle,
    timeline: d.type === 'Person' ? w.timeline : undefined,
    history: d.type === 'Project' ? w.timeline : undefined,
  });
}

/** The people attending meeting `id`, as what (from the ATTENDED edges of its neighbourhood). */
export function attendeesOf(g: { nodes: Array<{ data: { id: string; label: string } }>; edges: Array<{ data: Record<string, unknown> }> }, id: string): Attendee[] {
  const names = new Map(g.nodes.map((n) => [n.data.id, n.data.label]));
  const out = new Map<string, Attendee>();
  for (const e of g.edges) {
    if (e.data.type !== 'ATTENDED' || e.data.target !== id) continue;
    const pid = String(e.data.source);
    const as = typeof e.data.as === 'string' ? e.data.as : null;
    const prev = out.get(pid);
    // A chair stays a chair when another fact says attendee.
    if (!prev || as === 'chair') out.set(pid, { id: pid, name: names.get(pid) ?? pid, as });
  }
  return [...out.values()];
}
