/**
 * Meeting and event names in the text, only where the text reports them as
 * taking place: `召开/举行/举办 NAME`, `NAME (在X) 召开/举行/举办/开幕`,
 * `召开的 NAME 上`, a clause opened by `座谈会上`, and a speech placed at it (`X在NAME上讲话`). Names studied or relayed
 * (`学习…会议精神`) or announced (`将于…召开`) are not events.
 */
export type MeetingKind = 'meeting' | 'ceremony' | 'competition' | 'forum' | 'event';
export interface MeetingMention { start: number; end: number; name: string; kind: MeetingKind; placeText: string | null; placeStart: number }

const SUFFIXES = [
  '常务会议', '常委会会议', '常委会议', '主席会议', '主任会议', '全体会议', '扩大会议', '工作会议', '联席会议', '会议',
  '推进会', '座谈会', '总结大会', '表彰大会', '动员大会', '誓师大会', '大会', '现场会', '现场办公会', '办公会', '例会',
  '研讨会', '论坛', '峰会', '仪式', '典礼', '发布会', '交流会', '见面会', '茶话会', '报告会', '部署会', '调度会', '汇报会',
  '协调会', '观摩会', '推介会', '洽谈会', '博览会', '运动会', '联谊会', '恳谈会', '分析会', '评审会', '听证会', '宣讲会',
  '培训会', '培训班', '学习会', '务虚会', '碰头会', '专题会', '动员会', '誓师会', '讲评会', '述职会', '民主生活会', '组织生活会', '常委会', '党组会', '办公会议', '工作会', '年会', '表彰会', '启动会', '对接会', '说明会', '沙龙活动', '沙龙', '活动', '比赛', '大赛', '竞赛', '晚会', '开幕式', '闭幕式', '文化节', '艺术节', '亲邻节', '节',
];
const SUFFIX_ALT = [...SUFFIXES].sort((a, b) => b.length - a.length).join('|');
const SUFFIX_END_RE = new RegExp(`(?:${SUFFIX_ALT})$`, 'u');
const NAME_BODY = '[\\u3400-\\u9fff0-9０-９A-Za-z“”‘’"·—\\- ]';

