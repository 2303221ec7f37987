/**
 * The words of a credit (byline) and the parsing of a credit's text into
 * (name, role) pairs: `记者 A B 通讯员 C`, `文/A 图/B`, `记 者:A B 见习记者 C`,
 * `融媒体中心记者/A 编辑:B 初审:C`. Editors, reviewers and sources are credited
 * too but are not bylines: their names are skipped (and, as part of the credit's
 * span, not read as people by the person extractor).
 */
import { isSurnameAt, plainNameChars } from './names.js';

export type CreditRole = '记者' | '通讯员' | '摄影' | null;
/** What a marker word says about the names after it: a byline role, an editor credit, or a source. */
type Marker = { role: CreditRole } | { skip: 'editor' | 'source' };

/** Byline role words as printed → the role recorded (gold: 本报/特约/见习/融媒体中心记者 → 记者; 文/作者/撰稿 → null). */
const BYLINE_WORDS: Array<[string, CreditRole]> = [
  ['融媒体中心记者', '记者'], ['全媒体记者', '记者'], ['融媒体记者', '记者'], ['融媒记者', '记者'], ['见习记者', '记者'],
  ['特约记者', '记者'], ['本报记者', '记者'], ['本台记者', '记者'], ['本网记者', '记者'], ['首席记者', '记者'],
  ['实习记者', '记者'], ['驻站记者', '记者'], ['摄影记者', '摄影'], ['记者', '记者'], ['特约通讯员', '通讯员'],
  ['通讯员', '通讯员'], ['实习生', null], ['见习生', null], ['摄影', '摄影'], ['摄像', '摄影'],
  ['作者', null], ['撰稿', null], ['撰文', null], ['文字', null],
];
/** Credits that are not bylines: editing, review, entry (录入者), production. */
const EDITOR_WORDS = [
  '责任编辑', '值班编辑', '网络编辑', '执行编辑', '编辑', '责编', '美编', '主编', '审核人', '审核', '审校', '审稿', '初审',
  '复审', '终审', '一审', '二审', '三审', '编审', '校对', '录入者', '录入', '统筹', '监制', '签发', '核稿', '排版', '制作',
];
const SOURCE_WORDS = ['来源', '稿源', '出处'];

const spaced = (w: string) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t\\u3000]?');
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const MARKER_WORDS = new Map<string, Marker>([
  ...BYLINE_WORDS.map(([w, role]) => [w, { role }] as [string, Marker]),
  ...EDITOR_WORDS.map((w) => [w, { skip: 'editor' }] as [string, Marker]),
  ...SOURCE_WORDS.map((w) => [w, { skip: 'source' }] as [string, Marker]),
]);
/**
 * A marker: a multi-character word (its characters may be padded: `记 者`), in 【】 or not, with an
 * optional `:` or `/` after it; or 文 / 图 / 摄 alone, which are markers only before `/` or `:`
 * (`文/A`, `图/B`) so that they are never read out of a name (张文, 李图).
 */
const MARKER_RE = new RegExp(
  `[【\\[]?(?:(${byLength([...MARKER_WORDS.keys()]).map(spaced).join('|')})|(文[\\/／]图|图[\\/／]文|(?:文|图|摄)(?=\\s*[\\/／:：])))[】\\]]?\\s*[:：\\/／]?`,
  'gu');
/** A trailing `摄` (`王刚 摄`, `通讯员 李华 摄`): the names before it are the photographers. */
const TRAILING_PHOTO_RE = /\s*摄\s*$/u;

const MARKER_AT_RE = new RegExp(`[ \\t\\u3000]*(?:${MARKER_RE.source})`, 'uy');

/** True when `s` opens with a marker word (after spaces): `记者 A`, `【记者】A`, `文/A`, `编辑:A`. */
export function opensWithMarker(s: string): boolean {
  MARKER_AT_RE.lastIndex = 0;
  return MARKER_AT_RE.test(s);
}

const markerOf = (m: RegExpMatchArray): Marker => {
  if (m[1] !== undefined) return MARKER_WORDS.get(m[1].replace(/[ \t\u3000]/gu, ''))!;
  const w = m[2]!;
  return w === '图' || w === '摄' ? { role: '摄影' } : { role: null };
};

/** A name found in a credit: `offset` into the credit text, `printed` = its printed length (padding included). */
export interface ParsedCredit { name: string; role: CreditRole; offset: number; printed: number }
/** What a credit's text holds: the byline names, whether it had a marker word, and whether every token was read. */
export interface CreditParse { names: ParsedCredit[]; marked: boolean; clean: boolean }

/** Splits `记者 A B 通讯员 C` (or `记者A通讯员B`) into names with roles; padded names (`田 华`) are joined. */
export function parseCreditText(text: string, defaultRole: CreditRole = null): ParsedCredit[] {
  return readCredit(text, defaultRole).names;
}

