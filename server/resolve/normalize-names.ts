/**
 * Pure name normalisation for entity resolution across articles: posts, organisations,
 * places and projects written in full in one article and short in another.
 * Keys are what decide identity; display names keep the longest form seen.
 */

import { projectKey as projectKeyOf } from '../resolve/project-key.js';

/** The county-level unit's one-character kind (`市`, `县`, `区`) of a region like `平湖市`. */
const regionKind = (region: string | null): string | null => (region ? (/[市县区]$/.exec(region)?.[0] ?? null) : null);

/** Department stems written short with `部长`: `组织部长` is `组织部部长`. */
const DEPT_STEMS = ['组织', '宣传', '统战', '武装', '政法', '社会工作'];

export interface RoleKey {
  /** The post as one would list it (`组织部部长`, `常务副市长`). */
  canonical: string;
  /** The wider post it is a kind of (`副市长` for `常务副市长`), else null. */
  kind_of: string | null;
  /** The jurisdiction or body it belongs to, when known. */
  scope: string | null;
}

/**
 * `组织部长` ~ `市委组织部部长` (scope: the region); `常务副市长` is a kind of `副市长`;
 * `市委常委` stays itself, scoped to the city.
 */
export function normalizeRole(name: string, region: string | null, scope: string | null = null): RoleKey {
  let t = name.replace(/\s+/g, '');
  const kind = regionKind(region);
  // A scope written relative to the paper's own city (`市委`, `市政协`, `市`) is the city.
  let scoped = scope && kind && new RegExp(`^${kind}(委|政府|人大(常委会)?|政协|纪委)?$`).test(scope) ? region : scope;
  // 市委组织部部长 → 组织部部长 in the region: the department is the party committee's anyway.
  const dept = /^([市县区])委((?:组织|宣传|统战|政法|社会工作)部.+)$/.exec(t);
  if (dept && (!kind || dept[1] === kind)) {
    t = dept[2]!;
    scoped ??= region;
  }
  const short = new RegExp(`^(${DEPT_STEMS.join('|')})(副)?部长$`).exec(t);
  if (short) t = `${short[1]}部${short[2] ?? ''}部长`;
  // Posts whose wording names the region's own level (副市长 in a 市, 县委常委 in a 县).
  if (!scoped && kind && new RegExp(`^(常务)?(副)?${kind}长$|^${kind}(委|政府|人大|政协)`).test(t)) scoped = region;
  let kindOf: string | null = null;
  const exec = /^常务(副.+)$/.exec(t);
  if (exec) kindOf = exec[1]!;
  const deputy = /^(.+)副(书记|主任|部长|局长|市长|县长|区长|镇长|主席)$/.exec(t);
  if (!kindOf && deputy && /^(专职|常务|分管)$/.test(deputy[1]!)) kindOf = `副${deputy[2]}`;
  return { canonical: t, kind_of: kindOf, scope: scoped };
}

/** Abbreviations of county-level bureaus as printed (`经信局`) and their full names. */
const ORG_ABBREVIATIONS: Array<[string, string]> = [
  ['经信局', '经济和信息化局'], ['发改局', '发展和改革局'], ['住建局', '住房和城乡建设局'],
  ['资规局', '自然资源和规划局'], ['人社局', '人力资源和社会保障局'], ['农业农村局', '农业农村局'],
  ['市监局', '市场监督管理局'], ['市场监管局', '市场监督管理局'], ['卫健局', '卫生健康局'],
  ['教体局', '教育体育局'], ['文广旅体局', '文化和广电旅游体育局'], ['综合执法局', '综合行政执法局'],
  ['应急局', '应急管理局'], ['交通局', '交通运输局'], ['退役军人局', '退役军人事务局'],
  ['医保局', '医疗保障局'], ['科技局', '科学技术局'], ['环保局', '环境保护局'],
];

/** `市经信局` with region `平湖市` → `平湖市经济和信息化局`; names without a short form stay. */
export function normalizeOrgName(name: string, region: string | null): string {
  let t = name.replace(/\s+/g, '');
  const kind = regionKind(region);
  if (region && kind && t.startsWith(kind) && !t.startsWith(region)) t = region + t.slice(1);
  for (const [short, full] of ORG_ABBREVIATIONS) {
    if (t.endsWith(short) && !t.endsWith(full)) {
      t = t.slice(0, t.length - short.length) + full;
      break;
    }
  }
  return t;
}

/**
 * Identity key of a place: `林埭` and `林埭镇` are one township. Township-level and bare
 * names are only unique within the region, so the region is part of their key.
 */
export function placeKey(name: string, region: string | null): string {
  const t = name.replace(/\s+/g, '');
  const town = /^(.{2,}?)(镇|乡|街道)$/.exec(t);
  if (town) return `${town[1]}|${region ?? ''}`;
  if (/(省|自治区|市|县|区|州|盟|旗)$/.test(t)) return t;
  return `${t}|${region ?? ''}`;
}

/** Identity key of a project: region prefix, quotes, generic tails (`建设项目`, `工程`) and the phase dropped (server/resolve/project-key.ts). */
export function projectKey(name: string, region: string | null): string {
  return projectKeyOf(name, region).key;
}
