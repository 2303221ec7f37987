/**
 * Corrections made in the explorer, on top of the judgement machinery (judgements.ts): merge
 * and split with who made them and what their undo needs, rename, the audit list, and undo.
 * An undo marks the judgement undone (kept for the audit list, no longer applied by the
 * resolver) and puts back what the graph alone can (a name, aliases); the facts of the
 * articles involved are then extracted again by the caller (server/api/explorer/rederive.ts),
 * so the graph becomes what an ingest without the correction gives.
 */
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';
import { shortHash } from '../resolve/ids.js';
import { JudgementError, loadJudgements, mergeEntities, splitEntity } from './judgements.js';
import { judgedId, type Judgement } from '../resolve/resolver.js';

/** Who made a correction and why. */
export interface Author { by?: string | null; note?: string | null }

interface Named { id: string; name: string; aliases: string[]; articles: string[] }

async function named(executor: Executor, ids: string[]): Promise<Map<string, Named>> {
  const res = await executor.read('admin/entity-names', { ids });
  return new Map(res.records.map((r) => [String(r.get('id')), {
    id: String(r.get('id')), name: String(r.get('name') ?? ''), aliases: (r.get('aliases') as string[]).map(String),
    articles: (r.get('articles') as string[]).map(String),
  }]));
}

/** Merges `others` into `keep`, keeping for an undo the articles and names of each folded entity. */
export async function mergeWithAudit(executor: Executor, keep: string, others: string[], a: Author): Promise<Judgement[]> {
  const before = await named(executor, [keep, ...others]);
  const kept = before.get(keep);
  const keptNames = new Set(kept ? [kept.name, ...kept.aliases] : []);
  return mergeEntities(executor, keep, others, a.note ?? '', (j) => {
    const folded = before.get(j.target);
    const names = folded ? [...new Set([folded.name, ...folded.aliases])] : [];
    return {
      by: a.by ?? null, target_name: folded?.name ?? null, into_name: kept?.name ?? null,
      folded_articles: folded?.articles ?? [], folded_names: names, added_aliases: names.filter((n) => !keptNames.has(n)),
    };
  });
}

/** Splits what `articles` say about `id` into a new entity (see judgements.ts), noting who did it. */
export async function splitWithAudit(executor: Executor, id: string, articles: string[], a: Author): Promise<Judgement> {
  const before = (await named(executor, [id])).get(id);
  return splitEntity(executor, id, articles, a.note ?? '', () => ({ by: a.by ?? null, target_name: before?.name ?? null, into_name: before?.name ?? null }));
}

/** Gives an entity a name by hand; its old names stay aliases, and later ingests keep the new name. */
export async function renameWithAudit(executor: Executor, id: string, name: string, a: Author): Promise<Judgement> {
  const e = (await named(executor, [id])).get(id);
  if (!e) throw new JudgementError(`no entity with id ${id}`);
  if (e.name === name) throw new JudgementError(`${id} is already called ${name}`);
  const j: Judgement = { id: `jdg_${shortHash('rename', id, name)}`, kind: 'rename', target: id, into: id, name };
  await executor.writeWith(async (tx) => {
    await tx.run(cypher('admin/add-judgement'), { ...j, articles: [], note: a.note ?? '' });
    await tx.run(cypher('admin/judgement-meta'), {
      id: j.id, meta: { by: a.by ?? null, name, from_name: e.name, from_aliases: e.aliases, target_name: e.name, into_name: name },
    });
    await tx.run(cypher('admin/rename-entity'), { id, name });
  });
  return j;
}

/** A correction that does not exist, or was undone already. */
export class UndoError extends Error {
  constructor(message: string, readonly reason: 'not_found' | 'already_undone') {
    super(message);
    this.name = 'UndoError';
  }
}

/**
 * Undoes a correction: marks it undone and restores names and aliases. Returns the articles
 * whose facts must be extracted again for the graph to be as if it had not been made.
 */
export async function undoCorrection(executor: Executor, id: string, by: string | null): Promise<string[]> {
  const rec = (await executor.read('admin/judgement', { id })).records[0];
  if (!rec) throw new UndoError(`no correction with id ${id}`, 'not_found');
  if (rec.get('undone')) throw new UndoError(`correction ${id} was undone already`, 'already_undone');
  const kind = String(rec.get('kind'));
  const target = String(rec.get('target'));
  const into = String(rec.get('into'));
  const list = (k: string): string[] => ((rec.get(k) as unknown[] | null) ?? []).map(String);
  await executor.writeWith(async (tx) => {
    const marked = await tx.run(cypher('admin/mark-undone'), { id, by });
    if (marked.records.length === 0) throw new UndoError(`correction ${id} was undone already`, 'already_undone');
    if (kind === 'rename') {
      await tx.run(cypher('admin/unrename-entity'), { id: target, name: String(rec.get('name')), from_name: String(rec.get('from_name')), from_aliases: list('from_aliases') });
    }
    if (kind === 'merge' && list('added_aliases').length > 0) {
      await tx.run(cypher('admin/remove-aliases'), { id: into, names: list('added_aliases'), name: rec.get('into_name') ?? null });
    }
  });
  if (kind === 'split') return list('articles');
  if (kind !== 'merge') return [];
  // The kept entity may have been merged on since: its articles are those of where it went.
  const now = judgedId(into, '', await loadJudgements(executor));
  const res = await executor.read('admin/merge-articles', { into: now, articles: list('folded_articles'), names: list('folded_names') });
  return res.records.map((r) => String(r.get('id')));
}

export interface CorrectionRow {
  id: string; kind: 'merge' | 'split' | 'rename'; target: string; target_name: string | null; into: string; into_name: string | null;
  articles: string[]; from_name: string | null; name: string | null; note: string | null; by: string | null;
  created: string | null; undone: string | null; undone_by: string | null;
}

/** The audit list: every correction, undone ones included, newest first. */
export async function listCorrections(executor: Executor, limit = 500): Promise<CorrectionRow[]> {
  const res = await executor.read('admin/corrections-list', { limit });
  const s = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return res.records.map((r) => ({
    id: String(r.get('id')), kind: String(r.get('kind')) as CorrectionRow['kind'], target: String(r.get('target')),
    target_name: s(r.get('target_name')), into: String(r.get('into')), into_name: s(r.get('into_name')),
    articles: ((r.get('articles') as unknown[] | null) ?? []).map(String), from_name: s(r.get('from_name')), name: s(r.get('name')),
    note: s(r.get('note')), by: s(r.get('by')), created: s(r.get('created')), undone: s(r.get('undone')), undone_by: s(r.get('undone_by')),
  }));
}
