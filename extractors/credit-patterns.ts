/**
 * Credit lines (bylines) printed inside an article's text, and the parsing of
 * a credit's text into (name, role) pairs. Shared by the byline extractor
 * (which reports them) and the person extractor (which must not read
 * `本报记者X` as a person holding the post 记者).
 */
import { isSurnameAt } from './names.js';

export type CreditRole = '记者' | '通讯员' | '摄影' | null;
export interface CreditName { name: string; role: CreditRole; start: number | null; end: number | null }
export interface CreditSpan { start: number; end: number; text: string; names: CreditName[] }

/** Role words as printed → the role recorded. Longest first. */
const ROLE_WORDS: Array<[string, CreditRole]> = [
  ['全媒体记者', '记者'], ['融媒体记者', '记者'], ['见习记者', '记者'], ['特约记者', '记者'], ['本报记者', '记者'],
  ['首席记者', '记者'], ['实习记者', '记者'], ['记者', '记者'], ['特约通讯员', '通讯员'], ['通讯员', '通讯员'],
  ['实习生', null], ['见习生', null], ['摄影记者', '摄影'], ['摄影', '摄影'], ['摄像', '摄影'], ['图', '摄影'], ['摄', '摄影'],
];
const ROLE_ALT = ROLE_WORDS.map(([w]) => w).join('|');
/** Role words that may open a credit line or parenthesis (single characters such as 图 would match captions). */
const OPEN_ALT = ROLE_WORDS.map(([w]) => w).filter((w) => w.length > 1).join('|');
const NAME_CHARS = '[\\u3400-\\u9fff]';

// `本报讯(记者 X 通讯员 Y)`, `(全媒体记者X)`, `(记者X通讯员Y)`: a parenthesis opened by a role word.
// The role word may follow the outlet's name (`(县融媒体中心 记者 X)`, `(江华融媒记者 X)`) and the names
// may be followed by `文/图` (`(记者 X 文/图)`); names may carry the middle dot of minority names.
const PAREN_RE = new RegExp(
  `[（(]\\s*(?:文\\/图|文图|文|图)?\\s*(?:[\\u3400-\\u9fff]{2,12}?(?:中心|融媒|日报|报社|电视台|广播电视台|新闻网)?\\s*)??((?:${OPEN_ALT})[\\s\\u3400-\\u9fff·]{1,40}?)\\s*(?:文\\/图|图\\/文|文图)?\\s*[）)]`, 'gu');
// A line that is only a credit: `■记者 A B`, `记者:A B`, `作者:记者 A 通讯员 B`, `本报记者X`, `来源:… 作者:…`.
const LINE_RE = new RegExp(`(?:^|\\n)[ \\t]*(?:[■□●◆▲]\\s*)?(?:文\\/图|文图|文|图)?[\\/／]?((?:(?:作者|文|来源)[:：][^\\n]*?)?(?:${OPEN_ALT})[:：]?[ \\t]*${NAME_CHARS}[^\\n]{0,40})[ \\t]*(?=\\n|$)`, 'gu');
// `作者:A B C 文/图` (no role word: unlabelled names).
const AUTHOR_RE = /(?:^|\n)[ \t]*作者[:：]\s*((?:[\u3400-\u9fff]{1,4}\s+){0,5}[\u3400-\u9fff]{1,4})(?:\s*文\/图|\s*文图|\s*文)?[ \t]*(?=\n|$)/gu;
// `(A B)` at the very end: unlabelled credit names.
const TAIL_PAREN_RE = /[（(]\s*((?:[\u3400-\u9fff]{2,4}\s+){0,4}[\u3400-\u9fff]{2,4})\s*[）)]\s*$/u;
// `X 摄` / `X摄` at the end of the text (photo credit).
const PHOTO_RE = /([\u3400-\u9fff]{1,3}(?:\s[\u3400-\u9fff]{1,3})?)\s*摄\s*$/u;

/** Splits `记者 A B 通讯员 C` (or `记者A通讯员B`) into names with roles; padded names (`田 华`) are joined. */
export function parseCreditText(text: string, defaultRole: CreditRole = null): ParsedCredit[] {
  const out: ParsedCredit[] = [];
  const parts = text.split(new RegExp(`(${ROLE_ALT})`, 'u'));
  let role = defaultRole;
  let offset = 0;
  for (const part of parts) {
    const found = ROLE_WORDS.find(([w]) => w === part);
    if (found) role = found[1];
    else for (const n of namesIn(part, offset > 0)) out.push({ name: n.name, role, offset: offset + n.offset, printed: n.printed });
    offset += part.length;
  }
  return out;
}

/** Names in a run such as ` A B  C` or `刘 洋 周晓燕`: single characters next to each other are one padded name. */
interface NameIn { name: string; offset: number; printed: number }
/** A name found in a credit: `offset` into the credit text, `printed` = its printed length (padding included). */
export interface ParsedCredit extends NameIn { role: CreditRole }

/** Endings of credit tokens that are bodies or words, not names (县融媒体中心, 报道). */
const NOT_A_NAME_END = /(?:[局委会部厅办院所校队站社司台网报]|中心|报道|文图)$/u;