/**
 * Reads a credit's text. `clean` is false when a stretch after a byline marker (or without one) holds
 * something that is not a name (prose: `记者从会上获悉`), so a finder can refuse the whole candidate.
 */
export function readCredit(text: string, defaultRole: CreditRole = null): CreditParse {
  const photo = TRAILING_PHOTO_RE.exec(text);
  const body = photo ? text.slice(0, photo.index) : text;
  const names: ParsedCredit[] = [];
  let clean = true;
  let marked = false;
  let mode: Marker = { role: defaultRole };
  let from = 0;
  let segStart = names.length;
  const flush = (end: number, afterMarker: boolean, markerNext = false) => {
    let run = body.slice(from, end);
    if ('skip' in mode) return;
    // an outlet printed right before the next role word (`文/图 某某县融媒体中心记者 X`) is no name
    if (markerNext) run = run.replace(OUTLET_END_RE, (o) => ' '.repeat(o.length));
    const got = namesIn(run, afterMarker);
    if (!got.ok) clean = false;
    for (const n of got.names) names.push({ name: n.name, role: mode.role, offset: from + n.offset, printed: n.printed });
  };
  for (const m of body.matchAll(MARKER_RE)) {
    flush(m.index, marked, true);
    marked = true;
    mode = markerOf(m);
    from = m.index + m[0].length;
    segStart = names.length;
  }
  flush(body.length, marked);
  if (photo) {
    marked = true;
    // `X 摄`: X took the photo; `记者 X 摄`: X is credited both as reporter and as photographer
    const end = names.length;
    for (let i = segStart; i < end; i++) {
      const n = names[i]!;
      if (n.role === null) n.role = '摄影';
      else if (n.role !== '摄影') names.push({ ...n, role: '摄影' });
    }
  }
  return { names, marked, clean };
}

/** The outlet that ends a run before a role word: `某某县`, `某某日报`, `某某县广播电视台` (the 融媒体中心 of `…融媒体中心记者` is in the role word). */
const OUTLET_END_RE = /(?<=^|[\s\u3000])[\u3400-\u9fff]{1,14}(?:[县市区旗州省]|日报|晚报|报社|电视台|广播电视台|新闻网|融媒体中心|融媒|报)[\s\u3000]*$/u;

/** Words printed in credits after the names that are not names (报道, 整理, 文图). */
const NOT_A_NAME = /^(?:报道|整理|采写|发自|编译|综合|摄影报道|文图|供图|提供)$/u;
/** Endings of credit tokens that are bodies or words, not names (县融媒体中心, 报道). */
const NOT_A_NAME_END = /(?:[局委会部厅办院所校队站社司台网报]|中心|报道|文图)$/u;

interface NameIn { name: string; offset: number; printed: number }

/**
 * Names in a run such as ` A B  C`, `A、B` or `刘 洋 周晓燕`. `afterRole`: the run follows a marker word,
 * which (with the run's end) bounds a lone token, so a name without a known surname (`记者 阿拉腾其木格`)
 * is read too. `ok` is false when a token is neither a name nor a word credits print after names.
 */
function namesIn(run: string, afterRole: boolean): { names: NameIn[]; ok: boolean } {
  if (/[。！？；!?;]/u.test(run)) return { names: [], ok: false };
  const toks: Array<{ t: string; o: number }> = [];
  for (const m of run.matchAll(/[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)*/gu)) toks.push({ t: m[0], o: m.index });
  const out: NameIn[] = [];
  let ok = !/[A-Za-z0-9]/u.test(run);
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    const gapToNext = b ? run.slice(a.o + a.t.length, b.o) : '';
    const padded = b && /^[ \t\u3000]+$/u.test(gapToNext);
    if (NOT_A_NAME.test(a.t)) continue;
    if (isDotName(a.t)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    // a padded two-character name (`张  成`, `王 强`), or a surname padded before two characters (`黄 一鸣`)
    else if (a.t.length === 1 && b && padded && (b.t.length === 1 || (b.t.length === 2 && isSurnameAt(a.t, 0)))) {
      out.push({ name: a.t + b.t, offset: a.o, printed: b.o + b.t.length - a.o });
      i++;
    } else if (a.t.length >= 2 && a.t.length <= 4 && isSurnameAt(a.t, 0) && !NOT_A_NAME_END.test(a.t)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    // a name without a known surname (尼玛次仁, 巴特尔, 达来) bounded by spaces or the marker in a credit
    else if (a.t.length >= 2 && a.t.length <= (toks.length === 1 && afterRole ? 6 : 4) && (afterRole || toks.length > 1) &&
      !NOT_A_NAME_END.test(a.t) && plainNameChars(a.t)) out.push({ name: a.t, offset: a.o, printed: a.t.length });
    else if (a.t.length > 4) {
      const parts = splitGlued(a.t, a.o);
      if (!parts.length) ok = false;
      out.push(...parts);
    } else ok = false;
  }
  return { names: out, ok };
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
