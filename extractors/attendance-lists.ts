/**
 * Names in the lists that say who took part (`县领导A、B、C出席`, `副主任A、B、C、D出席会议`,
 * `A、B、C等驻镇委员…`, `组织部长A主持`) that the person pass did not read: general list
 * grammar only — a surname from data/surnames.json, one or two given-name characters, an item
 * of its own between list marks, anchored by a post printed right before it, by a neighbour in
 * the same 、-list that is a known person or such a name, or by a list of names closed by
 * `等` + a group word. The clause must go on to an attendance verb, or the sentence must be at
 * a meeting (its mention or a `…会上，` opener): names are looked for only where people are
 * said to take part.
 */
import { isSurnameAt } from './names.js';
import { isGenericLabel, titleMatches, titleStartsAt } from './title-grammar.js';
import type { Sentence, Tokenizer } from './types.js';

/** A name found in a list, with its offsets in the article text. */
export interface ListName { start: number; end: number; name: string }

/** Characters that never occur in a given name (function words, level and body characters, digits, punctuation). */
const NOT_GIVEN = new Set('的了在和等及与是对把被将从就都又还也说获县市区镇乡村省州局委部厅处办院所校队组届次年日时午晚个名位些这那其该本我你他她们各全第'.split(''));
/** What may follow the last name of an item (`刘颖出席会议`, `林玉棕等驻镇委员`, `孙静同志`). */
const TAIL_RE = /^(?:同志|等|出席|参加|列席|主持|应邀|受邀|与会|参会|陪同|一行|发表|登上|上台|领奖|分别|先后|在会上|讲话|致辞|宣读|宣誓|领誓|荣获|获得|夺得|$)/u;
/** `A、B获得二等奖`: a run of names that wins a prize (at a competition or an awards event). */
const PRIZE_AFTER_RE = /^(?:等[\u3400-\u9fff]{0,6})?(?:分别)?(?:荣获|获得|夺得)[^，。；,;]{0,10}?(?:奖|名|冠军|亚军|季军|称号)/u;
/** Verbs of taking part that must follow a list for its names to count. */
export const ATTEND_VERB_RE = /出席|参加|列席|主持|与会|参会|应邀|讲话|致辞|发言|发表|宣誓|领誓|领奖|登上领奖台|颁发|荣获|获得|夺得/u;
/** `A、B、C等驻镇委员`: a list of names closed by 等 + a word for a group of people. */
const GROUP_AFTER_RE = /^等[\u3400-\u9fff]{0,6}(?:同志|人|委员|代表|领导|干部|模范|先进|个人|嘉宾|书记|负责人|群众|村民|居民|党员|学生)/u;
const SEP_RE = /[、，,]/u;
/** Tags of one-token readings that are names or unknown words (jieba: nr, nrfg, nrt, x). */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

interface Item { start: number; end: number; sepBefore: string; name: ListName | null; known: boolean; titled: boolean; groupAfter: boolean; prizeAfter: boolean }

/** A name of list shape starting at `pos` of `text` and ending where a tail may begin, or null. */
function listNameAt(text: string, pos: number, end: number, tokenizer: Tokenizer): ListName | null {
  const s = isSurnameAt(text, pos);
  if (!s) return null;
  for (const len of [s + 2, s + 1]) {
    const stop = pos + len;
    if (stop > end || !TAIL_RE.test(text.slice(stop, end))) continue;
    const name = text.slice(pos, stop);
    let ok = true;
    for (let i = pos + s; i < stop; i++) if (!/[\u3400-\u9fff]/u.test(text[i]!) || NOT_GIVEN.has(text[i]!)) ok = false;
    if (!ok || titleStartsAt(text, pos + s) || isGenericLabel(name)) continue;
    const toks = tokenizer.tag(name);
    if (toks.length === 1 && !NAME_TAGS.has(toks[0]!.tag)) continue;
    return { start: pos, end: stop, name };
  }
  return null;
}

/** Items joined by 、 into runs. */
function runsOf(items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const it of items) {
    if (it.sepBefore === '、' && runs.length > 0) runs[runs.length - 1]!.push(it);
    else runs.push([it]);
  }
  return runs;
}

/**
 * Inside an anchored run, a whole item of two or three characters that the tokenizer reads as one
 * unknown word or name is a name even when its surname is missing from the list (`占卓夫`).
 */
