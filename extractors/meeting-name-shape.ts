/**
 * What a meeting or event name looks like: the suffix words that end one
 * (`…常务会议`, `…座谈会`, `…颁奖典礼`, `…亲邻节`), its kind, and how a
 * candidate cut from the text is trimmed to the name (`召开的` / `刚刚闭幕的`
 * in front, a counter `两场`, a dateline word, half of a bracket pair).
 */
export type MeetingKind = 'meeting' | 'ceremony' | 'competition' | 'forum' | 'event';

export const SUFFIXES = [
  '常务会议', '常委会会议', '常委会议', '主席会议', '主任会议', '全体会议', '扩大会议', '工作会议', '联席会议', '预备会议', '会议',
  '推进会', '座谈会', '总结大会', '表彰大会', '动员大会', '誓师大会', '颁奖大会', '大会', '现场会', '现场办公会', '办公会', '例会',
  '研讨会', '论坛', '峰会', '仪式', '典礼', '发布会', '交流会', '见面会', '茶话会', '报告会', '部署会', '调度会', '汇报会',
  '协调会', '观摩会', '推介会', '洽谈会', '博览会', '运动会', '联谊会', '恳谈会', '分析会', '评审会', '听证会', '宣讲会',
  '培训会', '培训班', '学习会', '务虚会', '碰头会', '专题会', '动员会', '誓师会', '讲评会', '述职会', '民主生活会', '组织生活会',
  '常委会', '党组会', '办公会议', '工作会', '年会', '表彰会', '启动会', '对接会', '说明会', '屋场会', '院坝会', '议事会', '沙龙活动',
  '沙龙', '活动', '比赛', '大赛', '竞赛', '晚会', '开幕式', '闭幕式', '文化节', '艺术节', '亲邻节', '邻里节', '节', '汇演',
];
export const SUFFIX_ALT = [...SUFFIXES].sort((a, b) => b.length - a.length).join('|');
export const SUFFIX_END_RE = new RegExp(`(?:${SUFFIX_ALT})$`, 'u');
/** Characters a name may hold: CJK, digits, Latin, quotes, `·`, dashes, spaces and brackets (`县委常委（扩大）会`). */
export const NAME_BODY = '[\\u3400-\\u9fff0-9０-９A-Za-z“”‘’"·—\\-（）() ]';
/** Strict meeting words, for verbs that also start campaigns (`开展…座谈会` is an event, `开展…行动` is not). */
export const STRICT_SUFFIXES = ['会议', '座谈会', '推进会', '现场会', '办公会', '培训会', '宣讲会', '恳谈会', '交流会', '报告会', '茶话会', '表彰会', '动员会', '屋场会', '院坝会', '议事会'];
export const STRICT_SUFFIX_RE = new RegExp(`(?:${STRICT_SUFFIXES.join('|')})$`, 'u');

export function kindOf(name: string): MeetingKind {
  if (/(?:仪式|典礼|开幕式|闭幕式)$/u.test(name)) return 'ceremony';
  if (/(?:比赛|大赛|竞赛)$/u.test(name)) return 'competition';
  if (/(?:论坛|峰会|沙龙|沙龙活动|研讨会)$/u.test(name)) return 'forum';
  if (/(?:活动|节|晚会|汇演)$/u.test(name)) return 'event';
  return 'meeting';
}

/** Names that only describe (`一次重要会议`, `重要会议`): never an event of their own. */
const DESCRIPTIVE_RE = /^(?:重要|重大|隆重|盛大|专门|有关|相关|此次|本次|这次|这场|该)?(?:会议|大会|活动|仪式)$/u;
/** A counter in front (`两场座谈会议`, `一次`) is not part of the name. */
const COUNTER_RE = /^(?:[一两二三四五六七八九十几多]+|\d+)(?:场|次|个|项|届次)/u;
/** Words that may open the clause before a name: not part of it. */
const LEAD_RE = /^(?:\s|本报讯|讯|据悉|近日|日前|昨天|昨日|今天|当天|上午|下午|晚上|我市|我县|我区|我镇|由|刚刚|随后|接着|同时|还)+/u;

/**
 * Trims a candidate to the name: after the last `的` (but `党的二十大…` keeps its 的) or `了`, without
 * a leading dateline word, `我县`, a counter; null when only a description is left or brackets do
 * not pair up.
 */
export function trimName(raw: string): { name: string; cut: number } | null {
  let cut = 0;
  for (let i = raw.length - 1; i >= 0; i--) {
    if ((raw[i] === '的' && raw[i - 1] !== '党') || raw[i] === '了') {
      cut = i + 1;
      break;
    }
  }
  for (;;) {
    const lead = LEAD_RE.exec(raw.slice(cut)) ?? COUNTER_RE.exec(raw.slice(cut));
    if (!lead || lead[0].length === 0) break;
    cut += lead[0].length;
  }
  let name = raw.slice(cut);
  // a closing bracket without its opening one: the name starts after it (`(记者 X)9月26日…`)
  const close = Math.max(name.lastIndexOf(')'), name.lastIndexOf('）'));
  if (close >= 0 && !/[（(]/u.test(name.slice(0, close))) {
    cut += close + 1;
    name = name.slice(close + 1);
  }
  if (!bracketsPair(name) || DESCRIPTIVE_RE.test(name)) return null;
  return { name, cut };
}

/** Brackets pair up and hold a short word (`（扩大）`, `(社区)`), not a credit or a sentence. */
function bracketsPair(name: string): boolean {
  const inner = name.match(/[（(][^（）()]*[）)]/gu) ?? [];
  const rest = name.replace(/[（(][^（）()]*[）)]/gu, '');
  return !/[（）()]/u.test(rest) && inner.every((b) => b.length <= 8 && !/\s/u.test(b));
}
