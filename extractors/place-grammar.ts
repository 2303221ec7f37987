/**
 * Places found by suffix grammar rather than the gazetteer: villages and
 * communities, roads, development zones, regions (长三角, …地区, …流域) and
 * named venues (…博物馆, …报告厅, …综合体). Generic words with the same suffix
 * (农村, 道路, 开发区) are rejected by prefix rules, not by lists of names.
 */
import type { PlaceLevel } from '../model/graph.schema.js';
import type { GazEntry } from './gazetteer.js';
import { bookTitleSpans, walkBack } from './name-bounds.js';

/** A place found at `[start, end)` of the text. */
export interface PlaceHit {
  start: number;
  end: number;
  /** As printed. */
  name: string;
  level: PlaceLevel;
  entry?: GazEntry;
  /** How it was found: `full`, `short` (gazetteer) or `grammar`. */
  via: 'full' | 'short' | 'grammar';
}

interface Rule {
  suffix: RegExp;
  level: PlaceLevel;
  minPrefix: number;
  maxPrefix: number;
  /** A gazetteer place ending right before the prefix ends the name (X镇|Y村). */
  placeIsBoundary: boolean;
  badLast: Set<string>;
  badPrefix: RegExp;
  bareOk?: RegExp;
  /** Longer prefixes must start with a place (咸阳高新区), 中国/全国, or a level word (市电子信息产业园). */
  freePrefix?: number;
  /** The name must follow a place directly (某村|某屯). */
  afterPlace?: boolean;
}

const set = (s: string) => new Set([...s]);
const GENERIC_VILLAGE = /^(?:信用|卫生|样板|标杆|星级|模范|红旗|平安|法治|善治|清廉|金融|电商|淘宝|达标|行政|自然|新农|示范|先进|文明|重点|试点|薄弱|贫困|后进|美丽|和谐|绿色|生态|旅游|特色|数字|智慧|未来|城中|城郊|老年|城市|农村|城乡|嘎查|苏木|所在|相关|周边|其他|部分|沿线|结对|帮扶|共建|兄弟|邻近|附近|中心|集体|明星|小康|富裕|宜居|景区|移民|安置|新型|基层|社区|居住|传统|古老|空心|偏远|边远|少数|多数|全国|全省|全市|全县|全镇|全区|各|每|一|该|本|这|那|此)/;
/** A verb before 村/社区 is an action on villages (改善村里环境, 丰富社区生活), not a name. */
const VERB = '(?:改善|解决|确保|丰富|打造|带动|帮助|治理|管理|美化|壮大|扶持|支持|提升|促进|加强|推动|深化|覆盖|惠及|走遍)';
/** 农村社区, 城市社区: a kind of community, whatever comes before it. */
const GENERIC_KIND_END = '(?:农村|城市|城乡|城镇|乡村)$';
const BAD_VILLAGE = new RegExp(`${GENERIC_VILLAGE.source}|^${VERB}|${VERB}$|${GENERIC_KIND_END}`);
const GENERIC_ROAD = /(?:道|思|出|销|财|活|线|网|公|铁|水|套|门|走|一|新|老|全|去|来|后|前|马|之|小|大|长|远|正|歧|上|下|回|近|弯|邪|险|生|末|退|陆|外|闭|电|心|开|让|修|铺|带|引|领|找|问|同|半|山|商业|步行|高速|快速|环|国|省|县|乡|村|通|筑|好|的|条|段|多|各|丝绸|发展|振兴|富裕|致富|幸福|成长|奋斗|创新|改革|转型|现代化|特色|必由|康庄)$/;
const GENERIC_ZONE = /(?:^|[个些各该本等级型类])$|^(?:电商|物流|商贸|农业|工业|科技|创业|文创|智慧|数字|现代农业)$|^(?:各|全|该|本|所在|相关|其他|国家|省级|市级|县级|一批|一个|两个|多个|若干|现代|新型|特色)$/;