/**
 * `afterRole`: the run follows a role word. A run that is one token of two to six characters there
 * (`记者 阿拉腾其木格`) is a name even without a known surname: the role word before and the end of
 * the credit after bound it.
 */
function namesIn(run: string, afterRole = false): NameIn[] {
  const toks: Array<{ t: string; o: number }> = [];
  for (const m of run.matchAll(/[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)*/gu)) toks.push({ t: m[0], o: m.index });
  const out = namesOf(run, toks);
  const lone = toks.length === 1 ? toks[0]! : null;
  if (!out.length && afterRole && lone && lone.t.length >= 3 && lone.t.length <= 6 && !NOT_A_NAME_END.test(lone.t) && /^\s*$/u.test(run.slice(lone.o + lone.t.length))) {
    return [{ name: lone.t, offset: lone.o, printed: lone.t.length }];
  }
  return out;
}

function namesOf(run: string, toks: Array<{ t: string; o: number }>): NameIn[] {
  const out: NameIn[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    if (isDotName(a.t)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    else if (a.t.length === 1 && b && b.t.length <= 2 && isSurnameAt(a.t, 0)) {
      out.push({ name: a.t + b.t, offset: a.o, printed: b.o + b.t.length - a.o });
      i++;
    } else if (a.t.length >= 2 && a.t.length <= 4 && isSurnameAt(a.t, 0)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    // a Tibetan or Mongolian name (尼玛次仁, 巴特尔) standing alone between spaces in a credit
    else if (a.t.length >= 3 && a.t.length <= 4 && b !== undefined && !NOT_A_NAME_END.test(a.t) && run.slice(a.o + a.t.length, b.o).trim() === '') {
      out.push({ name: a.t, offset: a.o, printed: a.t.length });
    } else if (a.t.length >= 3 && a.t.length <= 4 && !b && i > 0 && !NOT_A_NAME_END.test(a.t)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    else if (a.t.length > 4) out.push(...splitGlued(a.t, a.o));
  }
  return out;
}

/** A minority name with the middle dot (`A·B`, parts of one to eight characters). */
export function isDotName(t: string): boolean {
  return /^[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8}){1,2}$/u.test(t);
}

/** `周琳孙晓燕` (two names printed without a space): split where both halves start with a surname. */
function splitGlued(t: string, o: number): NameIn[] {
  for (const cut of [3, 2]) {
    const rest = t.length - cut;
    if (rest >= 2 && rest <= 3 && isSurnameAt(t, 0) && isSurnameAt(t, cut)) {
      return [{ name: t.slice(0, cut), offset: o, printed: cut }, { name: t.slice(cut), offset: o + cut, printed: rest }];
    }
  }
  return [];
}

function span(text: string, start: number, inner: string, innerStart: number, role: CreditRole = null): CreditSpan {
  const names = parseCreditText(inner, role).map((n) => ({
    name: n.name, role: n.role, start: innerStart + n.offset, end: innerStart + n.offset + n.printed,
  }));
  return { start, end: innerStart + inner.length, text: inner, names };
}

/** Every credit printed inside `text`, with offsets. */
export function findCredits(text: string): CreditSpan[] {
  const out: CreditSpan[] = [];
  for (const m of text.matchAll(PAREN_RE)) {
    const inner = m[1]!;
    out.push(span(text, m.index, inner, m.index + m[0].indexOf(inner)));
  }
  for (const m of text.matchAll(LINE_RE)) {
    let inner = m[1]!;
    const innerStart = m.index + m[0].indexOf(inner);
    const author = inner.search(/作者[:：]/u);
    const cutAt = author >= 0 ? author + 3 : 0;
    inner = inner.slice(cutAt);
    if (out.some((c) => c.start <= innerStart && innerStart < c.end)) continue;
    out.push(span(text, innerStart + cutAt, inner, innerStart + cutAt));
  }
  for (const m of text.matchAll(AUTHOR_RE)) {
    const inner = m[1]!;
    const innerStart = m.index + m[0].indexOf(inner);
    if (out.some((c) => c.start <= innerStart && innerStart < c.end)) continue;
    out.push(span(text, innerStart, inner, innerStart));
  }
  // the end-of-text patterns only look at the tail (a regex over the whole text would try every position)
  const tailStart = Math.max(0, text.length - 60);
  const tailText = text.slice(tailStart);
  const tailM = TAIL_PAREN_RE.exec(tailText);
  const tail = tailM ? Object.assign(tailM, { index: tailM.index + tailStart }) : null;
  if (tail && !out.some((c) => c.start <= tail.index && tail.index < c.end)) {
    const inner = tail[1]!;
    const ok = inner.split(/\s+/u).every((t) => isSurnameAt(t, 0) && !/[局委会部厅办院所校队中心站社司]$/u.test(t));
    if (ok) out.push(span(text, tail.index, inner, tail.index + tail[0].indexOf(inner)));
  }
  const photoM = PHOTO_RE.exec(tailText);
  const photo = photoM ? Object.assign(photoM, { index: photoM.index + tailStart }) : null;
  if (photo && !out.some((c) => c.start <= photo.index && photo.index < c.end)) {
    out.push(span(text, photo.index, photo[1]!, photo.index, '摄影'));
  }
  return out.filter((c) => c.names.length > 0);
}
