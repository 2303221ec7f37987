/** `GET /api/people/:id/timeline` and `GET /api/projects/:id/history`: dated stories. */
import { Router } from 'express';
import {
  IdParams, type Attendance, type PersonTimeline, type ProjectHistory, type RoleTenure, type TimelineEvent,
} from '../../../model/api.schema.js';
import type { DatePrecision } from '../../../model/graph.schema.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { handle } from '../validate.js';
import { historySteps, type StepFact } from '../project-history.js';

/** Dates sort as text (`YYYY-MM-DD`); undated entries go last. */
export function byDate<T>(date: (x: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => (date(a) ?? '9999').localeCompare(date(b) ?? '9999');
}

/** A post as people read it: `市政府 副市长`, but `市委常委` alone when the title names its body already. */
export function postLabel(role: string, of: string | null | undefined): string {
  if (!of || role.startsWith(of) || role.includes(of)) return role;
  return `${of} ${role}`;
}

/** A stored date as far as it is known: `2020-12-25` (day), `2020-12` (month), `2020` (year). */
export function datePart(date: string | null | undefined, precision: DatePrecision | null | undefined): string | null {
  if (!date) return null;
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** Posts and meetings merged into one list of events in date order; tenure shown with its precision. */
export function timelineEvents(roles: RoleTenure[], meetings: Attendance[]): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...roles.map((r) => {
      const first = datePart(r.first_seen, r.first_precision);
      const last = datePart(r.last_seen, r.last_precision);
      return {
        date: r.first_seen, kind: 'role' as const, id: r.role.id,
        label: postLabel(r.role.name, r.of?.name),
        detail: last && last !== first ? `${first ?? '?'} – ${last}` : null,
      };
    }),
    ...meetings.map((m) => ({
      date: m.date, kind: 'meeting' as const, id: m.meeting.id, label: m.meeting.name,
      detail: [(m.roles?.length ? m.roles : [m.as]).filter(Boolean).join('/'), m.place?.name].filter(Boolean).join(' · ') || null,
    })),
  ];
  return events.sort(byDate((e) => e.date));
}

export function timelineRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();

  r.get('/people/:id/timeline', handle({ params: IdParams }, async ({ params }, res) => {
    const rec = (await executor.read('api/person-timeline', { id: params.id }, config.queryTimeoutMs)).records[0];
    if (!rec) throw new NotFound(`no person with id ${params.id}`);
    const roles = (rec.get('roles') as RoleTenure[]).sort(byDate((x) => x.first_seen));
    const meetings = (rec.get('meetings') as Attendance[]).sort(byDate((x) => x.date));
    const body: PersonTimeline = {
      person: { id: rec.get('id') as string, type: 'Person', name: rec.get('name') as string },
      roles, meetings, events: timelineEvents(roles, meetings),
    };
    res.json(body);
  }));

  r.get('/projects/:id/history', handle({ params: IdParams }, async ({ params }, res) => {
    const rec = (await executor.read('api/project-history', { id: params.id }, config.queryTimeoutMs)).records[0];
    if (!rec) throw new NotFound(`no project with id ${params.id}`);
    const body: ProjectHistory = {
      project: { id: rec.get('id') as string, type: 'Project', name: rec.get('name') as string, props: rec.get('props') },
      steps: historySteps(rec.get('steps') as StepFact[]),
      related: rec.get('related') as ProjectHistory['related'],
    };
    res.json(body);
  }));
  return r;
}
