/**
 * The suffix grammar of organisation names: which endings make a body
 * (…有限公司, …局, 市委, …妇联), what kind of body each is, and which
 * prefixes turn the ending into an ordinary word (格局, 举办, 中小学).
 */
import type { OrgKind } from '../model/graph.schema.js';

/** An organisation found at `[start, end)`. */
export interface OrgHit {
  start: number;
  end: number;
  name: string;
  kind: OrgKind;
  /** Full name with the abbreviation expanded and the region filled in, when it differs from `name`. */
  canonical: string | null;
  /** The printed form when `name` drops a term number (县十七届人大常委会 → 县人大常委会). */
  printed?: string;
}

export interface OrgSuffix {
  suffix: string;
  kind: OrgKind;
  /** Printed alone it is still a named body (妇联, 技师学院, 市委). */
  bare?: boolean;
  /** The name must start with a place or a level character (县人大, 市政府). */
  needsPlace?: boolean;
  /** Prefix characters after which the ending is an ordinary word (格局 → 格). */
  badLast?: string;
  /** Characters right after the ending that make it an ordinary word (办理 → 理). */
  badNext?: string;
  maxPrefix?: number;
  minPrefix?: number;
  /** Prefix endings that make the name a facility or site, not a body (冷链物流中心 is a building). */
  facility?: RegExp;
  /** Printed alone it is a body only when this follows (政协主席, not 政协委员). */
  bareNext?: RegExp;
  /** The ending names a body only when its head's post follows (某某处处长, 某某科科长). */
  needNext?: RegExp;
  /** A body only in a 、-list next to other bodies (某某奶制品加工车间 among ranches and firms). */
  listOnly?: boolean;
  /** Prefixes that make the name an activity or a class (发展家庭农场, 示范家庭农场). */
  badPrefix?: RegExp;
}

const s = (suffix: string, kind: OrgKind, o: Omit<OrgSuffix, 'suffix' | 'kind'> = {}): OrgSuffix => ({ suffix, kind, ...o });
const LEVEL_BODY = { needsPlace: true, maxPrefix: 8 };

/**
 * A 中心 that stores, ships, sorts, trades or shows goods is a facility (冷链物流中心, 农产品交易中心),
 * not a body; 公共资源交易中心 and 产权交易中心 are public bodies.
 */
const FACILITY_CENTRE = /(?:物流|仓储|冷链|冷库|分拣|配送|集散|展销|展示|体验|加工|储运|冷藏|购物|(?<!资源|产权)交易)$/u;

/** Verbs and classes before a farm (发展家庭农场, 示范家庭农场, 夏季牧场) make no farm's name. */
const FARM_NOT_NAME = /发展|培育|扶持|创办|建设|新建|组建|支持|带动|引导|鼓励|规范|大力|积极|^(?:示范|各类|新型|省级|市级|县级|国家级|国有|集体)|(?:示范|夏季|冬季|春季|秋季|季节|国有|集体|天然|草原|高山)$/u;