const GENERIC_VENUE = /^(?:农村|文旅|农旅|商旅|商业|康养|公墓|烈士|千年|古老|历史文化|病险|山塘|小型|中型|小一型|小二型|生态|文化|历史|城市|科技|民俗|红色|综合|主题|数字|农业|乡村|村级|镇级|社区|党建|城乡|现代|市民|体育|休闲|文体|人民|中心|湿地|郊野|森林|口袋|街心|儿童|小型|大型|新建|各|全|该|本|这|那|此)$/;

const RULES: Rule[] = [
  { suffix: /(?:村|社区)(?![庄落镇寨委务级干部貌容情史规约风]|民(?!宿))/g, level: 'village', minPrefix: 2, maxPrefix: 4, placeIsBoundary: true,
    badLast: set('个些各全该本每两几多等农乡渔邻同进驻到入出整型聚化建设治理务管强优融共'), badPrefix: BAD_VILLAGE },
  // Mongolian 嘎查 names run longer (巴彦乌拉嘎查); a hamlet (屋场, 屯) below a village, but not the 屋场会 held there
  { suffix: /嘎查(?![村委务级干])/g, level: 'village', minPrefix: 2, maxPrefix: 6, placeIsBoundary: true,
    badLast: set('个些各全该本每两几多等'), badPrefix: BAD_VILLAGE },
  { suffix: /屋场(?![会夜])/g, level: 'village', minPrefix: 2, maxPrefix: 3, placeIsBoundary: true,
    badLast: set('个些各全该本每两几多等驻'), badPrefix: BAD_VILLAGE },
  // 屯 also ends words (驻屯, 屯屯通): a 屯 only right after its village or town (某村坡头屯)
  { suffix: /屯(?![田兵垦积粮子屯级组长里内])/g, level: 'village', minPrefix: 2, maxPrefix: 3, placeIsBoundary: true,
    badLast: set('个些各全该本每两几多等驻'), badPrefix: new RegExp(`^(?:该|本|这|每|各|全)|^${VERB}|${VERB}$`, 'u'), afterPlace: true },
  { suffix: /(?:大道|大街|路|街)(?![道头边上面口区巷灯段网线况径费径子])/g, level: 'other', minPrefix: 2, maxPrefix: 4, placeIsBoundary: true,
    badLast: set('个些各全该本每两几多等'), badPrefix: new RegExp(`${GENERIC_ROAD.source}|^(?:各|全|每|该|本|所有|有关|相关)`, 'u') },
  // a named port or wharf (某某港, 某某码头): two or three characters of its own, not a kind (渔港, 自贸港) nor a move (进港, 离港)
  { suffix: /港(?![口区务澳台币资股商城湾])/g, level: 'other', minPrefix: 2, maxPrefix: 3, placeIsBoundary: true,
    badLast: set('个些各该本等的座进出离到抵入停返靠驶回在香'), badPrefix: /^(?:渔|军|商|空|海|内|外|良|深水|内河|沿海|国际|自贸|保税|自由贸易|一|各|该|本)$|贸易$|^(?:各|该|本|这|那|此)/u },
  // Policy labels (共同富裕示范区, 改革试验区) are zones only when a place names them.
  { suffix: /(?:示范区|试验区|先行区|先导区)/g, level: 'zone', minPrefix: 2, maxPrefix: 10, placeIsBoundary: false, badLast: set('个些各该本等级型类的'),
    badPrefix: GENERIC_ZONE, freePrefix: 0 },
  { suffix: /(?:经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|工业开发区|开发区|高新区|经开区|综合保税区|保税区|工业园区|工业园|产业园区|产业园|科技园|物流园区|物流园|港务区|经济区|示范园区|示范园|自贸区|新区|科技城|科学城|商务区)/g,
    level: 'zone', minPrefix: 1, maxPrefix: 10, placeIsBoundary: false, badLast: set('个些各该本等级型类的'), badPrefix: GENERIC_ZONE,
    bareOk: /^综合保税区$/, freePrefix: 2 },
  { suffix: /(?:文化活动中心|文化中心|党群服务中心|会议室|会议中心|礼堂|博物馆|纪念馆|展览馆|美术馆|科技馆|图书馆|文化馆|体育馆|报告厅|展示中心|综合体|地质公园|湿地公园|生态公园|公园|广场|风景区|景区|陆港|茶城|古镇|大剧院|会展中心|体育中心|体育场|古城|烈士陵园|陵园|纪念园|纪念碑|国际机场|机场|火车站|高铁站|客运站|客运中心|码头|大桥|旧址|遗址|故居|古寺|古堡|祠堂|影剧院|剧院|农业园|生态园|观光园|采摘园|博园|植物园|动物园|旅游区|度假区|水库)/g,
    level: 'other', minPrefix: 2, maxPrefix: 10, placeIsBoundary: false, badLast: set('个些各该本等级型类的'), badPrefix: GENERIC_VENUE,
    freePrefix: 3 },
  // a wetland named by a place word or two (某某滩湿地), not 保护湿地 or 国家湿地
  { suffix: /湿地(?![公保])/g, level: 'other', minPrefix: 2, maxPrefix: 4, placeIsBoundary: true,
    badLast: set('个些各该本等的片块处'), badPrefix: /^(?:守护|呵护|保护|修复|建设|恢复|湖泊|河流|河湖|国家|省级|市级|城市|人工|自然|天然|重要|滨海|沿海|高原|退化|生态|一片|大片)|(?:守护|呵护|保护|修复|建设|恢复)好?$|好$/u },
  // a temple is named by two or three characters before 寺 (白马寺); 清真寺 and 佛寺 are kinds, not names
  { suffix: /寺(?![庙院里内外])/g, level: 'other', minPrefix: 2, maxPrefix: 3, placeIsBoundary: true,
    badLast: set('个些各该本等的座'), badPrefix: /^(?:清真|佛|古|寺)|^(?:一座|这座|那座|各|该)/u },
];

