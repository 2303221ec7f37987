/**
 * Bylines: who wrote or photographed the article (WROTE Person → Article,
 * `as` = 记者 / 通讯员 / 摄影, or null when the credit prints no role).
 * Sources: the credits the reader/page splitter attributed to the article
 * (`■记者 A 通讯员 B`, possibly printed outside the body) and credits inside
 * the text (`本报讯(记者 X)`, a last line `本报记者X`, `X 摄`, `(文/A 图/B)` …; see credit-patterns.ts).
 * Editors and reviewers (编辑, 责编, 审核, 录入者 …) are credited too, but are not bylines.
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found } from './types.js';
import { findCredits, parseCreditText, type CreditRole } from './credit-patterns.js';
import { personId } from './ids.js';

interface Credit { name: string; role: CreditRole; span: [number, number] | null; evidence: { start: number; end: number; text: string }; page?: boolean }

export const bylineExtractor: Extractor = {
  id: 'byline',
  description: 'bylines: reporters, correspondents and photographers credited with the article',
  extract(ctx: ExtractContext): Found {
    const credits: Credit[] = [];
    for (const c of ctx.credits) {
      const inBody = c.start !== null && ctx.article.text.startsWith(c.text, c.start);
      const base = inBody ? c.start! : null;
      for (const n of parseCreditText(c.text)) {
        credits.push({
          name: n.name, role: n.role,
          span: base === null ? null : [base + n.offset, base + n.offset + n.printed],
          evidence: { start: base ?? 0, end: base === null ? 0 : base + c.text.length, text: c.text },
          ...(c.page ? { page: true } : {}),
        });
      }
    }
    for (const c of findCredits(ctx.article.text)) {
      for (const n of c.names) {
        credits.push({
          name: n.name, role: n.role, span: n.start === null ? null : [n.start, n.end!],
          evidence: { start: c.start, end: c.end, text: ctx.article.text.slice(c.start, c.end) },
        });
      }
    }
    return toFound(ctx, credits);
  },
};

function toFound(ctx: ExtractContext, credits: Credit[]): Found {
  const entities = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const c of credits) {
    const id = personId(c.name, ctx.region);
    const e = entities.get(id) ?? { id, type: 'Person' as const, name: c.name, props: { aliases: [] }, mentions: [] };
    if (c.span && !e.mentions.some(([a, b]) => a === c.span![0] && b === c.span![1])) e.mentions.push(c.span);
    entities.set(id, e);
    const key = `${id}|${c.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const props: Record<string, string | boolean | null> = c.page ? { as: c.role, page: true } : { as: c.role };
    relations.push({ type: 'WROTE', from: id, to: ctx.article.id, props, evidence: c.evidence, extractor: 'byline' });
  }
  return { entities: [...entities.values()], relations };
}
