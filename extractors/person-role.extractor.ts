/**
 * People and their posts. The scanning is in person-scan.ts; this file turns
 * its hits into Person and Role entities, HOLDS_ROLE relations (one per title
 * a person holds in the article), and OF / MEMBER_OF links to an organisation
 * or place printed right before the title when an earlier extractor found it.
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found, Tokenizer } from './types.js';
import { baseOf } from './tokenizer.js';
import { findCredits } from './credit-patterns.js';
import { scanPersons, type PersonHit, type TitleHit } from './person-scan.js';
import { personId, roleId } from './ids.js';
import { minoritySyllables } from './names.js';
import { sentenceAt } from './sentences.js';
import { joinedView } from './soft-breaks.js';

export const personRoleExtractor: Extractor = {
  id: 'person-role',
  description: 'people named in the text, with the posts (titles) printed with them',
  extract(ctx: ExtractContext): Found {
    const text = ctx.article.text;
    const excluded = findCredits(text).map((c) => ({ start: c.start, end: c.end }));
    const blockers = ctx.found.entities.filter((e) => e.type === 'Place' || e.type === 'Organization' || e.type === 'Project');
    // a two-character place is a short form (白云, 金山) that is also a common given name: it does not block a name
    const blocked = blockers.flatMap((e) => e.mentions
      .filter(([s, t]) => !(e.type === 'Place' && t - s <= 2))
      .map(([start, end]) => ({ start, end })));
    // PDF text breaks lines mid-sentence: scan a view without those breaks, and map the hits back
    const view = joinedView(text);
    const toView = (x: { start: number; end: number }) => (view ? { start: view.toView[x.start]!, end: view.toView[x.end]! } : x);
    const hits = scanPersons({
      text: view?.text ?? text, excluded: excluded.map(toView), blocked: blocked.map(toView),
      isWord: (w, strict) => isOrdinaryWord(ctx, w, strict),
      firstWord: (w) => ctx.tokenizer.tag(w)[0]?.word.length ?? 0,
      nameLike: (w) => looksLikeName(ctx, w),
      plainWord: (w) => { const t = tagOf(ctx, w); return t !== '' && !NAME_TAGS.has(t); },
      wordAt: (w) => { const t = ctx.tokenizer.tag(w)[0]; return { len: t?.word.length ?? 0, tag: t?.tag ?? '' }; },
      tagOf: (w) => tagOf(ctx, w),
      prefixMayBeName: (w) => tagOf(ctx, w.slice(0, 2)) === 't' && !WEAK_THIRD.has(w[2]!),
      freeNameOk: (w, bounded) => looksLikeFreeName(ctx, w) || (!!bounded && boundedFreeName(ctx, w)) || minoritySyllables(w),
    });
    return toFound(ctx, view ? hits.map((h) => backToText(h, view.toOrig)) : hits, blockers);
  },
};

/** A hit of the joined view with its offsets (and its titles') in the original text. */
function backToText(h: PersonHit, toOrig: Int32Array): PersonHit {
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: toOrig[x.start]!, end: toOrig[x.end - 1]! + 1 });
  return { ...span(h), titles: h.titles.map((t) => ({ ...span(t), coreStart: toOrig[t.coreStart]! })) };
}

/** Tags that mark a dictionary word that is not a name (verbs, adverbs, prepositions …): jieba as a weak hint. */
const NOT_NAME_TAGS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'a', 'ad', 'an', 'm', 'q', 'r', 'u', 'f', 't', 's', 'l', 'i']);

/** Tag of a candidate when the tokenizer reads it as one word, else ''; cached per tokenizer (candidates repeat). */
const wordTags = new WeakMap<Tokenizer, Map<string, string>>();

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** A third character that is a function word: `周末到` is a time word + 到, not a name (唐宋军 is a name). */
const WEAK_THIRD = new Set([...'到在和与及说为对向来也还就将是的了率任同被从获于以称作做都又已曾']);

/** The tokenizer reads `w` as one name-like word (nr, or x = out of vocabulary), or as a surname (nr) + the rest. */
function looksLikeName(ctx: ExtractContext, w: string): boolean {
  const toks = ctx.tokenizer.tag(w);
  if (toks.length === 1) return NAME_TAGS.has(toks[0]!.tag);
  return toks.length === 2 && toks[0]!.word.length === 1 && toks[0]!.tag === 'nr';
}

/**
 * A candidate without a known surname (巴图孟和, 朝鲁门, 扎西顿珠) after a post: two characters must be one
 * name-like word; longer ones must hold a name-like word (nr, x, ns) of two or more characters and no such
 * word with a non-name tag (带领干部, 队伍为目标).
 */
function looksLikeFreeName(ctx: ExtractContext, w: string): boolean {
  const toks = ctx.tokenizer.tag(w);
  if (toks.length === 1) return NAME_TAGS.has(toks[0]!.tag) || (w.length > 2 && toks[0]!.tag === 'ns');
  if (w.length === 2) return false;
  return toks.some((t) => t.word.length >= 2 && (NAME_TAGS.has(t.tag) || t.tag === 'ns')) &&
    toks.every((t) => t.word.length === 1 || !(NOT_NAME_TAGS.has(t.tag) || t.tag === 'vn' || t.tag === 'nt'));
}

