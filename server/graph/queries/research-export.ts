/**
 * The research tables read page by page (cypher/export/): careers (one row per person and post
 * held, with tenure) and attendance (one row per person and meeting). People are paged by id,
 * each page one short read transaction, and each row is handed to `emit` (which may wait for a
 * slow reader) before the next page is read: constant memory whatever the graph's size.
 * Rows are parsed with the model's schemas (model/api.schema.ts) on their way out.
 */
import { AttendanceRow, CareerRow } from '../../../model/api.schema.js';
import type { AttendAs } from '../../../model/graph.schema.js';
import type { Executor } from '../executor.js';

export interface PageOptions {
  pageSize?: number;
  timeoutMs?: number;
  /** Stops reading when true (the client went away). */
  stopped?: () => boolean;
}

/** The leading way of taking part: chair, then speaker, attendee, observer. */
export function leadingRole(roles: readonly string[]): AttendAs | null {
  return (['chair', 'speaker', 'attendee', 'observer'] as const).find((r) => roles.includes(r)) ?? null;
}

async function eachPage(executor: Executor, query: string, o: PageOptions, each: (record: Record<string, unknown>) => Promise<void>): Promise<number> {
  let after = '';
  let n = 0;
  for (;;) {
    if (o.stopped?.()) return n;
    const ids = (await executor.read('export/people-page', { after, limit: o.pageSize ?? 500 }, o.timeoutMs)).records.map((r) => r.get('id') as string);
    if (ids.length === 0) return n;
    const res = await executor.read(query, { ids }, o.timeoutMs);
    for (const r of res.records) {
      await each(r.toObject());
      n++;
    }
    after = ids[ids.length - 1]!;
  }
}

/** Streams the careers table; returns the number of rows. */
export function streamCareers(executor: Executor, o: PageOptions, emit: (row: CareerRow) => Promise<void> | void): Promise<number> {
  return eachPage(executor, 'export/careers', o, async (r) => {
    const evidence = (r.evidence_articles as string[]) ?? [];
    await emit(CareerRow.parse({ ...r, articles: evidence.length, evidence_articles: evidence }));
  });
}

/** Streams the attendance table; returns the number of rows. */
export function streamAttendance(executor: Executor, o: PageOptions, emit: (row: AttendanceRow) => Promise<void> | void): Promise<number> {
  return eachPage(executor, 'export/attendance', o, async (r) => {
    const evidence = (r.evidence_articles as string[]) ?? [];
    const roles = (r.roles as string[]) ?? [];
    await emit(AttendanceRow.parse({ ...r, role: leadingRole(roles), articles: evidence.length, evidence_articles: evidence }));
  });
}