const MEASURE = new Set([...'个座条家所处名位批只户']);
const ACTIVITY_AFTER = /^(?:治理|建设|服务|工作|管理|发展|党建)/u;
/** A number and a measure word count things (三个试点村, 两座公园): no name starts so. */
const COUNTED = /^[0-9一二三四五六七八九十百两几多]+[个座条家所处名位批只户]/u;

const PROVINCE_ABBR = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁新港澳台';
/** Parts of the world papers sell to and trade with (general geography). */
const WORLD_REGIONS = '东南亚|东北亚|(?<!东)南亚|中亚|(?<![来尼利])西亚|中东欧|中东(?![部北南])|北非|非洲|欧洲|东欧|西欧|北欧|拉美|拉丁美洲|北美|南美|大洋洲|亚太|东盟国家|一带一路沿线国家';
/** China's great mountain ranges whose 山区 is a region (general geography): 太行山区, 大别山区. */
const MOUNTAINS = '太行|大别|秦巴|武陵|乌蒙|六盘|吕梁|燕山|罗霄|大巴|大凉|小凉|祁连|伏牛|桐柏|沂蒙|井冈|武夷|雪峰|秦岭|巫山|大兴安岭|小兴安岭|长白|天山|昆仑|太岳|中条|贺兰|阴山|横断|十万大|苗岭|哀牢|大瑶|九万大|幕阜|黄山|天目|雁荡|括苍|戴云|南岭|云开|五指';

/** Well-known named regions (general geography, not from any article). */
const REGION = new RegExp(
  `(?:长三角|珠三角|京津冀|粤港澳大湾区|大湾区|长江经济带|黄河流域|成渝|长株潭|关中平原|北部湾|海峡西岸|环渤海|${WORLD_REGIONS})(?:地区|区域|城市群)?|(?:${MOUNTAINS})山区|[${PROVINCE_ABBR}]{2,3}(?:毗邻|周边|沿边)?(?:地区|区域|城市群)|[河江湖溪水川]流域`, 'g');
const ONLY_ABBR = new RegExp(`^[${PROVINCE_ABBR}]+$`);

