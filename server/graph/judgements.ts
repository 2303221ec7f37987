/**
 * Corrections by hand (in the spirit of OpenSanctions' nomenklatura): `merge` says two
 * entities are one, `split` says what some articles call X is someone else. Each is stored
 * as a `Judgement` node, applied to the graph now, and applied again by the resolver to
 * every later ingest (server/graph/resolver.ts), so re-ingesting never undoes it.
 */
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';
import { shortHash } from '../resolve/ids.js';
import type { Judgement } from '../resolve/resolver.js';
import { refreshLinksAround } from './writer.js';

/** A correction that cannot be made (unknown id, different kinds of thing, …). */
export class JudgementError extends Error {
  override name = 'JudgementError';
}

/** The judgements in force (undone ones are kept for the audit list but not applied), oldest first. */
export async function loadJudgements(executor: Executor): Promise<Judgement[]> {
  const res = await executor.read('admin/judgements');
  return res.records.map((r) => {
    const kind = String(r.get('kind'));
    const base = { id: String(r.get('id')), target: String(r.get('target')), into: String(r.get('into')) };
    if (kind === 'split') return { ...base, kind: 'split' as const, articles: ((r.get('articles') as string[] | null) ?? []).map(String) };
    if (kind === 'rename') return { ...base, kind: 'rename' as const, name: String(r.get('name') ?? '') };
    return { ...base, kind: 'merge' as const };
  });
}

/** The id an entity split off by `articles` gets (deterministic, so the same split twice is one). */
export const splitId = (target: string, articles: string[]): string => `${target}~${shortHash(...[...articles].sort())}`;

/**
 * Extra properties kept on a judgement, written in the same transaction (who made it, what an
 * undo needs: server/graph/corrections.ts), by the judgement made.
 */
export type JudgementMeta = (j: Judgement) => Record<string, unknown>;

/** Merges `others` into `keep`: the graph now, and every later ingest through the judgement. */
export async function mergeEntities(executor: Executor, keep: string, others: string[], note = '', meta?: JudgementMeta): Promise<Judgement[]> {
  const ids = [keep, ...others];
  const found = await executor.read('admin/entity-types', { ids });
  const types = new Map(found.records.map((r) => [String(r.get('id')), String(r.get('type'))]));
  const missing = ids.filter((id) => !types.has(id));
  if (missing.length > 0) throw new JudgementError(`no entity with id ${missing.join(', ')}`);
  const kinds = new Set(types.values());
  if (kinds.size > 1) throw new JudgementError(`cannot merge different kinds of thing: ${[...kinds].join(', ')}`);
  const made: Judgement[] = [];
  await executor.writeWith(async (tx) => {
    for (const other of others) {
      if (other === keep) continue;
      const j: Judgement = { id: `jdg_${shortHash('merge', other, keep)}`, kind: 'merge', target: other, into: keep };
      await tx.run(cypher('admin/add-judgement'), { ...j, articles: [], note });
      if (meta) await tx.run(cypher('admin/judgement-meta'), { id: j.id, meta: meta(j) });
      await tx.run(cypher('admin/merge-entities'), { from: other, into: keep });
      made.push(j);
    }
    // Facts moved: the LINK summaries at the kept entity are recomputed (the merge copied
    // the folded entity's LINKs, so a pair could have two).
    await refreshLinksAround(tx, [keep]);
  });
  return made;
}

/** Splits what `articles` say about `target` into a new entity; returns its judgement (`into` = new id). */
export async function splitEntity(executor: Executor, target: string, articles: string[], note = '', meta?: JudgementMeta): Promise<Judgement> {
  if (articles.length === 0) throw new JudgementError('name at least one article whose mentions are someone else');
  const check = await executor.read('admin/mentioned-by', { id: target, articles });
  const mentioning = new Set(check.records.map((r) => String(r.get('article'))));
  const missing = articles.filter((a) => !mentioning.has(a));
  if (missing.length > 0) throw new JudgementError(`${target} is not mentioned by article ${missing.join(', ')}`);
  const into = splitId(target, articles);
  const j: Judgement = { id: `jdg_${shortHash('split', target, into)}`, kind: 'split', target, articles: [...articles].sort(), into };
  await executor.writeWith(async (tx) => {
    await tx.run(cypher('admin/add-judgement'), { ...j, note });
    if (meta) await tx.run(cypher('admin/judgement-meta'), { id: j.id, meta: meta(j) });
    await tx.run(cypher('admin/split-entity'), { target, into, articles: j.articles });
    await refreshLinksAround(tx, [target, into]);
  });
  return j;
}
