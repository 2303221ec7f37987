/**
 * Names in the lists that say who took part (`县领导A、B、C出席`, `副主任A、B、C、D出席会议`,
 * `A、B、C等驻镇委员…`, `组织部长A主持`) that the person pass did not read: general list
 * grammar only — a surname from data/surnames.json, one or two given-name characters, an item
 * of its own between list marks, anchored by a post printed right before it, by a neighbour in
 * the same 、-list that is a known person or such a name, by a list of names closed by `等` + a
 * group word, or by a list of names that wins a prize (`A、B获得二等奖`). Inside such an anchored
 * list, an item the tokenizer reads as one unknown word counts even when its surname is missing
 * from the surname list. The clause must go on to an attendance verb, or the sentence must be at
 * a meeting (its mention or a `…会上，` opener): names are looked for only where people are
 * said to take part.
 */
import titles from './data/titles.json' with { type: 'json' };
import { isSurnameAt } from './names.js';
import { isGenericLabel, titleMatches, titleStartsAt } from './title-grammar.js';
import type { Sentence, Tokenizer } from './types.js';

/** A name found in a list, with its offsets in the article text. */
export interface ListName { start: number; end: number; name: string }

/** Characters that never occur in a given name (function words, level and body characters, digits, punctuation). */
const NOT_GIVEN = new Set('的了在和等及与是对把被将从就都又还也说获县市区镇乡村省州局委部厅处办院所校队组届次年日时午晚个名位些这那其该本我你他她们各全第'.split(''));
/** What may follow the last name of an item (`刘颖出席会议`, `林玉棕等驻镇委员`, `孙静同志`). */
const TAILS = [
  '同志', '等', '出席', '参加', '列席', '主持', '应邀', '受邀', '与会', '参会', '陪同', '一行', '发表', '登上', '上台', '领奖',
  '分别', '先后', '在会上', '讲话', '致辞', '宣读', '宣誓', '领誓', '荣获', '获得', '夺得',
];
const TAIL_RE = new RegExp(`^(?:${TAILS.join('|')})`, 'u');
const TAIL_IN_RE = new RegExp(TAILS.join('|'), 'u');
/** `A、B获得二等奖`: a run of names that wins a prize (at a competition or an awards event). */
const PRIZE_AFTER_RE = /^(?:等[\u3400-\u9fff]{0,6})?(?:分别)?(?:荣获|获得|夺得)[^，。；,;]{0,10}?(?:奖|名|冠军|亚军|季军|称号)/u;
/** Verbs of taking part that must follow a list for its names to count. */
export const ATTEND_VERB_RE = /出席|参加|列席|主持|与会|参会|应邀|讲话|致辞|发言|宣誓|领誓|领奖|颁发|颁奖|(?:荣获|获得|夺得)[^，。；,;]{0,10}?(?:奖|名|冠军|亚军|季军|称号)/u;
/** `A、B、C等驻镇委员`: a list of names closed by 等 + a word for a group of people. */
const GROUP_AFTER_RE = /^等[\u3400-\u9fff]{0,6}(?:同志|人|委员|代表|领导|干部|模范|先进|个人|嘉宾|书记|负责人|群众|村民|居民|党员|学生)/u;
const SEP_RE = /[、，,]/gu;
/** Last characters of posts and labels: only after one of these can a post end right before a name. */
const POST_END = new Set([...titles.cores, ...titles.generic].map((t) => t[t.length - 1]!));
/** Tags of one-token readings that are names or unknown words (jieba: nr, nrfg, nrt, x). */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

interface Item { start: number; end: number; sepBefore: string; name: ListName | null; known: boolean; titled: boolean; groupAfter: boolean; prizeAfter: boolean }

/** A name of list shape starting at `pos` and ending where a tail may begin (no word check yet), or null. */
function shapeAt(text: string, pos: number, end: number): ListName | null {
  const s = isSurnameAt(text, pos);
  if (!s) return null;
  for (const len of [s + 2, s + 1]) {
    const stop = pos + len;
    if (stop > end || (stop < end && !TAIL_RE.test(text.slice(stop, Math.min(end, stop + 6))))) continue;
    let ok = true;
    for (let i = pos + s; i < stop; i++) if (!/[\u3400-\u9fff]/u.test(text[i]!) || NOT_GIVEN.has(text[i]!)) ok = false;
    if (!ok || titleStartsAt(text, pos + s)) continue;
    const name = text.slice(pos, stop);
    if (!isGenericLabel(name)) return { start: pos, end: stop, name };
  }
  return null;
}

