/**
 * A small invented county-paper page (people, bodies and works made up for the tests; the
 * kinds of text are real: a government meeting, a works report with a kicker, a photo story,
 * and a column of briefs without headlines that only datelines tell apart). Test expectations
 * in test/unit/pdf-read.test.ts follow from this text.
 */
import type { PrintedArticle, PrintedPage } from './newspaper-html.js';

export const MEETING: PrintedArticle = {
  title: '县政府召开第十二次常务会议',
  credits: ['记者 季文涛'],
  paragraphs: [
    '本报讯 3月12日上午，县长罗振华主持召开县政府第十二次常务会议，研究部署春季农业生产和安全生产等工作。副县长韩立新、彭晓梅，县政府办公室主任秦志远出席会议。',
    '会议指出，春耕备耕工作时间紧、任务重，各乡镇要抓好种子、化肥等农资供应，做好农田水利设施检修，确保不误农时。要持续推进高标准农田建设，今年全县计划新建高标准农田2.5万亩。',
    '会议强调，要扎实开展安全生产大检查，重点抓好道路交通、建筑施工、燃气等领域隐患排查整治，坚决防范遏制重特大事故发生。',
  ],
};

export const WORKS: PrintedArticle = {
  kicker: '聚焦重点项目 加快建设进度',
  title: '城东污水处理厂二期工程主体完工',
  credits: ['记者 唐雅琴 通讯员 邹明'],
  centred: true,
  paragraphs: [
    '本报讯 近日，记者在城东污水处理厂二期工程建设现场看到，生化池、二沉池等主体构筑物已全部完工，设备安装正在加紧进行。该工程总投资1.8亿元，设计日处理污水4万吨，于去年5月开工建设。',
    '“我们倒排工期、挂图作战，确保6月底前具备通水调试条件。”项目负责人邓建国介绍。',
    '城东污水处理厂二期工程投用后，将有效解决城区东部片区污水处理能力不足的问题，进一步改善清水河水质。',
  ],
};

export const PHOTO: PrintedArticle = {
  title: '油菜花开春意浓',
  credits: ['摄影 龚丽'],
  photo: true,
  paragraphs: ['3月10日，在青石镇柳湾村，成片的油菜花竞相绽放，吸引不少游客前来观赏。'],
};

/** Two briefs in one column, no headline over them: only the datelines part them. */
export const BRIEFS: PrintedArticle = {
  title: '',
  credits: [],
  paragraphs: [
    '本报讯 3月11日，县人社局在县体育馆举办春风行动专场招聘会，86家企业提供就业岗位1200余个，当天达成就业意向430人。（记者 吴凡）',
    '本报讯 近日，县图书馆柳湾村分馆建成开放，馆内藏书5000余册，并设有少儿阅读区和电子阅览区。（通讯员 孔德明）',
  ],
};

/** The page: header band, the meeting and the briefs on the left, the works report and the photo story on the right. */
export function inventedPage(): PrintedPage {
  return {
    paper: '清河日报', date: '2025年3月14日 星期五', pageLabel: 'A02版', section: '要闻',
    layout: {
      row: [
        { stack: [{ article: MEETING, cols: 2 }, { article: BRIEFS, cols: 1 }] },
        { stack: [{ article: WORKS, cols: 2 }, { article: PHOTO, cols: 2 }] },
      ],
    },
  };
}

/** A second page (A03版) with one article, for a two-page PDF. */
export const SECOND: PrintedArticle = {
  title: '柳湾村获评省级美丽乡村示范村',
  credits: ['记者 唐雅琴'],
  paragraphs: [
    '本报讯 日前，省农业农村厅公布2024年度美丽乡村示范村名单，青石镇柳湾村榜上有名。',
    '近年来，柳湾村以人居环境整治为抓手，完成农房风貌改造120户，新建游步道3公里。村党支部书记何春生说，下一步将发展油菜花观光和民宿产业，带动村民增收。',
  ],
};

export function secondPage(): PrintedPage {
  return {
    paper: '清河日报', date: '2025年3月14日 星期五', pageLabel: 'A03版', section: '综合',
    layout: { row: [{ article: SECOND, cols: 2 }] },
  };
}
