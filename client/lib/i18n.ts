/**
 * Interface strings in Chinese (default) and English. Elements carry
 * `data-i18n="key"` and are re-labelled when the language switches.
 */
export type Lang = 'zh' | 'en';

const STRINGS = {
  appTitle: ['本报讯 · 新闻知识图谱', 'baoxun · news knowledge graph'],
  searchPlaceholder: ['搜索人物、地点、机构、项目、会议…', 'Search people, places, organisations, projects, meetings…'],
  tabGraph: ['图谱', 'Graph'], tabConsole: ['Cypher 控制台', 'Cypher console'],
  tabTimeline: ['时间线', 'Timeline'], tabAttendance: ['出席矩阵', 'Attendance'],
  legend: ['图例', 'Legend'], dateRange: ['日期范围', 'Date range'], from: ['起', 'From'], to: ['止', 'To'],
  loading: ['加载中…', 'Loading…'], details: ['详情', 'Details'], noSelection: ['点击节点查看详情', 'Click a node to see its details'],
  properties: ['属性', 'Properties'], relations: ['关系', 'Relationships'], evidence: ['证据', 'Evidence'],
  posts: ['职务', 'Posts'], openArticle: ['阅读原文', 'Read article'], expand: ['展开', 'Expand'],
  collapse: ['收起', 'Collapse'], pin: ['固定', 'Pin'], unpin: ['取消固定', 'Unpin'], undo: ['撤销', 'Undo'],
  fit: ['适应窗口', 'Fit'], relayout: ['重新布局', 'Re-layout'], pathFrom: ['设为路径起点', 'Path from here'],
  pathTo: ['设为路径终点', 'Path to here'], findPaths: ['查找路径', 'Find paths'], noPath: ['未找到路径', 'No path found'],
  chooseRelTypes: ['选择要展开的关系', 'Choose relationships to expand'], expandChosen: ['展开所选', 'Expand chosen'],
  cancel: ['取消', 'Cancel'], close: ['关闭', 'Close'], run: ['运行', 'Run'], params: ['参数 (JSON)', 'Parameters (JSON)'],
  examples: ['示例查询', 'Examples'], history: ['历史', 'History'], asGraph: ['图', 'Graph'], asTable: ['表格', 'Table'],
  asJson: ['JSON', 'JSON'], truncated: ['结果已截断', 'Results truncated'], rows: ['行', 'rows'],
  exportPng: ['导出 PNG', 'Export PNG'], exportSvg: ['导出 SVG', 'Export SVG'], exportJson: ['导出 JSON', 'Export JSON'],
  exportCsv: ['导出 CSV', 'Export CSV'], timelineOf: ['人物时间线', 'Timeline of a person'],
  projectHistory: ['项目历程', 'Project history'], attendanceTitle: ['人员 × 会议 出席矩阵', 'People × meetings attendance'],
  showInGraph: ['在图谱中查看', 'Show in graph'], empty: ['暂无数据', 'Nothing here yet'],
  place: ['地点', 'Place'], article: ['文章', 'Article'], hiddenNeighbours: ['未显示的邻居', 'Neighbours not shown'],
  dateUnknown: ['日期不详', 'date unknown'], pathsFound: ['条路径', 'paths found'],
  page: ['第{n}页', 'page {n}'], pageImage: ['版面图像', 'Page image'], pageImageMissing: ['版面图像不可用', 'No page image available'],
  readByOcr: ['OCR 识别', 'read by OCR'], zoom: ['放大/缩小', 'Zoom'], lowConfidence: ['OCR 识别置信度低', 'Read by OCR with low confidence'],
  evidenceLowConfidence: ['证据中有 OCR 识别置信度低的文字，请对照版面核实', 'The evidence holds text OCR read with low confidence: check it against the page'],
  shortcuts: ['快捷键：/ 搜索，u 撤销，f 适应，e 展开，c 收起，p 固定', 'Keys: / search, u undo, f fit, e expand, c collapse, p pin'],
} as const;

export type StringKey = keyof typeof STRINGS;

const TYPE_NAMES: Record<string, [string, string]> = {
  Person: ['人物', 'Person'], Role: ['职务', 'Role'], Place: ['地点', 'Place'], Organization: ['机构', 'Organisation'],
  Project: ['项目', 'Project'], Meeting: ['会议', 'Meeting'], Article: ['文章', 'Article'],
};

/** The string `key` in `lang`. */
export function translate(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang === 'zh' ? 0 : 1];
}

/** The display name of a node type (unknown types are shown as they are). */
export function typeName(lang: Lang, type: string): string {
  const names = TYPE_NAMES[type];
  return names ? names[lang === 'zh' ? 0 : 1] : type;
}

let current: Lang = 'zh';
export const lang = (): Lang => current;
export const t = (key: StringKey): string => translate(current, key);

/** Switches the language and relabels every `[data-i18n]` / `[data-i18n-placeholder]` element. */
export function setLang(next: Lang, root: ParentNode = document): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n as StringKey); });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder as StringKey);
  });
}
