/**
 * Built-in invented names for the synthetic corpus: a city, its towns and villages, people
 * (common surnames with given-name characters), bureaus, projects. No real gazetteer entry
 * or real person is meant; combinations are random.
 */
import type { Rng } from './random.js';

export const CITY = '澄湖市';
export const PREFECTURE = '禾州市';
export const PAPER = '澄湖日报';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪廖石金贾夏韦方'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国红文斌辉宁鹏飞俊峰燕玲丹萍晨凯浩宇亮波坚健林森松海江春雪慧琳卫东兴旺荣昌盛德志新永'.split('');
const TOWN_A = '新东西南北广乍当曹独林钟黄白青凤金石梅柳桃荷'.split('');
const TOWN_B = '埭桥溪港浦塘山泾堰湾墩漾'.split('');

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.8) ? rng.pick(GIVEN) : '');
}

/** `count` distinct town names (镇 or 街道). */
export function townNames(rng: Rng, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(rng.pick(TOWN_A) + rng.pick(TOWN_B) + (rng.chance(0.75) ? '镇' : '街道'));
  return [...out];
}

export function villageName(rng: Rng): string {
  return rng.pick(TOWN_A) + rng.pick(GIVEN) + (rng.chance(0.8) ? '村' : '社区');
}

/** Bureaus as printed in full and short (the resolver must see them as one). */
export const BUREAUS: Array<{ full: string; short: string }> = [
  { full: '经济和信息化局', short: '经信局' },
  { full: '发展和改革局', short: '发改局' },
  { full: '住房和城乡建设局', short: '住建局' },
  { full: '人力资源和社会保障局', short: '人社局' },
  { full: '卫生健康局', short: '卫健局' },
  { full: '交通运输局', short: '交通局' },
  { full: '应急管理局', short: '应急局' },
  { full: '农业农村局', short: '农业农村局' },
];

export const PROJECT_KINDS = [
  '智能装备产业园', '污水处理厂提标改造', '滨河绿道', '综合管廊', '人才公寓', '冷链物流中心', '文化礼堂',
  '农村公路提升', '中心小学迁建', '光伏发电', '未来社区', '数字经济产业园', '防洪排涝', '体育中心',
];

export const STAGES: Array<{ stage: string; verb: string }> = [
  { stage: '签约', verb: '举行签约仪式' },
  { stage: '开工', verb: '举行开工仪式' },
  { stage: '施工', verb: '建设进入施工高峰' },
  { stage: '竣工', verb: '顺利竣工' },
  { stage: '投用', verb: '正式投入使用' },
];

export const TOPICS = [
  '营商环境优化提升', '安全生产', '乡村振兴', '共同富裕示范区建设', '文明城市创建', '防汛防台',
  '招商引资', '民生实事项目', '生态环境保护', '数字化改革', '基层治理', '疫情防控',
];

/** Generic sentences that give articles a realistic length (no names in them). */
export const FILLER = [
  '会议指出，要坚持问题导向，聚焦重点难点，推动各项工作落地见效。',
  '会议强调，各级各部门要提高站位、压实责任，确保各项任务按期完成。',
  '近年来，我市持续深化改革，经济社会发展呈现稳中有进的良好态势。',
  '下一步，将进一步完善工作机制，加强部门协同，形成工作合力。',
  '要牢固树立以人民为中心的发展思想，切实解决群众急难愁盼问题。',
  '据了解，该项目建成后将有效提升区域配套水平，带动周边产业发展。',
  '现场，工作人员详细介绍了项目进展情况和下一步工作打算。',
  '要严格落实各项安全措施，把隐患消除在萌芽状态。',
  '今年以来，全市上下凝心聚力、真抓实干，各项指标保持良好增长。',
  '与会人员围绕相关议题进行了认真讨论，提出了意见建议。',
  '要加强督查考核，以钉钉子精神抓好各项工作的落实。',
  '活动吸引了周边村民和企业代表参加，现场气氛热烈。',
];