function freeName(text: string, it: Item, tokenizer: Tokenizer): ListName | null {
  const word = text.slice(it.start, it.end);
  const bare = /^[\u3400-\u9fff]{2,3}$/u.test(word) ? word : /^([\u3400-\u9fff]{2,3}?)(?=出席|参加|列席|等)/u.exec(word)?.[1];
  if (!bare || [...bare].some((c) => NOT_GIVEN.has(c)) || isGenericLabel(bare) || titleStartsAt(bare, 0)) return null;
  const toks = tokenizer.tag(bare);
  if (toks.length !== 1 || !NAME_TAGS.has(toks[0]!.tag)) return null;
  return { start: it.start, end: it.start + bare.length, name: bare };
}

/** The list items of a sentence: text between list marks, with the name each holds (after any posts). */
function itemsOf(text: string, s: Sentence, tokenizer: Tokenizer): Item[] {
  const items: Item[] = [];
  let from = s.start;
  let sepBefore = '';
  for (let i = s.start; i <= s.end; i++) {
    if (i < s.end && !SEP_RE.test(text[i]!)) continue;
    if (i > from) {
      // the name starts at the item, after the last post printed in it (`县委常委、组织部长|周代军主持`),
      // or after its last 的 (`受到表彰的|宫彬芳`)
      let afterTitle = -1;
      let name: ListName | null = null;
      for (const t of titleMatches(text.slice(from, i)).reverse()) {
        name = listNameAt(text, from + t.index + t.text.length, i, tokenizer);
        if (name) {
          afterTitle = name.start;
          break;
        }
      }
      const de = text.lastIndexOf('的', i - 1);
      name ??= listNameAt(text, from, i, tokenizer) ?? (de >= from ? listNameAt(text, de + 1, i, tokenizer) : null);
      const rest = name ? text.slice(name.end, i) : '';
      items.push({
        start: from, end: i, sepBefore, name, known: false, titled: !!name && name.start === afterTitle,
        groupAfter: !!name && GROUP_AFTER_RE.test(rest), prizeAfter: !!name && PRIZE_AFTER_RE.test(rest),
      });
    }
    sepBefore = text[i] ?? '';
    from = i + 1;
  }
  return items;
}

/**
 * Names of people listed as taking part in `s` that no span of `known` covers. `atMeeting`: the
 * sentence reports or opens with a meeting (then the list need not be followed by a verb).
 */
export function listNames(text: string, s: Sentence, known: ReadonlyArray<readonly [number, number]>, tokenizer: Tokenizer, atMeeting: boolean): ListName[] {
  if (!atMeeting && !ATTEND_VERB_RE.test(s.text)) return [];
  const items = itemsOf(text, s, tokenizer);
  const covered = (a: number, b: number) => known.some(([x, y]) => x < b && y > a);
  for (const it of items) it.known = known.some(([x, y]) => x >= it.start && y <= it.end);
  const accepted = new Set<Item>();
  for (const it of items) if (it.titled && it.name) accepted.add(it);
  // a 、-run (items joined by 、) vouches for its names when it holds a known person or a titled
  // name, when two or more names close with `等` + a group word (`A、B、C等驻镇委员`), or when
  // its names win a prize (`A、B获得二等奖`)
  for (const run of runsOf(items)) {
    const group = run.findIndex((it, k) => (it.groupAfter && k > 0 || it.prizeAfter) && run.slice(0, k + 1).every((x) => x.name));
    const anchored = group < 0 && run.some((it) => it.known || accepted.has(it));
    if (!anchored && group < 0) continue;
    // a run closed by `等…` or a prize vouches only for the names up to the closing one
    for (const it of group >= 0 ? run.slice(0, group + 1) : run) {
      if (!it.name && !it.known) it.name = freeName(text, it, tokenizer);
      if (it.name) accepted.add(it);
    }
  }
  const out: ListName[] = [];
  for (const it of items) {
    const n = it.name;
    if (!n || !accepted.has(it) || covered(n.start, n.end)) continue;
    // the clause goes on to a verb of taking part, unless the sentence is at a meeting
    if (!atMeeting && !ATTEND_VERB_RE.test(text.slice(n.end, s.end))) continue;
    out.push(n);
  }
  return out;
}
