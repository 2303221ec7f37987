/**
 * Pure helpers of the timeline views: tenure bars on a shared date axis,
 * and the attendance matrix (people × meetings) with sorting.
 */
import type { AttendanceMatrix, RoleTenure } from '../../model/api.schema.js';

const day = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

export interface Bar { label: string; leftPct: number; widthPct: number; first: string | null; last: string | null }

/** One bar per post, placed between the earliest and latest dates of all posts (undated posts span the axis). */
export function tenureBars(roles: readonly RoleTenure[]): { bars: Bar[]; min: string | null; max: string | null } {
  const dates = roles.flatMap((r) => [r.first_seen, r.last_seen]).filter((d): d is string => !!d).sort();
  const min = dates[0] ?? null;
  const max = dates[dates.length - 1] ?? null;
  const span = min && max ? Math.max(day(max) - day(min), 1) : 1;
  const bars = roles.map((r) => {
    const label = r.of ? `${r.role.name}（${r.of.name}）` : r.role.name;
    const a = r.first_seen ?? r.last_seen;
    const b = r.last_seen ?? r.first_seen;
    if (!min || !a || !b) return { label, leftPct: 0, widthPct: 100, first: r.first_seen, last: r.last_seen };
    const left = ((day(a) - day(min)) / span) * 100;
    // A post seen on one day still gets a visible sliver.
    const width = Math.max(((day(b) - day(a)) / span) * 100, 1.5);
    return { label, leftPct: Math.min(left, 98.5), widthPct: Math.min(width, 100 - Math.min(left, 98.5)), first: r.first_seen, last: r.last_seen };
  });
  return { bars, min, max };
}

export type MatrixSort = 'count' | 'name';

export interface MatrixView {
  people: Array<{ id: string; name: string; count: number }>;
  meetings: Array<{ id: string; name: string; date: string | null }>;
  /** `cell(personId, meetingId)` → how the person attended, or undefined. */
  cells: Map<string, string>;
}

export const cellKey = (person: string, meeting: string): string => `${person}\u0000${meeting}`;

/** Rows sorted by attendance count (or name), meetings by date (undated last). */
export function buildMatrix(m: AttendanceMatrix, sort: MatrixSort = 'count'): MatrixView {
  const cells = new Map<string, string>();
  const count = new Map<string, number>();
  for (const c of m.cells) {
    cells.set(cellKey(c.person, c.meeting), c.as ?? 'attendee');
    count.set(c.person, (count.get(c.person) ?? 0) + 1);
  }
  const people = m.people.map((p) => ({ id: p.id, name: p.name, count: count.get(p.id) ?? 0 }));
  people.sort(sort === 'count'
    ? (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')
    : (a, b) => a.name.localeCompare(b.name, 'zh'));
  const meetings = m.meetings.map((x) => ({ id: x.id, name: x.name, date: x.date }));
  meetings.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name.localeCompare(b.name, 'zh'));
  return { people, meetings, cells };
}

/** Heat of a cell: chairs darkest, speakers next, then attendees, observers lightest. */
export function heat(as: string | undefined): number {
  switch (as) {
    case undefined: return 0;
    case 'chair': return 1;
    case 'speaker': return 0.8;
    case 'observer': return 0.35;
    default: return 0.6;
  }
}
