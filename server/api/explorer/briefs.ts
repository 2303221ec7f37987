/** Briefs (latest post, meeting date / organiser / place / chair) of a list of entities, by id. */
import type { EntityBrief } from '../../../model/api.schema.js';
import type { Executor } from '../../graph/executor.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Briefs of the entities among `ids` (articles and unknown ids are left out). */
export async function loadBriefs(executor: Executor, ids: string[], timeoutMs?: number): Promise<Map<string, EntityBrief>> {
  if (ids.length === 0) return new Map();
  const res = await executor.read('api/briefs', { ids: [...new Set(ids)] }, timeoutMs);
  return new Map(res.records.map((r) => {
    const b: EntityBrief = {
      id: String(r.get('id')), post: str(r.get('post')), post_of: str(r.get('post_of')), post_seen: str(r.get('post_seen')),
      date: str(r.get('date')), organiser: str(r.get('organiser')), place: str(r.get('place')), chair: str(r.get('chair')),
    };
    return [b.id, b] as const;
  }));
}

/** Whether a brief says anything (a person with no post, a meeting with nothing known, say nothing). */
export const briefSaysSomething = (b: EntityBrief | undefined): b is EntityBrief =>
  !!b && !!(b.post || b.date || b.organiser || b.place || b.chair);