/** Verbs of motion that end a place name when walking back (先后到巴彦乌拉嘎查): no place name starts with them. */
const MOTION = new Set([...'到赴往抵']);
/** …and verbs of learning or seeing that the shared stop words do not hold (学习了解某村经验). */
const SEEING = new Set(['了解', '学习', '观摩', '查看', '察看']);
const motionStop = (text: string, j: number): boolean | 'pass' => {
  if (MOTION.has(text[j - 1] ?? '') || (j >= 2 && SEEING.has(text.slice(j - 2, j)))) return true;
  return clauseInitialName(text, j - 1) ? 'pass' : false;
};

/**
 * 和, 都 and 于 open a clause only as the first character of a name (和平村…, 都昌县…, 于都县…): as a
 * conjunction or an adverb they need something before them in the clause.
 */
export function clauseInitialName(text: string, at: number): boolean {
  return '和都于'.includes(text[at] ?? '#') && (at === 0 || /[\s，。；：！？、,.;:!?（）()“”「」]/u.test(text[at - 1]!)) && /[\u4e00-\u9fff]/u.test(text[at + 1] ?? '');
}

function prefixStart(text: string, at: number, rule: Rule, placeEnds: Set<number>): number {
  return walkBack(text, at, rule.maxPrefix, rule.placeIsBoundary ? placeEnds : undefined, false, motionStop);
}

/**
 * Hits of one rule. A village whose last prefix character reads like a verb (上长治村: 治) is kept
 * aside in `doubtful`: it is a name only in a list next to other villages.
 */
function ruleHits(text: string, rule: Rule, placeEnds: Set<number>, placeStarts: Set<number>, doubtful: PlaceHit[], gazHits: PlaceHit[] = []): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of text.matchAll(rule.suffix)) {
    const end = m.index + m[0].length;
    let start = prefixStart(text, m.index, rule, placeEnds);
    if (start < 0) continue;
    // the walk stopped inside a county's or town's name (都 of 于都县): the name starts with the whole unit
    const unit = gazHits.find((h) => h.start < start && start < h.end && h.end <= m.index);
    if (unit) start = unit.start;
    const prefix = text.slice(start, m.index);
    // a one-character village right after its town (`罕井镇马村`) is a name; elsewhere 马村 could be any word
    const shortVillage = rule.level === 'village' && prefix.length === 1 && m[0] === '村' && placeEnds.has(start);
    // a venue of a level (`区文化中心`, `县体育馆`) needs no more prefix than the level character
    const levelVenue = rule.level === 'other' && rule.freePrefix !== undefined && prefix.length === 1 && '省市县区镇乡'.includes(prefix);
    if (prefix.length === 0 ? !rule.bareOk?.test(m[0]) : prefix.length < rule.minPrefix && !shortVillage && !levelVenue) continue;
    // after its town, 那 starts a Zhuang name (某镇那坡村), it is not the demonstrative
    const zhuang = prefix.length >= 2 && prefix[0] === '那' && placeEnds.has(start) && !rule.badPrefix.test(prefix.slice(1));
    if (prefix && ((rule.badPrefix.test(prefix) && !zhuang) || COUNTED.test(prefix))) continue;
    if (rule.afterPlace && !placeEnds.has(start)) continue;
    // 某县社区治理, 某镇农村建设: a county's or town's communities as a whole, not one named 社区
    if (rule.level === 'village' && placeStarts.has(start) && placeEnds.has(m.index) && ACTIVITY_AFTER.test(text.slice(end, end + 2))) continue;
    // after a number a measure word counts things (`28个行政村`, `3座公园`), it starts no name
    if (MEASURE.has(prefix[0] ?? '') && /[0-9０-９一二三四五六七八九十百两几多]/u.test(text[start - 1] ?? '')) continue;
    const level = rule.level === 'village' && m[0] === '社区' ? 'community' : rule.level;
    const hit: PlaceHit = { start, end, name: text.slice(start, end), level, via: 'grammar' };
    if (rule.freePrefix !== undefined && prefix.length > rule.freePrefix && !placeStarts.has(start) && !/^(?:中国|全国|[省市县区镇])/.test(prefix) && !(MEMORIAL.test(m[0]) && VISITED_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) {
      doubtful.push(hit); // a long name is taken only in a list of places (某某景区、某某山国家森林公园)
      continue;
    }
    if (!prefix || !rule.badLast.has(prefix.slice(-1))) out.push(hit);
    else if (rule.level === 'village' && prefix.length >= 3) doubtful.push(hit);
  }
  return out;
}

