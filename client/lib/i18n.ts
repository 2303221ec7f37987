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
  posts: ['职务', 'Posts'], openArticle: ['阅读原文', 'Read article'], pageCredits: ['本版署名', 'Credited on the page'], expand: ['展开', 'Expand'],
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
  // landing view and explorations
  ranked: ['排行', 'Ranking'], byDegree: ['按关联', 'By ties'], byMentions: ['按提及', 'By mentions'],
  tiesN: ['关联', 'ties'], mentionsN: ['提及', 'mentions'], overview: ['概览', 'Overview'], back: ['返回', 'Back'],
  clear: ['清空', 'Clear'], newExploration: ['从此处新探索', 'New exploration from here'], explore: ['探索', 'Explore'],
  saveView: ['保存视图', 'Save view'], savedViews: ['已保存视图', 'Saved views'], viewName: ['视图名称', 'Name of the view'],
  noSavedViews: ['尚无保存的视图', 'No saved views yet'], remove: ['删除', 'Remove'], saved: ['已保存', 'Saved'],
  emptyCanvas: ['画布已清空：搜索一个实体开始新的探索', 'The canvas is empty: search for an entity to start exploring'],
  landingHint: ['各类中关联最多的实体及其最强的关系', 'The most connected entities of each kind and their strongest ties'],
  explorationOf: ['探索', 'Exploring'], legendChair: ['红线：主持', 'Red edge: chaired'],
  // disambiguation
  latestPost: ['最近职务', 'Latest post'], organiser: ['主办', 'Organiser'], chair: ['主持', 'Chair'], seen: ['见于', 'seen'],
  attendees: ['出席人员', 'Attendees'], attendedAs: ['身份', 'As'], name: ['名称', 'Name'], type: ['类型', 'Type'],
  date: ['日期', 'Date'], role: ['职务', 'Post'], of: ['所属', 'Of'], firstSeen: ['最早', 'First seen'], lastSeen: ['最近', 'Last seen'],
  searchResults: ['搜索结果', 'Search results'], pathList: ['路径', 'Paths'], selectPerson: ['选择人物或项目…', 'Choose a person or project…'],
  pathNeedsFrom: ['请先在详情中点“设为路径起点”选定起点', 'Choose a start first: “Path from here” in the details'],
  pathNeedsTo: ['已选起点，请再点一个实体的“设为路径终点”', 'Start chosen: now “Path to here” on another entity'],
  pathNeedsBoth: ['查找路径需要起点和终点：在详情中点“设为路径起点”和“设为路径终点”', 'Finding paths needs both ends: use “Path from here” and “Path to here” in the details'],
  // corrections, key, upload
  corrections: ['更正', 'Corrections'], tabAudit: ['更正记录', 'Corrections'], rename: ['重命名', 'Rename'],
  merge: ['合并', 'Merge'], split: ['拆分', 'Split'], undoCorrection: ['撤销更正', 'Undo'], newName: ['新名称', 'New name'],
  mergeHint: ['把另一个同类实体并入此实体（搜索选择）', 'Fold another entity of the same kind into this one (search to choose)'],
  mergeConfirm: ['确认合并', 'Merge them'], splitHint: ['勾选提及的其实是另一人的文章', 'Tick the articles whose mentions are someone else'],
  splitConfirm: ['拆分所选文章', 'Split off the ticked articles'], note: ['说明', 'Note'], by: ['操作人', 'By'],
  when: ['时间', 'When'], what: ['内容', 'What'], undone: ['已撤销', 'Undone'], noCorrections: ['尚无更正', 'No corrections yet'],
  apiKey: ['API 密钥', 'API key'], keyPrompt: ['输入 API 密钥以启用更正和上传', 'Enter the API key to enable corrections and uploads'],
  keyOk: ['密钥有效', 'Key accepted'], signOut: ['退出', 'Sign out'], yourName: ['你的名字（记入更正记录）', 'Your name (kept in the corrections list)'],
  upload: ['上传', 'Upload'], uploadTitle: ['上传文章或版面', 'Upload articles or pages'],
  uploadHint: ['拖入 .txt / .json / .jsonl / .html 文件，或粘贴文字', 'Drop .txt / .json / .jsonl / .html files, or paste text'],
  chooseFiles: ['选择文件', 'Choose files'], pasteText: ['粘贴文字', 'Paste text'], title: ['标题', 'Title'],
  published: ['发布日期', 'Published'], region: ['所属地区（如 平湖市）', 'Region (e.g. 平湖市)'], send: ['上传', 'Upload'],
  uploaded: ['已入库', 'stored'], articlesN: ['篇文章', 'article(s)'], entitiesN: ['个实体', 'entities'], waiting: ['等待中', 'waiting'],
  needKey: ['需要 API 密钥', 'An API key is needed'], merged: ['已合并', 'Merged'], renamed: ['已重命名', 'Renamed'],
  splitDone: ['已拆分', 'Split'], undoneDone: ['已撤销', 'Undone'], rederived: ['篇文章已重新抽取', 'article(s) extracted again'],
  confirmUndo: ['撤销这项更正？相关文章将重新抽取。', 'Undo this correction? The articles it touched are extracted again.'],
  menu: ['菜单', 'Menu'], panel: ['面板', 'Panel'],
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
/** The colon after a label: full-width in Chinese. */
export const colon = (): string => (current === 'zh' ? '：' : ': ');

/** Switches the language and relabels every `[data-i18n]` / `[data-i18n-placeholder]` element. */
export function setLang(next: Lang, root: ParentNode = document): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n as StringKey); });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder as StringKey);
  });
}
