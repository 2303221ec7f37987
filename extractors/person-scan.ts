/**
 * The person scanner: finds people and the titles printed with them, as
 * plain hits with offsets. person-role.extractor.ts turns hits into entities.
 *
 * Anchors, strongest first: a title chain before a name list
 * (`县委副书记、县长A`, `副县长A、B和C`), a generic label before names
 * (`县领导A、B`, `村民A`), an appointment (`任命A同志为…`), `A同志`, a quote
 * attribution (`…。”A说`), a top leader's post after the name (`A总书记`);
 * then appointments and elections (person-appointments.ts) and the weaker
 * anchors (person-anchors.ts: lists closed by 等, printed name lists, a post
 * after the name, clause subjects). Names found once are then found everywhere
 * in the article.
 */
import { CORE_TITLES, TITLE_RE, bodyPrefix, canonicalTitle, isGenericLabel, needsBody, titleMatches, titleStartsAt } from './title-grammar.js';
import { boundaryAt, freeNameAt, isSurnameAt, minorityNameAt, nameAt, nameEndingAt, plausibleGiven, softGiven, type NameSpan } from './names.js';
import { captionNames, clauseSubjects, listsClosedByDeng, namesBeforePosts, presentToo, printedLists } from './person-anchors.js';
import { framedNames, honourLists } from './person-frame-lists.js';
import { appointmentLists, elections, postsAfterNames, profileLines } from './person-appointments.js';
import type { PersonHit, ScanInput, ScanState, Span2, TitleHit } from './person-types.js';

export type { PersonHit, ScanInput, Span2, TitleHit } from './person-types.js';

/** After a generic label an adverb starts the predicate, not a name (`村民都加入了`, `牧民也说`), though some are surnames. */
const ADVERB_START = new Set([...'都也还就才又均纷更再已皆亦正']);


