/**
 * Corrections from the explorer, behind the API key: merge two entities, split a person by
 * article, rename; each a judgement that later ingests apply again (server/graph/judgements.ts),
 * listed with who made it and when (`GET /api/corrections`, open to all), and undoable.
 * `GET /api/key` tells the explorer whether a key is accepted before it offers writes.
 */
import { Router } from 'express';
import {
  IdParams, MergeBody, RenameBody, SplitBody, UndoBody,
  type Correction, type CorrectionResult, type Corrections,
} from '../../../model/api.schema.js';
import { listCorrections, mergeWithAudit, renameWithAudit, splitWithAudit, undoCorrection, UndoError } from '../../graph/corrections.js';
import { JudgementError } from '../../graph/judgements.js';
import { requireApiKey } from '../auth.js';
import type { RouteDeps } from '../deps.js';
import { AppError, BadRequest, NotFound } from '../errors.js';
import { rederiveArticles } from '../explorer/rederive.js';
import { perMinute } from '../rate-limit.js';
import { handle } from '../validate.js';

/** A correction that cannot be made answers 400 `invalid_correction` with the reason. */
async function judged<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof JudgementError) throw new BadRequest(err.message, undefined, 'invalid_correction');
    if (err instanceof UndoError) {
      throw err.reason === 'not_found' ? new NotFound(err.message) : new AppError(409, 'already_undone', err.message);
    }
    throw err;
  }
}

export function correctionsRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const writes = [perMinute(config.rateLimitPerMinute, 'write'), requireApiKey(config.apiKey)];
  /** The audit rows of the given judgement ids (as just made). */
  const rows = async (ids: string[]): Promise<Correction[]> => (await listCorrections(executor)).filter((c) => ids.includes(c.id));

  r.get('/key', ...writes, (_req, res) => {
    res.json({ ok: true });
  });

  r.get('/corrections', handle({}, async (_input, res) => {
    const body: Corrections = { corrections: await listCorrections(executor) };
    res.json(body);
  }));

  r.post('/corrections/merge', ...writes, handle({ body: MergeBody }, async ({ body }, res) => {
    const made = await judged(() => mergeWithAudit(executor, body.keep, body.others, body));
    const out: CorrectionResult = { corrections: await rows(made.map((j) => j.id)), rederived: 0 };
    res.status(201).json(out);
  }));

  r.post('/corrections/split', ...writes, handle({ body: SplitBody }, async ({ body }, res) => {
    const j = await judged(() => splitWithAudit(executor, body.id, body.articles, body));
    const out: CorrectionResult = { corrections: await rows([j.id]), rederived: 0 };
    res.status(201).json(out);
  }));

  r.post('/corrections/rename', ...writes, handle({ body: RenameBody }, async ({ body }, res) => {
    const j = await judged(() => renameWithAudit(executor, body.id, body.name, body));
    const out: CorrectionResult = { corrections: await rows([j.id]), rederived: 0 };
    res.status(201).json(out);
  }));

  r.post('/corrections/:id/undo', ...writes, handle({ params: IdParams, body: UndoBody }, async ({ params, body }, res) => {
    const articles = await judged(() => undoCorrection(executor, params.id, body.by ?? null));
    const rederived = await rederiveArticles(executor, articles);
    const out: CorrectionResult = { corrections: await rows([params.id]), rederived };
    res.json(out);
  }));
  return r;
}
