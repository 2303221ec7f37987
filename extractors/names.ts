/**
 * Where a Chinese personal name starts and ends. A name is a surname from
 * data/surnames.json (single or compound) plus one or two given-name
 * characters; its end is chosen so that what follows is a boundary
 * (punctuation, or a word that typically follows a name: 主持, 说, 等, 及 …).
 */
import surnames from './data/surnames.json' with { type: 'json' };
import givenNames from './data/given-name-chars.json' with { type: 'json' };
import syllables from './data/minority-name-syllables.json' with { type: 'json' };

const SINGLE = new Set(surnames.single);
/** Characters common in given names (general data): a plausibility check where the anchor before a name is weak. */
const GIVEN_CHARS = new Set(givenNames.chars);
const COMPOUND = new Set(surnames.compound);

/** Characters that do not occur in given names in news text (function words, body and title characters). */
const NON_NAME = new Set(
  '的了在和等及与是对把被将从就都又还也说获' +
  '县市区镇乡村省州局委会部厅处办院所校队组届次年日时午晚个名位些这那其该本我你他她们' +
  '、，。；：！？,.;:!?（）()“”"《》 \n\t·—…0123456789０１２３４５６７８９二三四五六七八九十百千万亿第'.split(''),
);

/** Words that may follow a name. Checked longest first. */
const AFTER_WORDS = [
  '主持', '出席', '参加', '列席', '陪同', '说', '表示', '指出', '强调', '讲话', '致辞', '发言', '介绍', '要求', '希望',
  '认为', '率', '带队', '带领', '一行', '等', '同志', '在', '及', '和', '与', '同', '跟', '对', '为', '向', '到', '来',
  '去', '赴', '先后', '分别', '代表', '宣布', '宣读', '作', '做', '也', '还', '则', '就', '又', '都', '已', '曾', '将',
  '会见', '会同', '听取', '参观', '考察', '调研', '视察', '察看', '查看', '走访', '看望', '慰问', '深入', '来到', '走进',
  '前往', '冒着', '荣获', '获得', '获', '被', '从', '是', '的', '了', '于', '以', '应邀', '受邀', '亲自', '现场', '详细',
  '认真', '充分', '一起', '共同', '专程', '前来', '任', '当选', '辞去', '担任', '兼任', '主讲', '领取', '展示', '告诉',
  '称', '透露', '坦言', '感慨', '笑着', '回忆', '解释', '建议', '提出', '批示', '签署', '下达', '出任', '作为', '主动',
  '带头', '上台', '宣誓', '庄严', '老人', '表态', '部署', '总结', '通报', '传达', '汇报', '摄', '委托', '率领', '对此',
  '向记者', '告诉记者', '接受', '一同', '一道', '等人', '等领导', '等同志', '同时', '随后', '首先', '最后', '则', '却', '所',
  '说道', '谈到', '举起', '点评', '颁发', '颁奖', '揭牌', '按下', '启动', '主讲', '授课', '作了', '作出', '进行', '等参加',
  '致开幕', '致闭幕', '致欢迎', '致贺', '致答谢', '致词',
  // what a subject does next: an adverb or a preposition opening the predicate (`X一边查看`, `X关于…的建议`, `X把…`)
  '一边', '边走', '关于', '把', '正在', '忙着', '通过', '围绕', '针对', '对于', '带着', '拉家常', '唠家常', '聊家常',
];
const AFTER_RE = new RegExp(`^(?:${[...new Set(AFTER_WORDS)].sort((a, b) => b.length - a.length).join('|')})`, 'u');
/** Single characters that end a name reading early (`钱峰等` is 钱峰 + 等, not a three-character name). */
const WEAK_THIRD = new Set('等在和与及说为对向到来也还就将是的了率任同被从获于以称作做都又已曾'.split(''));

/** Characters of WEAK_THIRD that are also common last characters of given names (春来, 福来). */
const NAME_THIRD = new Set('来'.split(''));