/** Longest first within the alternation (built below). */
export const ORG_SUFFIXES: OrgSuffix[] = [
  s('股份有限公司', 'enterprise', { maxPrefix: 16 }), s('有限责任公司', 'enterprise', { maxPrefix: 16 }),
  s('有限公司', 'enterprise', { maxPrefix: 16 }), s('集团公司', 'enterprise', { maxPrefix: 12 }),
  s('公司', 'enterprise', { maxPrefix: 12, badLast: '家个些各该本类型级的子母分总营' }),
  s('集团', 'enterprise', { maxPrefix: 12, badLast: '家个些各该本类型级的大小' , badNext: '化军' }),
  s('专业合作社', 'enterprise', { maxPrefix: 16 }), s('合作社', 'enterprise', { maxPrefix: 14, badLast: '家个些各该本类型级的', badPrefix: /^(?:大力|积极|加快)?(?:发展|培育|扶持|壮大|规范|组建|领办|创办|支持)|^(?:农民|专业|农业|村级|集体|股份|新型)$/u }),
  s('项目部', 'enterprise', { maxPrefix: 10 }),
  s('分行', 'bank', { maxPrefix: 14 }), s('支行', 'bank', { maxPrefix: 14 }),
  s('银行', 'bank', { maxPrefix: 8, badLast: '家个些各该本类型级的业作镇营有性找' }), s('信用社', 'bank', { maxPrefix: 8 }), s('农商行', 'bank', { maxPrefix: 8 }),
  s('人民代表大会', 'congress', { ...LEVEL_BODY, badNext: '代常第' }),
  s('人大常委会', 'congress', LEVEL_BODY), s('常委会', 'party', LEVEL_BODY),
  // a township congress has no standing committee: its 人大主席团 is named bare (乡党委、乡政府和人大主席团)
  s('人大主席团', 'congress', { bare: true, maxPrefix: 8 }), s('主席团', 'congress', { needsPlace: true, maxPrefix: 14 }),
  s('人大', 'congress', { ...LEVEL_BODY, badNext: '代一二三四五六七八九十', badLast: '办' }), s('政协', 'cppcc', { ...LEVEL_BODY, badNext: '委', badLast: '办', bare: true, bareNext: /^(?:副?主席|党组|秘书长)/u }),
  s('人民法院', 'court', LEVEL_BODY), s('法院', 'court', LEVEL_BODY), s('人民检察院', 'court', LEVEL_BODY), s('检察院', 'court', LEVEL_BODY),
  s('人民政府', 'government', LEVEL_BODY), s('政府', 'government', { ...LEVEL_BODY, badNext: '工性' }),
  s('办公室', 'government', { maxPrefix: 10, badLast: '个些各该本的', badPrefix: /^[局委厅部院所处科室]$/u }), s('管委会', 'government', { bare: true, maxPrefix: 10 }),
  s('领导小组', 'other', { maxPrefix: 14 }), s('执委会', 'other', { maxPrefix: 12 }),
  s('委员会', 'other', { maxPrefix: 14, badLast: '个些各该本的' }),
  s('书记处', 'party', { maxPrefix: 4 }), s('党中央', 'party', { bare: true }),
  s('党总支', 'party', LEVEL_BODY), s('党支部', 'party', LEVEL_BODY), s('党工委', 'party', LEVEL_BODY), s('工委', 'party', { ...LEVEL_BODY, badLast: '党农教团' }), s('党委', 'party', LEVEL_BODY),
  s('纪委', 'party', LEVEL_BODY), s('监委', 'party', { bare: true, maxPrefix: 6 }),
  // a prefecture's party committee and its administrative office (某某地委, 行署)
  s('地委', 'party', LEVEL_BODY), s('行署', 'government', { bare: true, maxPrefix: 6 }),
  s('组织部', 'party', { bare: true, maxPrefix: 8 }), s('宣传部', 'party', { bare: true, maxPrefix: 8 }),
  s('统战部', 'party', { bare: true, maxPrefix: 8 }), s('政法委', 'party', { bare: true, maxPrefix: 8 }), s('农工委', 'party', { maxPrefix: 8 }),
  ...['发改委', '经信委', '卫健委', '卫计委', '住建委', '国资委', '教委', '科委', '农委', '编委', '商委', '侨委', '民宗委']
    .map((x) => s(x, 'government', { bare: true, maxPrefix: 8 })),
  s('市委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }), s('县委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }),
  s('区委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }), s('省委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }),
  s('州委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }), s('旗委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }),
  s('镇委', 'party', { bare: true, maxPrefix: 8, badNext: '员托' }),
  s('全国总工会', 'association', { bare: true }), s('总工会', 'association', LEVEL_BODY),
  s('妇联', 'association', { bare: true, maxPrefix: 8 }), s('工商联', 'association', { bare: true, maxPrefix: 8 }),
  s('科协', 'association', LEVEL_BODY), s('文联', 'association', LEVEL_BODY), s('残联', 'association', LEVEL_BODY), s('侨联', 'association', LEVEL_BODY),
  s('团市委', 'association', { bare: true }), s('团县委', 'association', { bare: true }), s('团区委', 'association', { bare: true }), s('团省委', 'association', { bare: true }),
  s('团委', 'association', { maxPrefix: 10, badLast: '个些各该本的' }),
  // 理事会 is a body of its own (选举产生理事会) or with a place/level prefix (镇红白理事会)
  s('理事会', 'association', { bare: true, maxPrefix: 10 }),
  s('慈善总会', 'association', { maxPrefix: 8 }), s('红十字会', 'association', { maxPrefix: 8 }),
  s('联合会', 'association', { maxPrefix: 14 }), s('联谊会', 'association', { maxPrefix: 14 }), s('促进会', 'association', { maxPrefix: 14 }),
  s('研究会', 'association', { maxPrefix: 14 }), s('协会', 'association', { maxPrefix: 14, badLast: '个些各该本的' }),
  s('学会', 'association', { maxPrefix: 12, badLast: '个些各该本的要' }), s('商会', 'association', { maxPrefix: 12, badLast: '个些各该本的' }),
  s('志愿服务队', 'association', { maxPrefix: 10 }), s('服务队', 'association', { maxPrefix: 10 }), s('服务团', 'association', { maxPrefix: 10 }),
  // amateur troupes and teams (某某舞蹈队, 某村腰鼓队)
  ...['舞蹈队', '艺术团', '合唱团', '腰鼓队', '秧歌队', '文艺队', '演出队', '宣传队', '锣鼓队', '龙狮队']
    .map((x) => s(x, 'association', { maxPrefix: 8, minPrefix: 2, badLast: '个些各该本的支' })),
  s('工作室', 'other', { maxPrefix: 12, badLast: '个些各该本的' }),
  s('职业技术学院', 'school', { maxPrefix: 10 }), s('技师学院', 'school', { bare: true, maxPrefix: 10 }),
  s('学院', 'school', { maxPrefix: 10, badLast: '个些各该本的' }), s('大学', 'school', { maxPrefix: 10, badLast: '个些各该本的上读考' }),
  s('学校', 'school', { maxPrefix: 12, badLast: '个些各该本的所办村内' }), s('中学', 'school', { maxPrefix: 10, badLast: '个些各该本的初高集内', badNext: '生习' }),
  s('小学', 'school', { maxPrefix: 10, badLast: '个些各该本的中属内', badNext: '生' }), s('初中', 'school', { maxPrefix: 10, badLast: '个些各该本的上读' }),
  s('高中', 'school', { maxPrefix: 10, badLast: '个些各该本的上读' }), s('幼儿园', 'school', { maxPrefix: 10, badLast: '个些各该本的' }),
  s('实小', 'school', { maxPrefix: 3 }), s('党校', 'school', { maxPrefix: 8, badLast: '个些各该本的' }),
  s('融媒体中心', 'media', { bare: true, maxPrefix: 8 }), s('广播电视台', 'media', { maxPrefix: 8 }), s('电视台', 'media', { maxPrefix: 8 }),
  s('融媒', 'media', { maxPrefix: 6, minPrefix: 2, badLast: '个些各该本的全' }), s('日报社', 'media', { maxPrefix: 8 }), s('日报', 'media', { maxPrefix: 8 }), s('晚报', 'media', { maxPrefix: 8 }),
  s('时报', 'media', { maxPrefix: 8 }), s('证券报', 'media', { maxPrefix: 8 }), s('报社', 'media', { maxPrefix: 8 }), s('新闻网', 'media', { maxPrefix: 8 }),
  s('中心', 'other', { maxPrefix: 14, minPrefix: 4, badLast: '个些各该本的为', facility: FACILITY_CENTRE }),
  s('团队', 'other', { needsPlace: true, maxPrefix: 12 }),
  s('网', 'media', { needsPlace: true, maxPrefix: 4, badLast: '电管路水光联务商气铁', badNext: '格络点站民友上页购红' }),
  s('书店', 'other', { maxPrefix: 8, badLast: '个些各该本的家' }), s('医院', 'other', { maxPrefix: 10, badLast: '个些各该本的家级' }),
  s('卫生院', 'other', { maxPrefix: 8 }), s('保健院', 'other', { maxPrefix: 8 }), s('分院', 'other', { maxPrefix: 12, minPrefix: 2, badLast: '个些各该本的' }), s('研究院', 'other', { maxPrefix: 12 }), s('研究所', 'other', { maxPrefix: 12 }), s('设计院', 'other', { maxPrefix: 12 }),
  s('派出所', 'government', { maxPrefix: 8 }),
  s('分局', 'government', { maxPrefix: 14, badLast: '个些各该本的' }), s('办事处', 'government', { bare: true, maxPrefix: 10, badLast: '个些各该本的' }),
  s('村委会', 'government', { bare: true, maxPrefix: 8 }), s('居委会', 'government', { bare: true, maxPrefix: 8 }),
  s('供销联社', 'other', { maxPrefix: 8 }), s('供销社', 'other', { maxPrefix: 8 }), s('信用联社', 'bank', { bare: true, maxPrefix: 8 }),
  // farms and ranches of a family or a firm, a tea house, a power plant, a club house
  s('家庭农场', 'enterprise', { maxPrefix: 6, minPrefix: 2, badPrefix: FARM_NOT_NAME }),
  s('家庭牧场', 'enterprise', { maxPrefix: 6, minPrefix: 2, badPrefix: FARM_NOT_NAME }),
  // a bare 农场/牧场 is often a kind of land (夏季牧场, 国有农场): a body only among other bodies
  s('农场', 'enterprise', { maxPrefix: 10, minPrefix: 2, listOnly: true, badPrefix: FARM_NOT_NAME }),
  s('牧场', 'enterprise', { maxPrefix: 10, minPrefix: 2, listOnly: true, badPrefix: FARM_NOT_NAME }),
  s('茶庄', 'enterprise', { maxPrefix: 8, minPrefix: 2 }), s('电厂', 'enterprise', { maxPrefix: 8, minPrefix: 2, badLast: '个些各该本的型类' }),
  s('会所', 'other', { maxPrefix: 10, minPrefix: 3, badLast: '个些各该本的' }),
  s('车间', 'enterprise', { maxPrefix: 12, minPrefix: 4, listOnly: true }),
  s('支队', 'government', { needsPlace: true, maxPrefix: 10 }), s('大队', 'government', { needsPlace: true, maxPrefix: 10 }),
  s('中队', 'government', { needsPlace: true, maxPrefix: 10 }),
  s('服务站', 'other', { maxPrefix: 10, minPrefix: 2, badLast: '个些各该本的' }), s('工作站', 'other', { maxPrefix: 10, minPrefix: 2, badLast: '个些各该本的' }),
  s('农技站', 'government', { maxPrefix: 8 }), s('卫生站', 'other', { maxPrefix: 8 }), s('供电所', 'enterprise', { maxPrefix: 8 }),
  s('财政所', 'government', { maxPrefix: 8 }), s('司法所', 'government', { maxPrefix: 8 }), s('基金会', 'association', { maxPrefix: 12 }),
  s('新华社', 'media', { bare: true, maxPrefix: 0 }),
  // a department's division named in its head's title (某某处处长, 某某科科长, 某某部部长, 某某委主任)
  s('处', 'government', { maxPrefix: 10, minPrefix: 2, needNext: /^(?:副?处长|干部)/u, badLast: '个些各该本的此到' }),
  s('科', 'government', { maxPrefix: 10, minPrefix: 2, needNext: /^副?科长/u, badLast: '个些各该本的' }),
  s('股', 'government', { maxPrefix: 8, minPrefix: 2, needNext: /^副?股长/u, badLast: '个些各该本的' }),
  s('部', 'other', { maxPrefix: 10, minPrefix: 2, needNext: /^副?部长/u, badLast: '个些各该本的全' }),
  s('委', 'government', { maxPrefix: 8, minPrefix: 2, needNext: /^副?主任/u, badLast: '个些各该本的常' }),
  s('局', 'government', { maxPrefix: 12, badLast: '格布大全开结僵新变残棋赌饭当该本各出入骗定时终胜败邮药好', badNext: '面势部限长' }),
  s('厅', 'government', { maxPrefix: 12, badLast: '大餐客展门舞歌告议事务宴营前后' , badNext: '长堂' }),
  s('办', 'government', { maxPrefix: 10, badLast: '举主承协创开兴筹督交包代么照查帮领申合试别停首难好不怎该来要去上', badNext: '理法公事好学结成案件起企厂实' }),
];

/** Organisation kind from the whole name (a 人大 committee is congress, whatever its ending). */
export function kindOfName(name: string, fallback: OrgKind): OrgKind {
  if (/人大|主席团/.test(name)) return 'congress';
  if (/政协/.test(name)) return 'cppcc';
  if (/法院|检察院/.test(name)) return 'court';
  if (/(?:银行|分行|支行|信用社|农商行)$/.test(name)) return 'bank';
  if (/(?:公司|集团|合作社|项目部)$/.test(name)) return 'enterprise';
  if (/^团.委$|团委$|妇联|工会|工商联|协会|联合会|联谊会/.test(name)) return 'association';
  if (/(?:[市县区省州旗]委|党委|党总支|党支部|党工委|组织部|宣传部|统战部|政法委|纪委|党中央)(?:办公室)?$/.test(name)) return 'party';
  return fallback;
}

/** Kinds whose name is cut back to the place or level character it starts with (经市委 → 市委). */
export const LEVEL_ANCHORED: ReadonlySet<OrgKind> = new Set(['party', 'government', 'congress', 'cppcc', 'court']);
