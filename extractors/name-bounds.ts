/**
 * Where does a Chinese name start? Names found by their suffix (…村, …路,
 * …有限公司, …工程) run back from the suffix until a character or word that
 * cannot be part of a name: punctuation, a function word, or a verb that
 * introduces a name (来到, 位于, 召开 …). Shared by the place, organisation
 * and project finders.
 */

const CJK = /[\u3400-\u9fff]/;
/** Single characters that end a name when walking back (prepositions, particles, conjunctions). */
export const STOP_CHARS = new Set([...'在于对向与及是的了被将把从至、和跟同着过也都又还就并而其以由为让给当变等兼找据去']);
/** Two-character words (mostly verbs) that introduce a name rather than belong to it. */
export const STOP_WORDS = new Set(`来到 走进 前往 深入 位于 地处 参观 考察 调研 视察 察看 实地 先后 分别 以及 还有 包括 沿着 途经 抵达 进驻 落户 入驻
走访 慰问 来自 举行 举办 召开 成立 开展 推进 打造 实施 启动 参与 参加 出席 携手 依托 围绕 通过 作为 成为 获得 荣获 评为
列入 入选 申报 邀请 牵头 指导 支持 协调 聚焦 加快 推动 做好 抓好 完成 开工 竣工 签约 签订 引进 落实 部署 听取 审议 讨论
传达 观看 询问 联合 各级 这是 那是 就是 已经 正在 目前 今年 去年 明年
同时 此外 随后 期间 其中 当天 当日 近日 日前 昨日 昨天 今天 上午 下午 晚上 带领 陪同 率领 会见 会同 协同 针对 对于 关于 根据 按照
依据 经过 经由 进入 走入 来访 到访 莅临 赴任 前来 回到 返回 离开 看望 拜访 座谈 洽谈 围绕 投身 参观了 授予 表彰 命名 认定 批准 同意 要求 希望 鼓励 借助 依靠 联系 咨询 助推 促进 推进 打造 深化 巩固 提升 加强 强化`.split(/\s+/).filter(Boolean));

/** True for a CJK ideograph. */
export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

/**
 * Walks back from `end` over name characters, at most `maxLen` of them.
 * `stops` are extra positions that also end the walk (e.g. the end of a place
 * name before `X村`). Returns the start, or -1 when no boundary was found
 * within `maxLen` (the name's start is then unknown). `stopHere` may end the
 * walk at a position (true) or let it pass a character that would stop it ('pass').
 */
export function walkBack(
  text: string, end: number, maxLen: number, stops?: Set<number>, allowDigits = false,
  stopHere?: (text: string, j: number) => boolean | 'pass',
): number {
  let j = end;
  while (j > 0) {
    if (stops?.has(j) && j < end) return j;
    const here = stopHere?.(text, j);
    if (here === true) return j;
    if (here === 'pass') {
      if (end - j >= maxLen) return -1;
      j--;
      continue;
    }
    const c = text[j - 1]!;
    if (!(isCjk(c) || (allowDigits && /[0-9A-Za-z·（）]/.test(c)))) return j;
    if (STOP_CHARS.has(c)) return j;
    if (j >= 2 && STOP_WORDS.has(text.slice(j - 2, j))) return j;
    if (end - j >= maxLen) return -1;
    j--;
  }
  return j;
}

/** The spans of 《document titles》: names inside them are not separate things. */
export function bookTitleSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^《》\n]{1,80}》/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
