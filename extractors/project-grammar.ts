/**
 * The suffix grammar of project names (…工程, …项目, …行动, …平台, …计划,
 * …建设, …大赛, …基地, …车间 …), the quote rules of the gold format (quotes around
 * the whole name dropped, quotes inside kept) and the generic prefixes that
 * make such a word an ordinary noun (重点项目, 党风廉政建设).
 */
import { isCjk, STOP_CHARS, STOP_WORDS } from './name-bounds.js';
import { clauseInitialName } from './place-grammar.js';

/** Project endings, longest first, with the project kind they suggest and the shortest name part before them. */
export const PROJECT_SUFFIXES: Array<[string, string, number]> = [
  ['专项行动', 'campaign', 2], ['提升工程', 'construction', 2],
  ['工程', 'construction', 2], ['项目', 'construction', 4], ['行动', 'campaign', 2], ['平台', 'platform', 3], ['计划', 'programme', 3],
  ['建设', 'construction', 4], ['大赛', 'competition', 3], ['竞赛', 'competition', 4], ['基地', 'construction', 3], ['产业园', 'construction', 3],
  ['示范带', 'construction', 3], ['示范点', 'construction', 3], ['打卡点', 'construction', 3], ['特训班', 'programme', 2], ['培训班', 'programme', 3],
  ['训练营', 'programme', 3], ['车间', 'construction', 4], ['讲堂', 'programme', 3], ['工作法', 'programme', 3], ['直通车', 'platform', 3],
  ['改造', 'construction', 4], ['创建', 'campaign', 4],
  ['一期', 'construction', 2], ['二期', 'construction', 2], ['三期', 'construction', 2], ['四期', 'construction', 2],
];

export const SUFFIX_RE = new RegExp(PROJECT_SUFFIXES.map(([s]) => s).join('|'), 'g');
export const KIND_OF = new Map(PROJECT_SUFFIXES.map(([s, k]) => [s, k]));
export const MIN_PREFIX = new Map(PROJECT_SUFFIXES.map(([s, , n]) => [s, n]));

/** What may follow each ending for it to end a name (建设管理工作会议: 建设 is no name end). */
export const BAD_NEXT = /^(?:主任|工人|管理|工作会|部(?!署)|师|院|局|队|库|者|性|化|生|员|书|表|期|会议|领域|量)/;

/** A renovation (…改造) is a work when it names what is renovated (危旧土坯房改造, 老旧小区改造), not 旧村改造. */
export const RENOVATED_END = /(?:房|屋|小区|棚户区|城中村|街区|街巷|管网|厕所|校舍|道路|桥梁|码头|厂房|片区|老街|立面|线路|电网)$/u;
/** A campaign to win a title (文明村镇创建工作) names the kind of place it is for. */
export const CREATED_END = /(?:村|村镇|乡镇|城市|县城|单位|社区|家庭|校园|乡村)$/u;

/** Facility words a work's name may end with (…文化宫, …大桥, …公园). */
export const FACILITY_END = /(?:宫|馆|院|院区|园|楼|桥|隧道|站|厂|中心|广场|大道|公路|铁路|水库|小区|医院|学校|中学|小学|幼儿园|综合体|电站)$/u;

/** A phase (二期) ends a name only after a site word (科创园二期), not in 二期工程 or 第二期. */
export const PHASE_SITE = /[园区城厂馆楼港桥地台]$/;

/** Prefix endings that make the suffix generic (重点项目, 该工程, 亿元以上项目, 各类平台; not 提质升级行动, 数字化转型项目). */
export const GENERIC_END = /(?:^|[个类批些项等的该本此这那其份月好]|(?<!升)级|(?<!转)型)$|(?:[东西南北两]侧|周边|附近|一带|境内|辖区内|重点|产业|签约|开工|在建|(?<![站厂馆楼路桥线所园])新建|续建|招商|引资|季度|实事|投资|工业|民生|基础设施|以上|以下|亿元|万元|配套|相关|有关|各类|各项|一批|这些|多个|主要|整体|全面|数字化|信息化|工作|发展|五年|年度|本次|此次|今年|去年|明年|总体|推进|实施|帮扶|合作|优质|大型|重大|省级|市级|县级|国家级|试点|先进|后续|精品|品牌|项目|工程|交流|创新|创业|主体|附属|土建|路基|桥面|土方|第)$|^(?:一期|二期|三期|子|分|总|好|小|大)$/;

/**
 * Prefixes made only of generic words name no project (重点建设项目, 提升改造工程, 在建续建项目): a
 * name needs a place, a firm, a product or a facility of its own.
 */
export const GENERIC_ONLY = /^(?:重点|重大|建设|在建|新建|续建|新开工|开工|竣工|投产|签约|主体|配套|附属|土建|改造|提升|改扩建|扩建|新增|基础设施|民生|产业|招商|引资|市级|县级|省级|区级|国家级|年度|全年|一批|储备|谋划|前期|后续|整体|部分|其他|各类|各项|相关|有关|大型|中型|小型)+$/u;

/** Whole prefixes of 建设 that name ongoing work, not a project (党风廉政建设). */
export const GENERIC_BUILD = /^(?:数字政府|法治政府|法治|平安|组织|党的|政治|思想|人才|信用|城乡规划|标准化|规范化|现代化|信息化|数字化)$|(?:经济圈|经济带|一体化|先行区|示范区|队伍|设施|机制|文化|新农村|体系|制度|作风|阵地|能力|党建|班子|文明|廉政|团队|组织|政治|标准)$/;