const PUNCT_RE = /^[\s、，。；：！？,.;:!?（）()“”"'‘’《》\[\]【】—…·\-/]/u;

export function isSurnameAt(text: string, pos: number): 0 | 1 | 2 {
  if (COMPOUND.has(text.slice(pos, pos + 2))) return 2;
  return SINGLE.has(text[pos] ?? '') ? 1 : 0;
}

/** True when `pos` is the end of the text, punctuation, or a word that may follow a name. */
export function boundaryAt(text: string, pos: number): boolean {
  return boundaryStrength(text, pos) > 0;
}

/** 0 = no boundary; punctuation or the end = 9; else the length of the word that follows (`一同` beats `同`). */
function boundaryStrength(text: string, pos: number): number {
  if (pos >= text.length) return 9;
  const rest = text.slice(pos, pos + 6);
  if (PUNCT_RE.test(rest)) return 9;
  return AFTER_RE.exec(rest)?.[0].length ?? 0;
}

/**
 * Characters of NON_NAME that are also common as the first of two given-name characters (X会强, X百川,
 * X万里, X本之, X和平, X三丰, X四海): allowed there when a strong boundary ends the name (see nameAt), never
 * as the last character (`王会`, `于本` are not read as names).
 */
const SOFT_FIRST = new Set('会本万百千日和其那年时二三四五六七八九'.split(''));
/** Units after a numeral (`万元`, `百亩`, `千人`): a soft numeral is then a number, not a given name. */
const UNIT_AFTER_NUMERAL = new Set('元亩吨米人名个次户家件台辆套座条项处只头斤里年月日周天倍期批份位种类级多余'.split(''));

function givenOk(text: string, from: number, to: number, softFirst = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === undefined || !/[\u3400-\u9fff]/u.test(c)) return false;
    if (NON_NAME.has(c) && !(softFirst && i === from && to - from === 2 && SOFT_FIRST.has(c) && !UNIT_AFTER_NUMERAL.has(text[i + 1]!))) return false;
  }
  return true;
}

/** True when every given-name character of `name` (after its surname) is common in given names. */
export function plausibleGiven(name: string): boolean {
  const s = isSurnameAt(name, 0) || 1;
  for (const c of name.slice(s)) if (!GIVEN_CHARS.has(c)) return false;
  return name.length > s;
}

/** True when the given name of `name` (after a one-character surname) opens with a soft character (会宁 of X会宁). */
export function softGiven(name: string): boolean {
  return name.length === 3 && SOFT_FIRST.has(name[1]!) && NON_NAME.has(name[1]!);
}

export interface NameSpan { start: number; end: number; name: string }

/**
 * The name starting at `pos`, or null. `known` names (already established in
 * this article) win when they fit; otherwise the longest reading followed by a
 * boundary, preferring three characters unless the third is a function word.
 */
export function nameAt(text: string, pos: number, known?: ReadonlySet<string>): NameSpan | null {
  if (text.slice(pos, pos + 10).includes('·')) {
    const dot = dotNameAt(text, pos);
    if (dot) return dot;
  }
  const s = isSurnameAt(text, pos);
  if (!s) return null;
  if (known) {
    for (const len of [4, 3, 2]) {
      const cand = text.slice(pos, pos + len);
      if (known.has(cand) && boundaryAt(text, pos + len)) return { start: pos, end: pos + len, name: cand };
    }
  }
  const lengths = s === 2 ? [3, 4] : [2, 3];
  const ok = lengths.filter((len) => boundaryAt(text, pos + len) &&
    (givenOk(text, pos + s, pos + len) || (s === 1 && len === 3 && strongBoundaryAt(text, pos + len) && givenOk(text, pos + 1, pos + 3, true))));
  if (ok.length === 0) return null;
  let len = ok[ok.length - 1]!;
  if (ok.length === 2) {
    const [short, long] = [ok[0]!, ok[1]!];
    const third = text[pos + short] ?? '';
    // a third character that is also common in given names (王春来) counts when a strong boundary follows it (`参加`)
    const nameThird = NAME_THIRD.has(third) && boundaryStrength(text, pos + long) >= 2;
    if ((WEAK_THIRD.has(third) && !nameThird) || boundaryStrength(text, pos + short) > boundaryStrength(text, pos + long)) len = short;
  }
  return { start: pos, end: pos + len, name: text.slice(pos, pos + len) };
}

/** Given-name characters that also occur in transliterated names (苏日娜, 其木格, 那顺, 孟和, 次仁): allowed in free readings. */
const FREE_OK = new Set('日其那和次都'.split(''));
const freeCharOk = (c: string | undefined) => !!c && /[\u3400-\u9fff]/u.test(c) && (!NON_NAME.has(c) || FREE_OK.has(c));

/** True when every character of `s` may be part of a name read without a known surname (no function, body or digit characters). */
export function plainNameChars(s: string): boolean {
  for (const c of s) if (!freeCharOk(c)) return false;
  return s.length > 0;
}

const UNITS = new Set(syllables.multi);
const SINGLE_UNITS = new Set(syllables.single);
const UNIT_MAX = Math.max(...syllables.multi.map((u) => u.length));
/** The first two characters of every syllable: a cheap test before reading a run of syllables. */
const UNIT_HEADS = new Set(syllables.multi.map((u) => u.slice(0, 2)));

/**
 * True when `s` is a run of Mongolian, Tibetan, Uyghur or Kazakh name syllables (乌云 + 毕力格, 扎西 + 多吉;
 * data/minority-name-syllables.json), with at most one single-character syllable at its end.
 */