/**
 * Doubtful hits printed in a 、-list right next to a place of their kind: a village next to a
 * village (凤坂村、上长治村), a long-named venue or zone next to a venue or zone.
 */
function listedVillages(text: string, doubtful: PlaceHit[], hits: PlaceHit[]): PlaceHit[] {
  const kind = (h: PlaceHit) => (h.level === 'village' || h.level === 'community' ? 'village' : h.level === 'other' || h.level === 'zone' ? 'site' : '');
  const ends = new Map(hits.map((h) => [h.end, kind(h)] as const));
  const starts = new Map(hits.map((h) => [h.start, kind(h)] as const));
  return doubtful.filter((h) => {
    const k = kind(h);
    return (text[h.start - 1] === '、' && ends.get(h.start - 1) === k) || (text[h.end] === '、' && starts.get(h.end + 1) === k);
  });
}

/** Memorial sites, whose names run long (某某军某某纪念馆), and the verbs that make one the object of a visit. */
const MEMORIAL = /^(?:纪念馆|烈士陵园|陵园|纪念园|纪念碑|旧址|故居|博物馆|展览馆)$/u;
const VISITED_BEFORE = /(?:来到|走进|参观了?|瞻仰了?|前往|抵达|到|赴)$/u;

/** Cheap pre-check: most articles name no region, and the region pattern is slow on common characters. */
const REGION_HINT = /地区|区域|城市群|流域|三角|京津冀|大湾区|经济带|成渝|长株潭|关中平原|北部湾|海峡西岸|环渤海|山区|[南中西北]亚|亚太|中东|非洲|北非|欧|拉美|拉丁美洲|[北南]美|大洋洲|东盟|一带一路|[国省]道/;
/** An expressway's name before 高速: the abbreviations of its two ends (甲乙高速) or its line (西线高速); not 高速发展. */
const EXPRESSWAY = /高速(?:公路)?(?!发展|增长|运转|运行|列车|动车|铁路|推进|前进|扩张|成长|度|化|率)/gu;
const LINE = /^(?:[东西南北中][线环]|绕城|环城|沿江|沿海|机场)$/u;
/** Two characters before 高速 that are a verb or a generic word, not two abbreviations (保持高速, 实现高速). */
const NOT_ENDS = /^[这那该此本一各每两几多全]|[条段]$|^(?:实现|保持|继续|进入|迈向|经济|发展|持续|一直|始终|全面|城际|智慧|国家|全国|全省|全市|全县|建设|修建|新建|开通|通往|连接|乘坐|驶入|驶离|下了|上了|走上|沿着|途经)$/u;
const ROAD_BEFORE = new Set([...'经沿走上下由从往至到达入在的与和、，。；：（ ']);

function expresswayHits(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  if (!text.includes('高速')) return out;
  for (const m of text.matchAll(EXPRESSWAY)) {
    const at = m.index;
    const three = text.slice(at - 3, at);
    const two = text.slice(at - 2, at);
    let s = -1;
    if (at >= 3 && new RegExp(`^[${PROVINCE_ABBR}]{3}$`, 'u').test(three) && (at === 3 || ROAD_BEFORE.has(text[at - 4]!))) s = at - 3;
    else if (at >= 2 && (LINE.test(two) || (/^[\u4e00-\u9fff]{2}$/u.test(two) && !NOT_ENDS.test(two) && (at === 2 || ROAD_BEFORE.has(text[at - 3]!) || !/[\u4e00-\u9fff]/u.test(text[at - 3]!))))) s = at - 2;
    if (s >= 0) out.push({ start: s, end: at + m[0].length, name: text.slice(s, at + m[0].length), level: 'other', via: 'grammar' });
  }
  return out;
}