/**
 * A candidate bounded by a post before and punctuation after (`主任宝音，`, `副旗长其其格说，`) is a name
 * unless the tokenizer knows it, or a part of it, as an ordinary word: jieba splits unknown names into
 * single characters or tags them `x`, so every token must be one character, unknown, or a name/place word.
 */
function boundedFreeName(ctx: ExtractContext, w: string): boolean {
  if (w.length < 2 || w.length > 4) return false;
  return ctx.tokenizer.tag(w).every((t) => t.word.length === 1 || NAME_TAGS.has(t.tag) || t.tag === 'ns' || t.tag === 'x');
}

/** A single dictionary word with a non-name tag; `strict` (after a generic label such as 群众) also rejects nouns. */
function isOrdinaryWord(ctx: ExtractContext, w: string, strict: boolean): boolean {
  const tag = tagOf(ctx, w);
  return NOT_NAME_TAGS.has(tag) || (strict && (tag === 'n' || tag === 'vn' || tag === 'nz'));
}

/** The tag of `w` when the tokenizer reads it as one word, else ''. */
function tagOf(ctx: ExtractContext, w: string): string {
  const base = baseOf(ctx.tokenizer);
  let cache = wordTags.get(base);
  if (!cache) wordTags.set(base, (cache = new Map()));
  let tag = cache.get(w);
  if (tag === undefined) {
    const toks = ctx.tokenizer.tag(w);
    tag = toks.length === 1 ? toks[0]!.tag : '';
    if (cache.size > 20000) cache.clear();
    cache.set(w, tag);
  }
  return tag;
}

function toFound(ctx: ExtractContext, hits: PersonHit[], bodies: ExtractedEntity[]): Found {
  const text = ctx.article.text;
  const bodyEndingAt = indexByEnd(bodies);
  const persons = new Map<string, ExtractedEntity>();
  const roles = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  const seenRel = new Set<string>();
  const rel = (r: ExtractedRelation) => {
    const k = `${r.type}|${r.from}|${r.to}`;
    if (!seenRel.has(k)) {
      seenRel.add(k);
      relations.push(r);
    }
  };
  for (const h of hits) {
    const pid = personId(h.name, ctx.region);
    const p = persons.get(pid) ?? { id: pid, type: 'Person' as const, name: h.name, props: { aliases: [] }, mentions: [] };
    p.mentions.push([h.start, h.end]);
    persons.set(pid, p);
    const s = sentenceAt(ctx.sentences, text, h.start);
    for (const t of h.titles) {
      const body = bodyAt(bodyEndingAt, t);
      const scope = body?.name ?? (t.prefix || ctx.region || null);
      const rid = roleId(t.core, scope);
      const r = roles.get(rid) ?? { id: rid, type: 'Role' as const, name: t.printed, props: { canonical: t.core, scope }, mentions: [] };
      r.mentions.push([t.start, t.end]);
      roles.set(rid, r);
      const ev = sentenceAt(ctx.sentences, text, t.start);
      const evidence = { start: Math.min(ev.start, s.start), end: Math.max(ev.end, s.end), text: '' };
      evidence.text = text.slice(evidence.start, evidence.end);
      rel({ type: 'HOLDS_ROLE', from: pid, to: rid, props: { title: t.printed }, evidence, extractor: 'person-role' });
      if (body) {
        rel({ type: 'OF', from: rid, to: body.id, props: {}, evidence, extractor: 'person-role' });
        if (body.type === 'Organization') rel({ type: 'MEMBER_OF', from: pid, to: body.id, props: { title: t.core }, evidence, extractor: 'person-role' });
      }
    }
  }
  for (const r of roles.values()) r.mentions = dedup(r.mentions);
  return { entities: [...persons.values(), ...roles.values()], relations };
}

/** Organisations and places by the end offset of each mention: [start, entity]. */
function indexByEnd(bodies: ExtractedEntity[]): Map<number, Array<[number, ExtractedEntity]>> {
  const out = new Map<number, Array<[number, ExtractedEntity]>>();
  for (const e of bodies) {
    if (e.type !== 'Organization' && e.type !== 'Place') continue;
    for (const [s, end] of e.mentions) {
      const list = out.get(end) ?? [];
      list.push([s, e]);
      out.set(end, list);
    }
  }
  return out;
}

/** The organisation (else place) whose mention ends where the title's core begins (`市经信局|副局长`). */
function bodyAt(byEnd: Map<number, Array<[number, ExtractedEntity]>>, t: TitleHit): ExtractedEntity | undefined {
  const fits = (byEnd.get(t.coreStart) ?? []).filter(([s]) => s >= t.start - 8).map(([, e]) => e);
  return fits.find((e) => e.type === 'Organization') ?? fits.find((e) => e.type === 'Place');
}

function dedup(spans: Array<[number, number]>): Array<[number, number]> {
  const seen = new Set<string>();
  return spans.filter(([a, b]) => (seen.has(`${a},${b}`) ? false : (seen.add(`${a},${b}`), true)));
}
