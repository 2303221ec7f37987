/**
 * The weaker anchors of the person scanner (person-scan.ts runs the strong
 * ones first): a list closed by 等 whatever follows (`A、B、C等16名…`,
 * `A、B等驻镇委员`), a name with its post printed after it (`A书记的讲话`), and a
 * name at the start of a clause followed by what a subject does (`A一行来到`,
 * `A指出`). Each needs more evidence than a title before the name: the
 * tokenizer reads the candidate as a name, or every given-name character is
 * common in given names (data/given-name-chars.json), and the candidate is no
 * dictionary word.
 */
import { boundaryAt, dotNameAt, minorityNameAt, minoritySyllables, nameAt, namesEndingAt, plausibleGiven, type NameSpan } from './names.js';
import type { ScanState, TitleHit } from './person-types.js';


/** Characters after which a list of names may start without punctuation (`推选出了A、B等`, `表彰的A、B等`). */
const LIST_START_AFTER = new Set([...'的了和与及对向给为将把被由']);

/** A candidate with weak support: a dotted or minority-syllable name, a reading the tokenizer agrees with, or common given-name characters; no word. */
function weakOk(st: ScanState, n: NameSpan | null): n is NameSpan {
  if (!st.okName(n, true)) return false;
  if (st.known.has(n.name)) return true;
  if (st.input.plainWord?.(n.name)) return false;
  return n.name.includes('·') || minoritySyllables(n.name) || !!st.input.nameLike?.(n.name) || plausibleGiven(n.name);
}

/** The first reading of a name ending at `end` that passes `weakOk` (`和张三` fails, `张三` then passes). */
function weakReading(st: ScanState, end: number, startOk: (p: number) => boolean, soft = false): NameSpan | null {
  return namesEndingAt(st.text, end, startOk, soft).find((n) => weakOk(st, n)) ?? null;
}

/**
 * `A、B、C等…`: two or more names joined by 、 and closed by 等, whatever follows 等 (a number, a label,
 * 驻镇委员, 劳动模范). The list's first name follows punctuation, a particle or a verb's 了.
 */
export function listsClosedByDeng(st: ScanState): void {
  const { text } = st;
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (text[at + 1] === '等' || text[at - 1] === '等') continue;
    const list: NameSpan[] = [];
    let end = at;
    for (;;) {
      const n = weakReading(st, end, (p) => st.startBoundary(p) || text[p - 1] === '、' || LIST_START_AFTER.has(text[p - 1] ?? ''), true);
      if (!n) break;
      list.unshift(n);
      if (text[n.start - 1] !== '、') break;
      end = n.start - 1;
    }
    if (list.length < 2) continue;
    const first = list[0]!;
    if (!(st.startBoundary(first.start) || LIST_START_AFTER.has(text[first.start - 1] ?? ''))) continue;
    for (const n of list) if (!st.hits.some((h) => h.start === n.start)) st.add(n, []);
  }
}

/** A post printed right after a name, and the person it belongs to. */
export interface TrailingPost { name: string; title: TitleHit }

/**
 * `A书记的讲话`, `A副主席指出`: a bare post (no body before it) right after a name, at a clause start, with a
 * boundary after the post. Also a name already known (`艾尔肯·吐尔逊主任`). The post is returned, not given:
 * the scanner gives it only when no fuller printed post of the person contains it.
 */
export function namesBeforePosts(st: ScanState): TrailingPost[] {
  const { text } = st;
  const out: TrailingPost[] = [];
  for (const t of st.titles) {
    if (t.generic || t.prefix || !boundaryAt(text, t.end)) continue;
    const known = [...st.known].find((k) => k.length > 1 && text.startsWith(k, t.start - k.length) && st.startBoundary(t.start - k.length));
    if (known) {
      out.push({ name: known, title: t });
      continue;
    }
    const n = weakReading(st, t.start, (p) => st.startBoundary(p));
    if (!n) continue;
    st.add(n, []);
    out.push({ name: n.name, title: t });
  }
  return out;
}

/** What a subject does right after its name at a clause start (two characters or more). */
const SUBJECT_VERB_RE = /说(?=[，,：:。])|一行|指出|强调|要求|表示|介绍|主持|出席|参加|列席|率队|带队|带领|率领|陪同|深入|来到|走进|前往|察看|查看|看望|慰问|调研|考察|视察|听取|宣读|宣布|致辞|讲话|发言|认为|希望|提出|说道|告诉记者|先后|分别|一同|一起|亲自|传达|通报|部署|总结|汇报|作了|解读|领学|主讲|点评|颁发|揭牌/gu;
const CLAUSE_START = /[\n，。；：！？,;:!?）)]/u;
const JOINS = new Set([...'、和与及']);

/**
 * `，A一行首先来到…`, `。A指出，…`, `A、B陪同调研`: names at a clause start before what a subject does;
 * a list (joined by 、, the last pair maybe by 和) counts only when its first name starts the clause.
 */