export function minoritySyllables(s: string): boolean {
  if (!UNIT_HEADS.has(s.slice(0, 2)) || s.length > 12) return false;
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let l = 2; l <= UNIT_MAX && i + l <= s.length; l++) if (UNITS.has(s.slice(i, i + l))) ok[i + l] = true;
  }
  return ok[s.length]! || (s.length >= 3 && ok[s.length - 1]! && SINGLE_UNITS.has(s[s.length - 1]!));
}

/**
 * A name without a Han surname made of minority-name syllables at `pos` (`牧民乌云毕力格参加`): the longest
 * reading that ends at a strong boundary, else the longest at any boundary.
 */
export function minorityNameAt(text: string, pos: number): NameSpan | null {
  if (!UNIT_HEADS.has(text.slice(pos, pos + 2))) return null;
  let strong = 0;
  let weak = 0;
  for (let len = 2; len <= 8 && pos + len <= text.length; len++) {
    if (!freeCharOk(text[pos + len - 1])) break;
    if (!minoritySyllables(text.slice(pos, pos + len))) continue;
    if (strongBoundaryAt(text, pos + len)) strong = len;
    else if (boundaryAt(text, pos + len)) weak = len;
  }
  const len = strong || weak;
  return len ? { start: pos, end: pos + len, name: text.slice(pos, pos + len) } : null;
}

/** A strong boundary: punctuation, the end, or a word of two or more characters that follows names (主持, 出席). */
function strongBoundaryAt(text: string, pos: number): boolean {
  return boundaryStrength(text, pos) >= 2;
}

/**
 * A minority name with the middle dot starting at `pos` (`艾尔肯·吐尔逊`): parts of one to eight
 * name characters. The last part ends at the first strong boundary (`介绍`, `，`), else at the
 * first boundary of any strength.
 */
export function dotNameAt(text: string, pos: number): NameSpan | null {
  const m = /^[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8}){1,2}/u.exec(text.slice(pos, pos + 30));
  if (!m) return null;
  const lastDot = m[0].lastIndexOf('·');
  for (let i = 0; i < lastDot; i++) if (m[0][i] !== '·' && !freeCharOk(m[0][i])) return null;
  let weak = 0;
  for (let end = lastDot + 2; end <= m[0].length; end++) {
    if (!freeCharOk(m[0][end - 1])) break;
    if (strongBoundaryAt(text, pos + end)) return { start: pos, end: pos + end, name: m[0].slice(0, end) };
    if (!weak && boundaryAt(text, pos + end)) weak = end;
  }
  return weak ? { start: pos, end: pos + weak, name: m[0].slice(0, weak) } : null;
}

/**
 * A name without a known surname (Mongolian, Tibetan … names such as 巴图孟和, 朝鲁门) right after a
 * post: two to six name characters up to a strong boundary (`、`, `，`, 主持, 出席 …), the shortest
 * such reading. Only for positions a title anchors; `accept` is the caller's word check, told whether
 * punctuation (or `说` + punctuation) right after bounds the candidate.
 */
export function freeNameAt(text: string, pos: number, accept: (candidate: string, bounded: boolean) => boolean): NameSpan | null {
  if (AFTER_RE.test(text.slice(pos, pos + 6)) || text[pos] === '和' || !freeCharOk(text[pos])) return null;
  for (let len = 2; len <= 6; len++) {
    if (!freeCharOk(text[pos + len - 1])) return null;
    // `主任宝音说，`: 说 is a weak boundary, but with punctuation right after it it ends the name
    const says = text[pos + len] === '说' && PUNCT_RE.test(text[pos + len + 1] ?? '');
    if (!strongBoundaryAt(text, pos + len) && !says) continue;
    const name = text.slice(pos, pos + len);
    const bounded = says || PUNCT_RE.test(text[pos + len] ?? '');
    return accept(name, bounded) ? { start: pos, end: pos + len, name } : null;
  }
  return null;
}

/**
 * The name ending at `end` (for `X同志`, `X老人`, `X说`): the reading whose start follows a boundary.
 * `soft`: the caller knows a strong boundary follows (`、`, `等`), so a soft first given character is allowed.
 */
export function nameEndingAt(text: string, end: number, startOk: (pos: number) => boolean, soft = false): NameSpan | null {
  return namesEndingAt(text, end, startOk, soft)[0] ?? null;
}

/** Every reading of `nameEndingAt`, most likely first (three characters, then two, then four). */
export function namesEndingAt(text: string, end: number, startOk: (pos: number) => boolean, soft = false): NameSpan[] {
  const out: NameSpan[] = [];
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0 || !startOk(start)) continue;
    const s = isSurnameAt(text, start);
    if (!s || (s === 2 && len < 3) || (len === 4 && s !== 2)) continue;
    if (!givenOk(text, start + s, end, soft && s === 1)) continue;
    out.push({ start, end, name: text.slice(start, end) });
  }
  return out;
}
