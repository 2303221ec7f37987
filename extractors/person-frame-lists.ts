/**
 * Name lists framed by a post or a label and closed by a verb of taking part or by punctuation
 * (`县委常委A、B、C、D出席`, `县领导A、B、C参加会议。`, `副县长A、B陪同`). The frame itself is the
 * evidence: every 、-separated item of name length is a name, also when its surname is rare or
 * missing from data/surnames.json or the tokenizer reads it as a verb, unless the item is a known
 * word (a title, a label, a place or body already found, a dictionary noun). One unreadable item
 * must not end the list; an item that is clearly something else (a post, a clause) ends the frame,
 * and the frame counts only when its run of names reaches the closer or a post that opens the
 * next item.
 */
import { dotNameAt, isSurnameAt, minoritySyllables, plainNameChars, plausibleGiven, type NameSpan } from './names.js';
import { isGenericLabel, titleStartsAt } from './title-grammar.js';
import surnames from './data/surnames.json' with { type: 'json' };
import type { ScanState } from './person-types.js';

/** Real surnames that are also common word characters (星, 海, 者): only inside a frame. */
const RARE = new Set(surnames.rare);
/** What closes a framed list after its last name (a verb of taking part, 等, or the end of a clause). */
const CLOSER_RE = /^(?:同志)?(?:等|出席|参加|列席|陪同|参会|与会|应邀|分别|一同|一起|共同|先后|[，。；：！？,;:!?）)]|$)/u;
/** Tags of a whole item that make it an ordinary word, not a name (nouns, places, bodies, time words, idioms …). */
const WORD_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'vn', 'an', 'i', 'l', 'j', 't', 's', 'f', 'm', 'q', 'r', 'u', 'p', 'c']);
/** Tags by which a token inside an item may be part of a name (unknown words, names, two-character place words). */
const NAME_PART_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x', 'ns']);
/** Characters that never stand in a name list item (list words, quantities, body and level characters). */
const NOT_IN_ITEM = /[各全些等个名位级部局委办厅院所处科队组届次年月日时们这那其该本与及或]/u;

/** The surname length at `pos`, the rare surnames included. */
function surnameAt(text: string, pos: number): number {
  return isSurnameAt(text, pos) || (RARE.has(text[pos] ?? '') ? 1 : 0);
}

/**
 * How `item` reads inside a frame: 'strong' (a known name, a name or unknown word to the tokenizer, a
 * dotted or minority-syllable name), 'weak' (a surname and one or two characters, or single characters
 * and name parts), or null (a word, a post, a label, or not of name shape).
 */
function itemReading(st: ScanState, item: string): 'strong' | 'weak' | null {
  if (item.includes('·')) {
    const d = dotNameAt(item, 0);
    return d && d.end === item.length ? 'strong' : null;
  }
  if (item.length < 2 || item.length > 4 || !plainNameChars(item) || NOT_IN_ITEM.test(item)) return null;
  if (st.known.has(item)) return 'strong';
  if (isGenericLabel(item) || titleStartsAt(item, 0)) return null;
  if (minoritySyllables(item)) return 'strong';
  const tag = st.input.tagOf?.(item) ?? '';
  if (WORD_TAGS.has(tag)) return null;
  if (tag === 'x' || tag.startsWith('nr')) return 'strong';
  // a surname and one or two characters, whatever the tokenizer makes of it as one word (`付强`/v)
  const s = surnameAt(item, 0);
  if (s && item.length - s >= 1 && item.length - s <= 2) return tag === '' && isSurnameAt(item, 0) && plausibleGiven(item) ? 'strong' : 'weak';
  // no known surname: only single characters and name parts (`星` + `玉兰`/nr)
  return tag === '' && st.input.freeNameOk?.(item, true) ? 'weak' : null;
}

/**
 * The name items of the list that starts at `pos` (right after a post or label), or [] when no frame
 * closes it or none of its items is a strong reading (`群众关心、支持。` is no list of names).
 */
export function framedNames(st: ScanState, pos: number): NameSpan[] {
  const out: NameSpan[] = [];
  let strong = false;
  const take = (start: number, end: number, r: 'strong' | 'weak') => {
    out.push({ start, end, name: st.text.slice(start, end) });
    strong ||= r === 'strong';
  };
  const done = (closed: boolean) => (closed && out.length >= 2 && strong ? out : []);
  const { text } = st;
  let from = pos;
  for (let k = 0; k < 12; k++) {
    const clause = text.slice(from, from + 40);
    const clauseEnd = from + clause.search(/[，。；：！？,;:!?（）()\n]|$/u);
    const sep = from + clause.indexOf('、');
    if (sep >= from && sep < clauseEnd) {
      // an inner item: everything up to the 、 (a trailing 同志 dropped)
      const end = text.startsWith('同志', sep - 2) ? sep - 2 : sep;
      const r = itemReading(st, text.slice(from, end));
      // an item that is a post opens the next person's part: the run before it is closed
      if (!r) return done(titleStartsAt(text, from));
      take(from, end, r);
      from = sep + 1;
      continue;
    }
    // the last item: the shortest name-length reading followed by a closer
    for (let len = 2; len <= 4 && from + len <= clauseEnd; len++) {
      if (!CLOSER_RE.test(text.slice(from + len, from + len + 3))) continue;
      const r = itemReading(st, text.slice(from, from + len));
      if (!r) continue;
      take(from, from + len, r);
      return done(true);
    }
    const d = text.slice(from, clauseEnd).includes('·') ? dotNameAt(text, from) : null;
    if (d && CLOSER_RE.test(text.slice(d.end, d.end + 3))) {
      take(d.start, d.end, 'strong');
      return done(true);
    }
    return done(titleStartsAt(text, from));
  }
  return [];
}

/** Verbs that name the people honoured (`授予A、B、C等30名同志…称号`). */
const HONOUR_RE = /授予|表彰了?|命名|推选|评选出|选树/gu;
/** The count that closes an honour list: `等30名`, `等十位`. */
const COUNTED_RE = /^等[0-9０-９一二三四五六七八九十百两]+(?:名|位|人)/u;

/** `授予A、B、C等30名同志…`: a list after a verb of honouring, closed by 等 and a count, is a frame too. */
export function honourLists(st: ScanState): void {
  for (const m of st.text.matchAll(HONOUR_RE)) {
    const names = framedNames(st, m.index + m[0].length);
    const last = names[names.length - 1];
    if (!last || !COUNTED_RE.test(st.text.slice(last.end, last.end + 6))) continue;
    for (const n of names) if (st.spanFree(n) && !st.hits.some((h) => h.start < n.end && n.start < h.end)) st.add(n, []);
  }
}
