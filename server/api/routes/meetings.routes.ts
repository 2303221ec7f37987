/** `GET /api/meetings/attendance`: who attended what (person × meeting) and co-attendance. */
import { Router } from 'express';
import { AttendanceQuery, type AttendanceMatrix } from '../../../model/api.schema.js';
import type { DatePrecision } from '../../../model/graph.schema.js';
import type { RouteDeps } from '../deps.js';
import { handle } from '../validate.js';

interface MeetingRow {
  id: string;
  name: string;
  date: string | null;
  date_precision: DatePrecision | null;
  /** One per person (the ATTENDED LINK summary, cypher/api/attendance.cypher). */
  attendees: Array<{ id: string; name: string; as: string | null; roles: string[] }>;
}

/** How many of the meetings each pair of people both attended, most first. */
export function coAttendance(meetings: Array<{ attendees: Array<{ id: string }> }>): AttendanceMatrix['coAttendance'] {
  const pairs = new Map<string, number>();
  for (const m of meetings) {
    const ids = [...new Set(m.attendees.map((a) => a.id))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return [...pairs.entries()]
    .map(([k, count]) => { const [a, b] = k.split('\u0000') as [string, string]; return { a, b, count }; })
    .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

export function meetingsRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  r.get('/meetings/attendance', handle({ query: AttendanceQuery }, async ({ query }, res) => {
    const params = { from: query.from ?? null, to: query.to ?? null, place: query.place ?? null, org: query.org ?? null, limit: query.limit };
    const rows = (await executor.read('api/attendance', params, config.queryTimeoutMs)).records.map((x) => x.toObject() as MeetingRow);
    const truncated = rows.length > query.limit;
    const meetings = rows.slice(0, query.limit);
    const people = new Map<string, { id: string; type: string; name: string }>();
    for (const m of meetings) for (const a of m.attendees) people.set(a.id, { id: a.id, type: 'Person', name: a.name });
    const body: AttendanceMatrix = {
      people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh')),
      meetings: meetings.map((m) => ({ id: m.id, type: 'Meeting', name: m.name, date: m.date, date_precision: m.date_precision ?? (m.date ? 'day' : null) })),
      cells: meetings.flatMap((m) => m.attendees.map((a) => ({ person: a.id, meeting: m.id, as: a.as, roles: a.roles }))),
      coAttendance: coAttendance(meetings),
      truncated,
    };
    res.json(body);
  }));
  return r;
}