const PUNCT_BEFORE = /[\s、，。；：！？,.;:!?（）()“”"'‘’《》\n]/u;
const BEFORE_WORDS = ['任命', '决定', '接受', '提名', '选举', '推荐', '免去', '同意', '对', '向', '和', '与', '及', '以', '在', '是', '由', '请', '让', '给', '为', '据', '邀请'];

/** True when a name may start at `pos` (start of text, punctuation, or a preceding particle/verb). */
export function startBoundary(text: string, pos: number): boolean {
  if (pos === 0) return true;
  if (PUNCT_BEFORE.test(text[pos - 1]!)) return true;
  return BEFORE_WORDS.some((w) => text.startsWith(w, pos - w.length));
}

function allTitles(text: string): TitleHit[] {
  const out: TitleHit[] = [];
  for (const m of titleMatches(text)) {
    const core = m.text;
    const generic = isGenericLabel(core);
    const prefix = bodyPrefix(text, m.index);
    const start = m.index - prefix.length;
    out.push({ start, coreStart: m.index, end: m.index + core.length, printed: prefix + core, core: canonicalTitle(core), prefix, generic: generic || isGenericLabel(prefix + core) || (!prefix && needsBody(core)) });
  }
  return out;
}

const inside = (spans: Span2[], s: number, e: number) => spans.some((x) => s < x.end && e > x.start);

/** A position mask of spans, so that overlap checks cost the length of the candidate, not the number of spans. */
function maskOf(n: number, spans: Span2[]): (s: number, e: number) => boolean {
  if (spans.length === 0) return () => false;
  const mask = new Uint8Array(n);
  for (const x of spans) mask.fill(1, Math.max(0, x.start), Math.min(n, x.end));
  return (s, e) => {
    for (let i = s; i < e; i++) if (mask[i]) return true;
    return false;
  };
}


const TITLE_INSIDE_RE = new RegExp(TITLE_RE.source, 'u');
const CONJ = new Set(['和', '与', '及', '或', '同', '跟']);
const LIST_END_RE = /等(?:[省市县区镇乡村]?(?:领导|领导同志|负责同志|负责人|同志|人)|一行)/gu;
/** Words by which a speaker is introduced right after the name. */
const SPEECH_AFTER_RE = /^(?:说|表示|介绍|告诉|坦言|感慨|笑着说|说道)/u;
/** A clause after a closing quote that ends with `…X说`: the descriptor before the name is free (`种植大户X说`). */
const DESCRIBED_SPEAKER_RE = /^[\u3400-\u9fff]{0,16}?(?=(?:笑着)?(?:说|表示|介绍)[。，,：:！!]|告诉记者)/u;

/** The speaker named at the end of a quote's attribution clause (`”马村种植大户雷振华说。`), or null. */
function describedSpeaker(text: string, pos: number): NameSpan | null {
  const m = DESCRIBED_SPEAKER_RE.exec(text.slice(pos, pos + 24));
  if (!m || m[0].length < 2) return null;
  return nameEndingAt(text, pos + m[0].length, (p) => p >= pos);
}

const SPEECH_RE = /(?:说|表示|介绍|告诉记者)[，,：:。“]/gu;
/** Tags of a word that ends a name before it: verbs, prepositions, conjunctions, place and time words (not adverbs: jieba reads 毕力/d out of a name). */
const PREDICATE_TAGS = new Set(['v', 'vd', 'vi', 'vn', 'p', 'c', 's', 'f', 't']);
/** Tags by which a given name read as one word is an ordinary word (not nr/x/ns/nz, and not m: jieba tags some given names m). */
const GIVEN_WORD_TAGS = new Set(['v', 'vd', 'vn', 'vi', 'n', 'a', 'ad', 'an', 'd', 'p', 'c', 'u', 'r', 'q', 'f', 't', 's', 'l', 'i', 'j']);
/**
 * What makes a person-like name part of another name: a farm, shop or studio named after its owner
 * (`X家庭农场`, `X工作室`), a leader's thought (`X新时代中国特色社会主义思想`). Such a name is no person there.
 */
const NAME_INSIDE_RE = /^(?:家庭农场|家庭牧场|农场|牧场|养殖场|种植园|合作社|专业合作社|有限公司|公司|商店|超市|饭店|酒店|餐馆|诊所|药店|工作室|农家乐|新时代中国特色社会主义思想|思想)/u;
const insideName = (text: string, end: number): boolean => NAME_INSIDE_RE.test(text.slice(end, end + 16));
/** Particles after which `X同志` may start (`学习了X同志的讲话`). */
const PARTICLE_BEFORE = new Set([...'了的和与及']);

/** Scans the text; `excluded` = credit spans, `blocked` = places/organisations/projects already found. */
export function scanPersons(input: ScanInput): PersonHit[] {
  const { text, excluded, blocked, isWord, firstWord, nameLike, freeNameOk, wordAt, prefixMayBeName, tagOf } = input;
  /** The given name is an ordinary word (本月/t, 会议/n, 榜样/n), not a numeral artefact (千峰/m) or a name word. */
  const givenIsWord = (given: string) => GIVEN_WORD_TAGS.has(tagOf?.(given) ?? '');
  const inExcluded = maskOf(text.length, excluded);
  const inBlocked = maskOf(text.length, blocked);
  const titles = allTitles(text).filter((t) => !inExcluded(t.coreStart, t.end));
  const hits: PersonHit[] = [];
  const known = new Set<string>();
  const okName = (n: NameSpan | null, strict = false): n is NameSpan =>
    !!n && !inExcluded(n.start, n.end) && !inBlocked(n.start, n.end) && !titleAt(text, n.start) && !insideName(text, n.end) &&
    !(strict && ADVERB_START.has(n.name[0]!)) &&
    !TITLE_INSIDE_RE.test(n.name.slice(1)) && (known.has(n.name) || !looksLikeWord(n.name, strict, speaks(n)));
  // a name that speaks (`村民许家兴告诉记者`) is only refused when it is a word as a whole, not for its first two characters
  const looksLikeWord = (name: string, strict: boolean, speaking = false) =>
    !!isWord && (isWord(name, strict) || (softGiven(name) && givenIsWord(name.slice(1))) ||
      (!speaking && name.length === 3 && isWord(name.slice(0, 2), strict) && !prefixMayBeName?.(name)));
  const speaks = (n: NameSpan) => SPEECH_AFTER_RE.test(text.slice(n.end, n.end + 4));
  /** Where no boundary word follows (`刘涛发愁`), the tokenizer's first word, if it is a two- or three-character name. */
  const hinted = (pos: number, generic = false): NameSpan | null => {
    const s = isSurnameAt(text, pos);
    if (!s) return null;
    const len = firstWord?.(text.slice(pos, pos + 8)) ?? 0;
    if (!generic && len >= 2 && len <= 3 && (firstWord?.(text.slice(pos + len, pos + len + 8)) ?? 0) >= 2) {
      const n = nameEndingAt(text, pos + len, (p) => p === pos, true);
      if (n) return n;
    }
    return predicateAfter(pos, s, generic);
  };
  /**
   * `县长X万川发表了讲话`, `村民X海波反映`: the tokenizer splits the name, but the word after it is a
   * predicate (a verb, adverb, preposition or place word of two characters or more), which ends the name.
   */
  const predicateAfter = (pos: number, s: number, generic: boolean): NameSpan | null => {
    if (!wordAt) return null;
    for (const len of s === 2 ? [3, 4] : [3, 2]) {
      const n = nameEndingAt(text, pos + len, (p) => p === pos, true);
      if (!n || n.start !== pos) continue;
      // after a label (群众, 村民) a given name that is a word needs common given-name characters (`群众向榜样学习`)
      if (generic && givenIsWord(n.name.slice(s)) && !plausibleGiven(n.name)) continue;
      const w = wordAt(text.slice(pos + len, pos + len + 8));
      if (w.len >= 2 && PREDICATE_TAGS.has(w.tag)) return n;
    }
    return null;
  };
  /**
   * After a post, a name without a known surname (巴图孟和, 朝鲁门), also where a surname reading stops at
   * a conjunction that no name follows (`巴图孟` + `和主持` → `巴图孟和` + `主持`).
   */
  const afterPost = (pos: number, n: NameSpan | null): NameSpan | null => {
    if (!freeNameOk) return n;
    if (n && !(CONJ.has(text[n.end] ?? '') && !nameAt(text, n.end + 1, known))) return n;
    const free = freeNameAt(text, pos, freeNameOk);
    if (!free || (n && free.end !== n.end + 1) || known.has(free.name)) return n ?? (free && okName(free) ? free : null);
    return okName(free) ? free : n;
  };
  /**
   * The name after a post or label at `pos`: a surname reading, else (after a post) one without a known
   * surname, else the tokenizer's hint (first item only); a longer reading of minority-name syllables
   * (`牧民乌云毕力格参加`, not 乌云) wins.
   */
  const reading = (pos: number, generic: boolean, first: boolean): NameSpan | null => {
    const n = nameAt(text, pos, known);
    const base = (generic ? n : afterPost(pos, n)) ?? (first ? hinted(pos, generic) : null);
    const minority = minorityNameAt(text, pos);
    return minority && (!base || minority.end > base.end) && okName(minority, generic) ? minority : base;
  };
  const add = (n: NameSpan, ts: TitleHit[]) => {
    hits.push({ ...n, titles: ts });
    known.add(n.name);
  };

  const spanFree = (n: NameSpan) => !inExcluded(n.start, n.end) && !inBlocked(n.start, n.end) && !insideName(text, n.end);
  const state: ScanState = {
    text, titles, hits, known, input, okName, add, spanFree, startBoundary: (p) => startBoundary(text, p),
  };

  // 1. title chains and generic labels before name lists
  const chainByEnd = new Map<number, TitleHit[]>();
  for (const t of titles) {
    const prev = chainByEnd.get(t.start - 1);
    const joiner = text[t.start - 1];
    const chain = prev && (joiner === '、' || joiner === '兼') ? [...prev, t] : [t];
    chainByEnd.set(t.end, chain);
    let pos = t.end;
    if (text[pos] === ' ') pos++;
    // `村民和企业代表`, `县长与副县长`: a conjunction, not the surname 和/与
    if (CONJ.has(text[pos] ?? '')) continue;
    const first = reading(pos, t.generic, true);
    const list = okName(first, t.generic) ? [first] : [];
    for (; list.length > 0;) {
      const last = list[list.length - 1]!;
      const sep = text[last.end];
      if (sep !== '、' && sep !== '和' && sep !== '及') break;
      const next = reading(last.end + 1, t.generic, false);
      if (!okName(next, t.generic)) break;
      list.push(next);
      if (sep !== '、') break;
    }
    // a frame closed by a verb of taking part or punctuation vouches for every item (framed-lists.ts)
    if (list.length === 0 || text[list[list.length - 1]!.end] === '、') {
      for (const n of framedNames(state, pos)) if (!list.some((x) => x.start < n.end && n.start < x.end) && spanFree(n)) list.push(n);
    }
    const roles = chain.filter((c) => !c.generic);
    for (const n of list) add(n, roles);
  }

  honourLists(state);

  // 2. appointments and `X同志`, `X老人`, quotes, `X总书记`
  for (const m of text.matchAll(/同志|老人|总书记/gu)) {
    const n = nameEndingAt(text, m.index, (p) => m[0] === '总书记' || startBoundary(text, p) ||
      (m[0] === '同志' && PARTICLE_BEFORE.has(text[p - 1] ?? '')));
    if (!okName(n)) continue;
    const roles: TitleHit[] = m[0] === '总书记'
      ? [{ start: m.index, coreStart: m.index, end: m.index + 3, printed: '总书记', core: '总书记', prefix: '', generic: false }]
      : [];
    add(n, roles);
    // `A、B同志`: the names before it in the same list
    for (let first = n; m[0] === '同志' && text[first.start - 1] === '、'; ) {
      const prev = nameEndingAt(text, first.start - 1, (p) => startBoundary(text, p) || text[p - 1] === '、', true);
      if (!okName(prev)) break;
      if (!hits.some((h) => h.start === prev.start)) add(prev, []);
      first = prev;
    }
  }
  for (const m of text.matchAll(/[”"」]\s*[，,]?\s*/gu)) {
    const pos = m.index + m[0].length;
    const n = nameAt(text, pos, known);
    if (okName(n) && SPEECH_AFTER_RE.test(text.slice(n.end, n.end + 3))) add(n, []);
    else if (!n) {
      const d = describedSpeaker(text, pos);
      if (okName(d)) add(d, []);
    }
  }

  // `A、B等县领导`, `A、B等同志`: a list closed by 等 and a label or title
  for (const m of text.matchAll(LIST_END_RE)) {
    const list: NameSpan[] = [];
    let end = m.index;
    for (;;) {
      const n = nameEndingAt(text, end, (p) => startBoundary(text, p) || text[p - 1] === '、');
      if (!okName(n)) break;
      list.unshift(n);
      if (text[n.start - 1] !== '、') break;
      end = n.start - 1;
    }
    if (list.length >= 2 && startBoundary(text, list[0]!.start)) for (const n of list) if (!known.has(n.name)) add(n, []);
  }
  // `…，李大山说`: a speaker the tokenizer reads as a name (jieba's nr/x), at a clause start
  for (const m of text.matchAll(SPEECH_RE)) {
    const n = nameEndingAt(text, m.index, (p) => startBoundary(text, p));
    if (!n || known.has(n.name) || !nameLike?.(n.name)) continue;
    if (okName(n, true)) add(n, []);
  }

  // appointments, elections and profiles (person-appointments.ts)
  appointmentLists(state);
  profileLines(state);
  elections(state);
  postsAfterNames(state);

  // 3. the weaker anchors (person-anchors.ts): lists closed by 等, printed lists, a post after the name, clause subjects
  listsClosedByDeng(state);
  printedLists(state);
  captionNames(state);
  presentToo(state);
  const trailing = namesBeforePosts(state);
  clauseSubjects(state);
  // a post after the name counts unless a fuller printed post of the same person contains it (`县委书记` ⊃ `书记`)
  for (const { name, title } of trailing) {
    const own = hits.filter((h) => h.name === name);
    if (own.some((h) => h.titles.some((x) => x.printed.endsWith(title.core)))) continue;
    const h = own.find((x) => x.end === title.start) ?? own[0];
    if (h) h.titles = [...h.titles, title];
  }

  // 4. every other occurrence of a known name
  const taken: Span2[] = hits.map((h) => ({ start: h.start, end: h.end }));
  for (const name of known) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (inside(taken, i, i + name.length) || inExcluded(i, i + name.length) || inBlocked(i, i + name.length) || insideName(text, i + name.length)) continue;
      if (!boundaryAt(text, i + name.length) && !startBoundary(text, i)) continue;
      hits.push({ start: i, end: i + name.length, name, titles: [] });
      taken.push({ start: i, end: i + name.length });
    }
  }
  // a reading inside a longer name of the same place (卓玛 of 才让卓玛, read by a weaker anchor) is not a person
  const nested = (h: PersonHit) => hits.some((x) => x !== h && x.start <= h.start && x.end >= h.end && x.end - x.start > h.end - h.start);
  return hits.filter((h) => !nested(h)).sort((a, b) => a.start - b.start);
}

/** A title (not a name) starts here: `区长`, `常务副市长`. */
const titleAt = titleStartsAt;

export { CORE_TITLES };