// 召开/举行/举办 NAME
// (the name may be a bare suffix word: `随后召开的座谈会上`; push() still wants three characters)
const VERB_FIRST_RE = new RegExp(`(?:主持召开|召开了|召开|举行了|举行|举办了|举办)(?:的)?(${NAME_BODY}{0,60}(?:${SUFFIX_ALT}))`, 'gu');
// NAME (在X|于X) 召开/举行/…: found from the verb backwards (a forward regex would try every start position)
const HELD_VERB_RE = /(?:隆重|顺利|正式|成功|盛大|圆满)?(?:召开|举行|举办|开幕|启动|开班|闭幕|落幕|落下帷幕|拉开帷幕)/gu;
const CLAUSE_PUNCT = /[，。；,;\n：:]/u;
const TRAILING_TIME_RE = /(?:(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日|昨日|昨天|今天|今日|日前|近日|当天|当日)?(?:上午|下午|晚上|晚间|中午)?$/u;
// `X在NAME上讲话/强调`: a speech placed at the event reports it as held (`…会议上的讲话` is relayed: NOT_HELD_AFTER)
// (found from 上 + the speech verb backwards to the last 在: a forward regex would try every name length)
const SPOKEN_AT_RE = /上(?=[，,]?(?:讲话|致辞|强调|指出|表示|发言|要求|作))/gu;
const NAME_ONLY_RE = new RegExp(`^${NAME_BODY}+$`, 'u');
const OPENER_RE = /(?:^|[，。；,;\n])((?:座谈会|推进会|现场会|现场办公会|见面会|交流会|恳谈会))上/gu;

const NOT_HELD_BEFORE = /(?:学习|传达|贯彻|落实|领会|宣传|研究|审议|筹备|将于|即将|拟于|拟|计划|定于|准备|保障|确保|迎接)[^，。；,;]{0,20}$/u;
/** A name never starts with a particle or verb (`是小学生…比赛` is `是` + a name). */
const BAD_START = /^(?:以|为|是|对|把|将|在|从|向|与|和|及|保障|确保|迎接|并|也|还|又|就)/u;
const NOT_HELD_AFTER = /^(?:精神|上的讲话|筹备|的筹备)/u;

function kindOf(name: string): MeetingKind {
  if (/(?:仪式|典礼|开幕式|闭幕式)$/u.test(name)) return 'ceremony';
  if (/(?:比赛|大赛|竞赛)$/u.test(name)) return 'competition';
  if (/(?:论坛|峰会|沙龙|沙龙活动|研讨会)$/u.test(name)) return 'forum';
  if (/(?:活动|节|晚会)$/u.test(name)) return 'event';
  return 'meeting';
}

/** Trims a verb-after name to its clause: after the last `的`, a leading `本报讯`, date or `我市`. */
function trimLeft(name: string): { name: string; cut: number } {
  let cut = 0;
  const de = name.lastIndexOf('的');
  if (de >= 0) cut = de + 1;
  const lead = /^(?:\s|本报讯|讯|据悉|近日|日前|昨天|昨日|今天|当天|上午|下午|晚上|我市|我县|我区|由)+/u.exec(name.slice(cut));
  if (lead) cut += lead[0].length;
  return { name: name.slice(cut), cut };
}

/** `NAME (在X) 召开`: the clause before the verb at `verbAt`, split at 在/于 when what precedes ends like an event name. */
function nameBeforeVerb(text: string, verbAt: number): { start: number; name: string; placeText: string | null; placeStart: number } | null {
  let clauseStart = Math.max(0, verbAt - 90);
  for (let i = verbAt - 1; i >= clauseStart; i--) if (CLAUSE_PUNCT.test(text[i]!)) { clauseStart = i + 1; break; }
  // `…茶文化节昨日落下帷幕`: a time word between the name and the verb
  const clause = text.slice(clauseStart, verbAt).replace(TRAILING_TIME_RE, '');
  let namePart = clause;
  let placeText: string | null = null;
  let placeStart = -1;
  if (!SUFFIX_END_RE.test(clause)) {
    const at = Math.max(clause.lastIndexOf('在'), clause.lastIndexOf('于'));
    if (at < 0 || verbAt - (clauseStart + at) > 26 || !SUFFIX_END_RE.test(clause.slice(0, at))) return null;
    namePart = clause.slice(0, at);
    if (clause[at] === '在') {
      placeText = clause.slice(at + 1);
      placeStart = clauseStart + at + 1;
    }
  }
  // `县人大常委会召开第N次会议`: before the verb, 常委会 is the body that convenes, not the meeting
  if (/常委会$/u.test(namePart)) return null;
  const { name, cut } = trimLeft(namePart);
  return { start: clauseStart + cut, name, placeText, placeStart };
}

/** Event names reported as taking place, in text order, without duplicates. */
export function findMeetings(text: string): MeetingMention[] {
  const out: MeetingMention[] = [];
  const push = (start: number, raw: string, placeText: string | null = null, placeStart = -1) => {
    const name = raw.trim().replace(/^[“"]|[”"]$/gu, (q) => (raw.split(q).length % 2 === 0 ? '' : q));
    if (name.length < 3 || !SUFFIX_END_RE.test(name) || BAD_START.test(name)) return;
    const s = start + raw.indexOf(name);
    if (NOT_HELD_BEFORE.test(text.slice(Math.max(0, s - 24), s))) return;
    if (NOT_HELD_AFTER.test(text.slice(s + name.length, s + name.length + 5))) return;
    if (out.some((o) => (s < o.end && s + name.length > o.start) || o.name.includes(name))) return;
    out.push({ start: s, end: s + name.length, name, kind: kindOf(name), placeText, placeStart });
  };
  for (const m of text.matchAll(VERB_FIRST_RE)) push(m.index + m[0].indexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(HELD_VERB_RE)) {
    const held = nameBeforeVerb(text, m.index);
    if (held) push(held.start, held.name, held.placeText, held.placeStart);
  }
  for (const m of text.matchAll(OPENER_RE)) push(m.index + m[0].indexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(SPOKEN_AT_RE)) {
    const from = Math.max(0, m.index - 42);
    const at = text.lastIndexOf('在', m.index - 1);
    if (at < from) continue;
    const raw = text.slice(at + 1, m.index);
    if (!NAME_ONLY_RE.test(raw)) continue;
    const t = trimLeft(raw);
    push(at + 1 + t.cut, t.name);
  }
  return out.sort((a, b) => a.start - b.start);
}
