/**
 * Appointments, elections and profiles (任免, 选举, 任前公示): the names stand
 * next to a verb and the posts after it — `任命A、B为T`, `免去A的T职务`,
 * `A、B当选为T`, `A，男，…现任T，拟任T`. Rules of the person scanner
 * (person-scan.ts), run after its title anchors, in this order.
 */
import { minorityNameAt, nameAt, nameEndingAt, type NameSpan } from './names.js';
import type { PersonHit, ScanState, TitleHit } from './person-types.js';

const APPOINT_RE = /(?:任命|接受|免去|提名|选举|推选|同意|决定)/gu;
/** Election verbs after the names and before the posts. */
const ELECTED_RE = /(?:当选为|当选|被选举为|被推选为|被聘为)/gu;
/** A profile line: the name at a line start, then the sex (`A，男，`, `A（女，`). */
const PROFILE_RE = /(^|\n)[ \t]*([\u3400-\u9fff·]{2,12})(?=[，,（(]\s*[男女][，,、）)])/gu;
const PROFILE_HINT_RE = /[，,（(]\s*[男女][，,、）)]/u;
/** Words before the posts of a profile: now holds, proposed for, held. */
const POST_MARK_RE = /(?:现任|拟任|拟提名为|拟推荐为|拟提拔为|拟任命为|拟进一步使用为|曾任|历任)/gu;
/** What joins the names of a list (`A、B和C`). */
const LIST_JOIN = new Set([...'、和及']);
/** `决定任命X为T，并决定其为T`: the appointment formula gives the person a second post through 其. */
const ALSO_POST_RE = /^[，,]?并(?:决定|任命|提名)?(?:其|他|她)(?:为|担任)/u;
const POSTS_AFTER_RE = /^(?:同志)?(?:为|辞去|担任|出任|的)/u;

/** `任命A、B为T`, `选举A为T`, `免去A的T职务`: the names after the verb (their posts: `postsAfterNames`). */
export function appointmentLists(st: ScanState): void {
  const { text } = st;
  for (const m of text.matchAll(APPOINT_RE)) {
    const list: NameSpan[] = [];
    for (let pos = m.index + m[0].length; ;) {
      const n = nameAt(text, pos, st.known) ?? minorityNameAt(text, pos);
      if (!st.okName(n)) break;
      list.push(n);
      if (!LIST_JOIN.has(text[n.end] ?? '')) break;
      pos = n.end + 1;
    }
    const last = list[list.length - 1];
    if (last && POSTS_AFTER_RE.test(text.slice(last.end, last.end + 4))) {
      for (const n of list) if (!st.hits.some((h) => h.start === n.start)) st.add(n, []);
    }
  }
}

/** A profile line of an appointment notice (任前公示): `A，男，布依族，1979年3月生，…现任T、T，拟任T。` */
export function profileLines(st: ScanState): void {
  const { text } = st;
  if (!PROFILE_HINT_RE.test(text)) return; // most articles hold no profile: skip the line-start regex
  for (const m of text.matchAll(PROFILE_RE)) {
    const start = m.index + m[0].length - m[2]!.length;
    const n = nameAt(text, start, st.known);
    if (!n || n.end !== start + m[2]!.length || !st.okName(n)) continue;
    const lineEnd = text.indexOf('\n', n.end);
    const line = text.slice(n.end, lineEnd < 0 ? text.length : lineEnd);
    const ts: TitleHit[] = [];
    for (const p of line.matchAll(POST_MARK_RE)) ts.push(...chainAt(st.titles, text, n.end + p.index + p[0].length));
    st.add(n, ts);
  }
}

/**
 * `，其其格、刘海龙当选为副会长`: an item of an election list before a name already read, bounded by
 * punctuation on both sides, is a name without a known surname when the word check lets it.
 */
function freeListItem(st: ScanState, end: number): NameSpan | null {
  const { text } = st;
  const ok = st.input.freeNameOk;
  if (!ok) return null;
  for (let len = 2; len <= 4; len++) {
    const start = end - len;
    if (start < 0 || !/[，。；、,;\n]/u.test(text[start - 1] ?? '\n')) continue;
    const name = text.slice(start, end);
    return /^[\u3400-\u9fff]+$/u.test(name) && ok(name, true) ? { start, end, name } : null;
  }
  return null;
}

/** Elections: `A当选为会长，B、C当选为副会长` (the names stand before the verb, the posts after it). */
export function elections(st: ScanState): void {
  const { text, hits } = st;
  for (const m of text.matchAll(ELECTED_RE)) {
    const list: NameSpan[] = [];
    let end = m.index;
    for (;;) {
      // a person already found right there (`董事长A当选为会长`), else a name after a boundary
      const n = hits.find((h) => h.end === end) ?? nameEndingAt(text, end, (p) => st.startBoundary(p) || text[p - 1] === '、') ??
        (list.length ? freeListItem(st, end) : null);
      if (!n || !(st.known.has(n.name) || st.okName(n))) break;
      list.unshift(n);
      if (text[n.start - 1] !== '、') break;
      end = n.start - 1;
    }
    if (!list.length || !(st.startBoundary(list[0]!.start) || hits.some((h) => h.start === list[0]!.start))) continue;
    const ts = chainAt(st.titles, text, m.index + m[0].length);
    if (!ts.length) continue;
    for (const n of list) {
      const h = hits.find((x) => x.start === n.start);
      if (h) h.titles = [...h.titles, ...ts];
      else st.add(n, ts);
    }
  }
}

/**
 * Posts given after the name: `任命A(同志)为T、T`, `A(同志)辞去T职务`, `免去A的T职务`; every name of a
 * list gets the posts after its last name, and `，并决定其为T` adds the formula's second post.
 */
export function postsAfterNames(st: ScanState): void {
  const { text, hits } = st;
  for (const h of [...hits]) {
    let tail: PersonHit = h;
    for (let next: PersonHit | undefined; LIST_JOIN.has(text[tail.end] ?? '') && (next = hits.find((x) => x.start === tail.end + 1)); ) tail = next;
    let pos = tail.end;
    if (text.startsWith('同志', pos)) pos += 2;
    const verb = /^(?:为|辞去|担任|出任|的)/u.exec(text.slice(pos, pos + 2));
    if (!verb) continue;
    const chain = chainAt(st.titles, text, pos + verb[0].length);
    const last = chain[chain.length - 1];
    const also = last ? ALSO_POST_RE.exec(text.slice(last.end, last.end + 10)) : null;
    if (last && also) chain.push(...chainAt(st.titles, text, last.end + also[0].length));
    h.titles = [...h.titles, ...chain.filter((t) => !h.titles.some((x) => x.start === t.start))];
  }
}

/** The titles printed from `pos` on, joined by 、 (`县人民政府副县长、代理县长`). */
function chainAt(titles: TitleHit[], text: string, pos: number): TitleHit[] {
  const out: TitleHit[] = [];
  for (;;) {
    const t = titles.find((x) => x.start === pos && !x.generic);
    if (!t) return out;
    out.push(t);
    if (text[t.end] !== '、') return out;
    pos = t.end + 1;
  }
}
