/**
 * The shapes the person scanner (person-scan.ts) shares with its rule files
 * (person-anchors.ts, person-appointments.ts): title and person hits, the
 * scanner's input hints, and the state the rules read and extend.
 */
import type { NameSpan } from './names.js';

export interface TitleHit { start: number; coreStart: number; end: number; printed: string; core: string; prefix: string; generic: boolean }
export interface PersonHit extends NameSpan { titles: TitleHit[] }
export interface Span2 { start: number; end: number }

export interface ScanInput {
  text: string;
  excluded: Span2[];
  blocked: Span2[];
  /** True when a two-character candidate is an ordinary word (a verb, adverb …), not a name: a tokenizer hint. */
  isWord?: (candidate: string, strict: boolean) => boolean;
  /** Length of the first word of `window` by the tokenizer (a hint where no boundary word follows a name: `刘涛发愁`). */
  firstWord?: (window: string) => number;
  /** True when the tokenizer reads the candidate as a person's name (a hint for speakers without a title). */
  nameLike?: (candidate: string) => boolean;
  /** True when the tokenizer reads the candidate as one dictionary word that is not a name (金融, 安徽, 高新). */
  plainWord?: (candidate: string) => boolean;
  /** The first word of `window` by the tokenizer, with its tag: what follows a name (`发表`/v, `家里`/s). */
  wordAt?: (window: string) => { len: number; tag: string };
  /** The tag of `w` when the tokenizer reads it as one word, else '' (a hint on given names: 榜样/n, 千峰/m). */
  tagOf?: (w: string) => string;
  /** True when the first two characters of a three-character candidate are a word only by a name-compatible tag (唐宋/t). */
  prefixMayBeName?: (candidate: string) => boolean;
  /**
   * True when a candidate without a known surname (巴图孟和) may be a name: no ordinary word inside.
   * `bounded`: the post right before and punctuation right after (`主任宝音，`) bound it.
   */
  freeNameOk?: (candidate: string, bounded?: boolean) => boolean;
}

/** What the scanner shares with its rule files: the hits so far and its checks. */
export interface ScanState {
  text: string;
  titles: TitleHit[];
  hits: PersonHit[];
  known: Set<string>;
  input: ScanInput;
  /** The scanner's checks (not a credit, not inside a body, not a title, not a word; `strict` also refuses nouns). */
  okName(n: NameSpan | null, strict?: boolean): n is NameSpan;
  add(n: NameSpan, titles: TitleHit[]): void;
  /** Not inside a credit, a body or a name of something else (`X家庭农场`): the only check a framed list item needs. */
  spanFree(n: NameSpan): boolean;
  startBoundary(pos: number): boolean;
}