/** Words before a project name that are not part of it (the project walker's extra stops). */
export const PROJECT_STOPS = new Set(['建设', '用于', '打造', '实施', '共建', '实现', '力争', '跑出', '谋划', '树立', '确保', '招引', '争取', '储备',
  '包装', '保障', '助力', '服务', '支撑', '融入', '负责', '承担', '承建', '紧盯', '盯紧', '抢抓', '抓住', '突出', '坚持', '重视', '注重', '发起', '组建', '开设', '设立', '建立', '构建', '搭建', '共搭', '打通',
  '用好', '了解', '研究', '督查', '督导', '完善', '健全', '宣传', '学习', '结合', '依托', '眼下', '目前', '当前', '如今', '现在', '全力', '加速', '持续', '不断', '着力', '着眼', '以及', '启动', '参加', '通过',
  // verbs of reporting and announcing that take a project as object (宣布X项目开工, 逐一汇报项目进展)
  '宣布', '汇报', '解决', '逐一', '切实', '查看', '观摩', '见证', '介绍']);
const NAME_END_VERBS = new Set(['打造', '建设', '实施', '提升', '改造', '振兴', '服务', '保障']);
const END_VERB_CHAIN = new RegExp(`^(?:${[...NAME_END_VERBS].join('|')})*$`, 'u');
const PROJECT_STOP_CHARS = new Set([...'自让']);
/** 自 is a preposition (自2020年起, 自开工以来), not a name's own (蒙自, 自动化, 自贸区), when a time follows. */
const SINCE_AFTER = /^(?:\d|[^，。；]{0,20}?(?:以来|至今|[年月日号]起|开始))/u;
/** Facility characters that turn a preceding verb into part of a noun (储备库, 服务站, 加工厂). */
const NOUN_AFTER_VERB = new Set([...'库站厂馆仓']);

/** What follows the 至 of a route's name: the far end and the kind of line (…至乙地高速公路). */
const ROUTE_AFTER = /^[\u4e00-\u9fff]{2,8}?(?:高速公路|高速铁路|城际铁路|铁路|公路|高速|快速路|快速通道|国道|省道|干线|管道|输水线路|输电线路)/u;

const OPEN = new Set(['“', '‘', '「']);
const CLOSE: Record<string, string> = { '”': '“', '’': '‘', '」': '「' };

/**
 * Walks back from `end` over a project name: CJK, digits, `·`, and balanced
 * quoted parts (青年人才“1234”培养计划). An unmatched opening quote ends
 * the name (it quotes the whole name). -1 when no boundary within `maxLen`.
 */
export function projectStart(text: string, end: number, maxLen: number): number {
  let j = end;
  while (j > 0) {
    const c = text[j - 1]!;
    if (CLOSE[c]) {
      const open = text.lastIndexOf(CLOSE[c]!, j - 2);
      if (open < 0 || j - open > 16) return j;
      j = open;
      continue;
    }
    if (OPEN.has(c)) return j;
    if (!(isCjk(c) || /[0-9A-Za-z·]/.test(c))) return j;
    // 和平村…, 都昌县…: a clause's first character is the name's own
    if (clauseInitialName(text, j - 1)) { j--; continue; }
    // `发展和和美乡村建设`: of two 和 the first is the conjunction, the second starts the name (和美)
    if (c === '和' && text[j - 2] === '和') return j - 1;
    // 变 stops a name (变为, 变成) but not in 变电站/变电所
    // 自 stops a name (自…以来) but not in 蒙自 or 自动化 (自动化生产车间)
    // 至 stops a name (至今) but not a route's (S21甲地至乙地高速公路)
    // 当地 is the sentence's (了解当地X改造), never the name's
    if (c === '当' && text[j] === '地') return j + 1;
    if ((STOP_CHARS.has(c) && !(c === '变' && text[j] === '电') && !(c === '至' && ROUTE_AFTER.test(text.slice(j, end)))) || (PROJECT_STOP_CHARS.has(c) && !(c === '自' && !SINCE_AFTER.test(text.slice(j, end))))) return j;
    // At the very end the two characters may be the name's own (林埭铁军打造|工程).
    const w = text.slice(j - 2, j);
    // a verb before a facility word is a compound noun of the name (储备库, 服务站), not a stop, nor is
    // 包装 of 包装材料 (packaging, not preparing a project)
    const compound = (NOUN_AFTER_VERB.has(text[j] ?? '') && j < end) || (w === '包装' && /^[材盒袋箱纸膜印]/u.test(text[j] ?? ''));
    // …and so may a chain of them (某景区提升改造|工程)
    if (j >= 2 && !compound && (STOP_WORDS.has(w) || PROJECT_STOPS.has(w)) && !(NAME_END_VERBS.has(w) && END_VERB_CHAIN.test(text.slice(j, end)))) return j;
    // `X竞赛暨Y大赛`, `X示范村暨Y创建`: two names joined by 暨 are one, as long as both
    if (c === '暨') maxLen += 14;
    if (end - j >= maxLen) return -1;
    j--;
  }
  return j;
}

/** Drops leading words that belong to the sentence, not the name (2020年, 我市, 全县, 近年来, 甲乙两地). */
export function trimLead(name: string): string {
  return name.replace(/^(?:我|全|本|该|此|这)[市县区镇乡村省次]|^(?:当地|各地|本地|外地)/, '').replace(/^\d{2,4}年度?/u, '')
    .replace(/^(?:近[几些]?年来?|多年来|近期|近来|[\u4e00-\u9fff]{1,4}?[两三四几多]地(?=[\u4e00-\u9fff]{4}))/u, '');
}