/** The building an event is held in (在县某某艺术中心举行): a place, whatever its name's head. */
const EVENT_VENUE = /在((?:[省市县区镇乡]|[\u4e00-\u9fff]{2,6}[省市县区镇乡])[\u4e00-\u9fff]{2,10}?(?:中心|馆|宫|剧院|礼堂|会堂|大厦))(?:隆重|盛大|正式)?(?:举行|召开|举办|开幕|启幕)/gu;

function eventVenueHits(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of text.matchAll(EVENT_VENUE)) out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, name: m[1]!, level: 'other', via: 'grammar' });
  return out;
}

/** Numbered national and provincial roads (国道G318, G318国道, 省道S215, 318国道). */
const NUMBERED_ROAD = /[国省]道\s?[GS]?\d{2,4}|[GS]\d{2,4}(?:国道|省道|线)|\d{3}[国省]道/gu;

function regionHits(text: string, placeEnds: Set<number>): PlaceHit[] {
  const out: PlaceHit[] = [];
  if (!REGION_HINT.test(text)) return out;
  for (const m of text.matchAll(REGION)) {
    const name = m[0];
    // Bare pairs of province abbreviations (苏浙) need 地区/区域 to be a place.
    if (ONLY_ABBR.test(name)) continue;
    const start = m.index;
    let s = start;
    if (/流域$/.test(name)) {
      const w = walkBack(text, start + name.length - 2, 4, placeEnds);
      s = w >= 0 ? w : Math.max(0, start + name.length - 5); // unknown start: a river's name is mostly two characters + 河/江
      if (s > start + name.length - 4) continue;
    }
    out.push({ start: s, end: start + name.length, name: text.slice(s, start + name.length), level: 'other', via: 'grammar' });
  }
  for (const m of text.matchAll(NUMBERED_ROAD)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], level: 'other', via: 'grammar' });
  return out;
}

/** Grammar places of `text`, given the gazetteer hits already found (their ends bound village and road names). */
export function grammarPlaces(text: string, gazHits: PlaceHit[]): PlaceHit[] {
  const placeEnds = new Set(gazHits.map((h) => h.end));
  const placeStarts = new Set(gazHits.map((h) => h.start));
  const out: PlaceHit[] = [];
  const doubtful: PlaceHit[] = [];
  for (const rule of RULES) {
    const hits = ruleHits(text, rule, placeEnds, placeStarts, doubtful, gazHits);
    out.push(...hits);
    // a village or 社区 found here may name a venue of the next rules (`某社区党群服务中心`) or end before a hamlet (`某村胡家屋场`)
    for (const h of hits) {
      if (h.level !== 'village' && h.level !== 'community') continue;
      placeStarts.add(h.start);
      placeEnds.add(h.end);
    }
  }
  out.push(...listedVillages(text, doubtful, out));
  out.push(...regionHits(text, placeEnds), ...expresswayHits(text), ...eventVenueHits(text));
  return out;
}

/** A quoted honour (“某县劳动模范”, “某市优秀共产党员”): the place in it is part of the title. */
const HONOUR = /“[^“”\n]{2,30}?(?:劳动模范|劳模|先进工作者|先进个人|先进集体|标兵|能手|之星|优秀共产党员|优秀党务工作者|好人|红旗手|五一劳动奖章|青年五四奖章|道德模范|文明家庭|最美[^“”\n]{1,6})”/gu;

/** A quoted brand (擦亮“某某夏菜”品牌): the place names the product, it does not stand alone. */
const BRAND = /“[^“”\n]{2,16}”(?=品牌|牌|商标|系列产品)/gu;

/** Spans inside which places are not separate places (《document titles》, quoted honours and brands). */
export function quotedTitleSpans(text: string): Array<[number, number]> {
  const out = bookTitleSpans(text);
  if (!text.includes('“')) return out;
  for (const m of text.matchAll(HONOUR)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(BRAND)) out.push([m.index, m.index + m[0].length]);
  return out;
}