/** The tokenizer does not read the candidate as one ordinary word (`全体`, `部分`). */
function notAWord(name: string, tokenizer: Tokenizer): boolean {
  const toks = tokenizer.tag(name);
  return toks.length !== 1 || NAME_TAGS.has(toks[0]!.tag);
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
function itemsOf(text: string, s: Sentence): Item[] {
  const items: Item[] = [];
  let from = s.start;
  let sepBefore = '';
  const cuts = [...s.text.matchAll(SEP_RE)].map((m) => s.start + m.index);
  cuts.push(s.end);
  // where the sentence goes on to a verb of taking part (`…，副区长X，…列席会议`)
  const tailAt = s.start + s.text.search(TAIL_IN_RE);
  for (const i of cuts) {
    const tailLater = tailAt >= s.start && tailAt >= from;
    if (i > from) {
      // only a short item (`副区长X，`), an item of a 、-list, or one whose name goes on to a verb of
      // taking part can hold a name here (a long clause is not read character by character)
      const listed = sepBefore === '、' || text[i] === '、' || TAIL_IN_RE.test(text.slice(from, i)) || (i - from <= 16 && tailLater);
      const found = listed ? nameInItem(text, from, i) : null;
      const rest = found ? text.slice(found.name.end, i) : '';
      items.push({
        start: from, end: i, sepBefore, name: found?.name ?? null, known: false, titled: !!found?.titled,
        groupAfter: !!found && GROUP_AFTER_RE.test(rest), prizeAfter: !!found && PRIZE_AFTER_RE.test(rest),
      });
    }
    sepBefore = text[i] ?? '';
    from = i + 1;
  }
  return items;
}

/**
 * The name an item holds: right after a post printed in it (`县委常委、组织部长|周代军主持`), else at
 * its start, else after a 的 (`受到表彰的|宫彬芳`). Positions are tried where a surname stands and
 * the cheap shape checks pass; the post is looked up only for such a candidate, and the tokenizer
 * (notAWord) only once the item is vouched for.
 */
function nameInItem(text: string, from: number, end: number): { name: ListName; titled: boolean } | null {
  let other: ListName | null = null;
  // a name opens the item, follows its post or a 的: within the item's first words (a long item is a clause)
  for (let p = from, last = Math.min(end - 1, from + 24); p < last; p++) {
    const atStart = p === from;
    const afterDe = text[p - 1] === '的';
    if (!atStart && !afterDe && !POST_END.has(text[p - 1]!)) continue;
    const name = shapeAt(text, p, end);
    if (!name) continue;
    // a post ending right here (posts are short: a window of eight characters is enough)
    const w = Math.max(from, p - 8);
    const afterPost = !atStart && !afterDe && titleMatches(text.slice(w, p)).some((t) => w + t.index + t.text.length === p);
    if (!atStart && !afterDe && !afterPost) continue;
    if (afterPost) return { name, titled: true };
    other ??= name;
  }
  return other ? { name: other, titled: false } : null;
}

/**
 * Names of people listed as taking part in `s` that no span of `known` covers. `atMeeting`: the
 * sentence reports or opens with a meeting (then the list need not be followed by a verb).
 */
export function listNames(text: string, s: Sentence, known: ReadonlyArray<readonly [number, number]>, tokenizer: Tokenizer, atMeeting: boolean): ListName[] {
  // a list (、) or a verb of taking part is needed either way; off a meeting's sentence, the verb
  const verb = ATTEND_VERB_RE.test(s.text);
  if (!verb && (!atMeeting || !s.text.includes('、'))) return [];
  const items = itemsOf(text, s);
  const covered = (a: number, b: number) => known.some(([x, y]) => x < b && y > a);
  for (const it of items) it.known = known.some(([x, y]) => x >= it.start && y <= it.end);
  // the tokenizer is asked last and once per item (it is the costly check)
  const words = new Map<Item, boolean>();
  const named = (it: Item) => {
    if (!it.name) return false;
    let ok = words.get(it);
    if (ok === undefined) words.set(it, (ok = notAWord(it.name.name, tokenizer)));
    return ok;
  };
  const accepted = new Set<Item>();
  for (const it of items) if (it.titled && named(it)) accepted.add(it);
  // a 、-run (items joined by 、) vouches for its names when it holds a known person or a titled
  // name, when two or more names close with `等` + a group word (`A、B、C等驻镇委员`), or when
  // its names win a prize (`A、B获得二等奖`)
  for (const run of runsOf(items)) {
    const group = run.findIndex((it, k) => (it.groupAfter && k > 0 || it.prizeAfter) && run.slice(0, k + 1).every(named));
    const anchored = group < 0 && run.some((it) => it.known || accepted.has(it));
    if (!anchored && group < 0) continue;
    // a run closed by `等…` or a prize vouches only for the names up to the closing one
    for (const it of group >= 0 ? run.slice(0, group + 1) : run) {
      if (!it.known && !named(it)) {
        it.name = freeName(text, it, tokenizer);
        if (it.name) words.set(it, true);
      }
      if (named(it)) accepted.add(it);
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