export function clauseSubjects(st: ScanState): void {
  const { text } = st;
  const clauseStart = (p: number) => CLAUSE_START.test(text[p - 1] ?? '\n');
  for (const m of text.matchAll(SUBJECT_VERB_RE)) {
    const free = freeSubject(st, m.index);
    if (free) {
      if (!st.hits.some((h) => h.start === free.start)) st.add(free, []);
      continue;
    }
    if (m[0] === '说') continue; // a Han name before 说 needs the tokenizer (person-scan's speaker rule)
    const list: NameSpan[] = [];
    for (let end = m.index; ;) {
      const n = weakReading(st, end, (p) => clauseStart(p) || JOINS.has(text[p - 1] ?? ''), true);
      if (!n) break;
      list.unshift(n);
      if (!JOINS.has(text[n.start - 1] ?? '') || (text[n.start - 1] !== '、' && list.length > 1)) break;
      end = n.start - 1;
    }
    if (!list.length || !clauseStart(list[0]!.start)) continue;
    for (const n of list) if (!st.hits.some((h) => h.start === n.start)) st.add(n, []);
  }
}

/** A photo caption's position mark after a name: `X（右一）`, `X(前排左三)`, `X（中）`. */
const CAPTION_MARK_RE = /[（(](?:前排|后排|第[一二三四五]排)?[左右中](?:[一二三四五六七八九十\d]|起第?[一二三四五六七八九十\d])?[）)]/gu;

/** `刘洋（右一）在车间查看`: the name before a caption's position mark. */
export function captionNames(st: ScanState): void {
  const { text } = st;
  for (const m of text.matchAll(CAPTION_MARK_RE)) {
    const n = weakReading(st, m.index, (p) => st.startBoundary(p) || text[p - 1] === '、', true);
    if (n && !st.hits.some((h) => h.start === n.start)) st.add(n, []);
  }
}

/**
 * A whole clause before the verb that is a name without a Han surname: a name with the middle dot
 * (`买买提·吐尔逊指出`) or a run of minority-name syllables (`扎西多吉说，`).
 */
function freeSubject(st: ScanState, end: number): NameSpan | null {
  const { text } = st;
  let start = end;
  while (start > 0 && end - start < 20 && /[\u3400-\u9fff·]/u.test(text[start - 1]!)) start--;
  if (start === end || !CLAUSE_START.test(text[start - 1] ?? '\n')) return null;
  const name = text.slice(start, end);
  const n = { start, end, name };
  if (name.includes('·')) return dotNameAt(text, start)?.end === end && st.okName(n) ? n : null;
  return name.length >= 3 && minoritySyllables(name) && st.okName(n) ? n : null;
}

/** `出席会议的还有A、B、C`, `陪同调研的有：A、B`: the people of the formula, to the end of the sentence or 等. */
const PRESENT_TOO_RE = /(?:出席|参加|列席|陪同|参与)[\u3400-\u9fff]{0,8}的(?:还|也)?有[：:]?/gu;

export function presentToo(st: ScanState): void {
  const { text } = st;
  for (const m of text.matchAll(PRESENT_TOO_RE)) {
    let pos = m.index + m[0].length;
    const list: NameSpan[] = [];
    for (;;) {
      const n = nameAt(text, pos, st.known) ?? minorityNameAt(text, pos);
      if (!n || !weakOk(st, n)) break;
      list.push(n);
      const sep = /^(?:[、，,]|和|及|与)/u.exec(text.slice(n.end, n.end + 1));
      if (!sep) break;
      pos = n.end + sep[0].length;
    }
    for (const n of list) if (!st.hits.some((h) => h.start === n.start)) st.add(n, []);
  }
}

/** Separators between the names of a printed list, and what ends the list. */
const ITEM_SEP = /^[、，,\s\u3000]+/u;
const LIST_END = /^(?:[。；;！!？?\n]|$)/u;

/** The names of a list from `pos` to the end of its sentence or line, or [] when anything else is in it. */
function namesToEnd(st: ScanState, pos: number): NameSpan[] {
  const { text } = st;
  const out: NameSpan[] = [];
  for (;;) {
    const sep = ITEM_SEP.exec(text.slice(pos, pos + 4));
    if (sep && !/\n/u.test(sep[0])) pos += sep[0].length;
    if (LIST_END.test(text.slice(pos, pos + 1))) return out;
    const n = nameAt(text, pos, st.known) ?? minorityNameAt(text, pos);
    if (!n || !/^(?:[、，,\s\u3000。；;！!？?]|$)/u.test(text.slice(n.end, n.end + 1)) || !weakOk(st, n)) return [];
    out.push(n);
    pos = n.end;
  }
}

/**
 * Printed lists of names: after a colon (`优秀党员：A、B、C。`, `成员有：A、B`) and lines that hold only names,
 * maybe after a short label (`一等奖 A B`, an honour list). Two names or more, nothing else in the list.
 */
export function printedLists(st: ScanState): void {
  const { text } = st;
  const starts: number[] = [];
  for (let i = text.indexOf('：'); i >= 0; i = text.indexOf('：', i + 1)) starts.push(i + 1);
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) starts.push(i + 1);
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1) {
    const label = /^[ \t\u3000]*(?:[\u3400-\u9fff（）()\d]{1,10}[ \t\u3000]+)?/u.exec(text.slice(i, i + 16))![0];
    starts.push(i, i + label.length);
    if (text.indexOf('\n', i) < 0) break;
  }
  for (const pos of new Set(starts)) {
    const list = namesToEnd(st, pos);
    if (list.length < 2) continue;
    for (const n of list) if (!st.hits.some((h) => h.start === n.start)) st.add(n, []);
  }
}
