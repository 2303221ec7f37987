/**
 * Finds project names: suffix grammar (…工程, …项目, …行动 …), quoted names
 * (“X”项目), lists of quoted items before 等…平台, unquoted list items before
 * 等项目, and the umbrella brand before `·`. Pure text functions.
 */
import { KIND_OF, SUFFIX_RE, GENERIC_END, GENERIC_ONLY, GENERIC_BUILD, MIN_PREFIX, BAD_NEXT, PHASE_SITE, RENOVATED_END, CREATED_END, projectStart, trimLead } from './project-grammar.js';
import type { PlaceHit } from './place-grammar.js';
import type { OrgHit } from './org-grammar.js';
import { bookTitleSpans } from './name-bounds.js';
import { isGenericLabel, titleMatches } from './title-grammar.js';
import { isSurnameAt } from './names.js';
import { builtInClause, conferredAsHonour, needsBuildContext, ownedPlatform } from './project-context.js';
import { distributedHead, listedItems, listSiblings, quotedLists } from './project-lists.js';
import { routeHits, siteHits, subjectHits } from './project-sites.js';

/** A project name found at `[start, end)` (quotes around the whole name excluded). */
export interface ProjectHit {
  start: number;
  end: number;
  name: string;
  kind: string;
}

/** Bodies that run a work without being part of its name. */
const RUNNING_KINDS = new Set(['party', 'government', 'congress', 'cppcc', 'court']);

/** A list of works before a name (…疏浚、…加固和): the name is one more work of that list. */
const WORKS_BEFORE = /(?:疏浚|加固|清淤|硬化|绿化|亮化|整治|修缮|扩建|新建|铺设|安装)[、和及与]$/u;

/** A place or prize won right after a contest's name (第六名, 一等奖, 金奖, 冠军). */
const PLACED_AFTER = /^中?(?:第[一二三四五六七八九十\d]+名|[一二三]等奖|特等奖|金奖|银奖|铜奖|冠军|亚军|季军|优秀奖)/u;

/** A goal described, not a work named: `将打造全国领先的X基地`, `建成区域一流的X中心`. */
const GOAL_BEFORE = /(?:打造|建成|建设成为?|成为|创建)[^，。；、]{1,12}的$/u;

/** 某市国家某某示范区建设: building a zone that a place names is a project (eight characters or more, the place included), not 示范区建设 in general. */
function namedZone(prefix: string, start: number, places: PlaceHit[]): boolean {
  return prefix.length >= 8 && /(?:示范区|先行区|试验区)$/u.test(prefix) && places.some((p) => p.start === start && p.entry);
}

function hit(text: string, start: number, end: number, kind: string): ProjectHit | null {
  let s = start;
  const raw = text.slice(start, end);
  const trimmed = trimLead(raw);
  s += raw.length - trimmed.length;
  if (end - s < 3) return null;
  return { start: s, end, name: text.slice(s, end), kind };
}

function suffixHits(text: string, orgs: OrgHit[], places: PlaceHit[]): ProjectHit[] {
  const out: ProjectHit[] = [];
  for (const m of text.matchAll(SUFFIX_RE)) {
    const end = m.index + m[0].length;
    if (BAD_NEXT.test(text.slice(end, end + 2))) continue;
    // “X”项目: the quotes hold the name, 项目 is only its classifier (see quotedClassified).
    if (/^(?:项目|工程)$/.test(m[0]) && /[”’]/.test(text[m.index - 1] ?? '')) continue;
    let start = projectStart(text, m.index, 22);
    if (start < 0) continue;
    // the walk stopped inside a place's name (都 of 都某镇): the name starts with the whole place
    const cut = places.find((p) => p.start < start && start <= p.end && p.end <= m.index);
    if (cut) start = cut.start;
    const prefix = trimLead(text.slice(start, m.index));
    const bare = prefix.replace(/[“‘][^“”‘’]*[”’]/g, '');
    // quoted around the whole name (“X建设”) or its distinctive part (“X”建设)
    const quoted = text[start - 1] === '“' || text[start - 1] === '‘' || /^[“‘][^“”‘’]+[”’]$/u.test(prefix);
    if (prefix.length < (MIN_PREFIX.get(m[0]) ?? 2) || (GENERIC_END.test(prefix) && !(m[0] === '平台' && ownedPlatform(text, start, prefix)))) continue;
    // a post followed by a name inside the prefix means a sentence, not a name (`副市长X宣布项目`)
    if (titleMatches(prefix).some((t) => !isGenericLabel(t.text) && isSurnameAt(prefix, t.index + t.text.length))) continue;
    if (/期$/.test(m[0]) && !PHASE_SITE.test(prefix)) continue;
    if (m[0] === '改造' && !RENOVATED_END.test(prefix)) continue;
    if (GENERIC_ONLY.test(prefix)) continue;
    // 旧村改造建设: work on a renovation of a kind of thing, no more a name than 旧村改造
    if (m[0] === '建设' && /改造$/u.test(prefix) && !RENOVATED_END.test(prefix.slice(0, -2))) continue;
    // 实施港池疏浚、防波堤加固和码头改造: the last of a list of works of one project, not a project
    if (/^(?:改造|建设)$/u.test(m[0]) && WORKS_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (m[0] === '创建' && !(CREATED_END.test(prefix) && /^(?:工作|活动|行动)/u.test(text.slice(end, end + 2)))) continue;
    // A platform is named for its place or in quotes, or built/launched in its clause (搭建的X平台,
    // X平台已上线; not 落实共建X平台要求, a policy); 合作交流平台 alone is a kind of thing.
    if (m[0] === '平台' && !quoted && !/[“‘]/.test(prefix) && !places.some((p) => p.start === start) && !(builtInClause(text, start, end) && !/^(?:要求|目标|任务)/u.test(text.slice(end, end + 2)))) continue;
    // a workshop or a farm base is a project when built or put to use, a site when visited (参观了X种植基地)
    if (needsBuildContext(m[0], prefix) && !builtInClause(text, start, end)) continue;
    if (/^(?:基地|示范点|示范带|产业园)$/u.test(m[0]) && conferredAsHonour(text, start, end)) continue; // 被评为…示范基地, A基地榜上有名
    if (m[0] === '建设' && !quoted && (bare.length < 4 || (GENERIC_BUILD.test(prefix) && !namedZone(prefix, start, places)))) continue;
    // 某工作室建设: work on a body; 县政府项目: a body's projects; but 某中学项目 names the school's work
    if (orgs.some((o) => o.start === start && o.end === m.index && (m[0] === '建设' || RUNNING_KINDS.has(o.kind)))) continue;
    if (text[start - 1] === '等' || distributedHead(text, start, m.index, m[0])) continue;
    if (GOAL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    // 获得全国X大赛第六名: a contest someone placed in, not a programme of the place
    if (/^(?:大赛|竞赛)$/u.test(m[0]) && PLACED_AFTER.test(text.slice(end, end + 6))) continue; // A、B等文化惠民工程; 民生、生态工程: kinds
    // 两个厂子建设: a count of ordinary things, unless a name follows the count (三个千亿产业园区建设)
    const counted = m[0] === '建设' ? /^[一二两三四五六七八九十几多数]+[个座家条批项所处]/u.exec(prefix) : null;
    if (counted && prefix.length - counted[0].length < 4) continue;
    if (/[村镇区县市]一./.test(prefix)) continue; // 某村一粮食种植基地: "a … in X", not a name
    // A party or government body before the name runs it; it is not part of it (市政府惠民安居工程),
    // nor is the company that owns a workshop (某公司茶叶精制车间).
    // A hospital's or a school's new campus keeps the body's name (某医院新院区项目).
    const body = orgs.find((o) => o.start === start && o.end < m.index && (RUNNING_KINDS.has(o.kind) || (o.kind === 'enterprise' && m[0] === '车间')));
    const h = hit(text, body ? body.end : start, end, KIND_OF.get(m[0]) ?? 'other');
    if (h) out.push(h);
  }
  return out;
}

/**
 * “X”项目 / “X”工程 / “X”党建品牌: the quoted name without the bare classifier. A bare “X”品牌 is
 * a product's brand (擦亮“某某大米”品牌), no project, unless the same X is named a programme brand
 * (党建品牌, 服务品牌) in the text; then its other “X”品牌 mentions count too.
 */
function quotedClassified(text: string): ProjectHit[] {
  const out: ProjectHit[] = [];
  const brands = new Set<string>();
  for (const m of text.matchAll(/[“‘]([^“”‘’\n]{3,20})[”’](项目|工程|(?:党建|服务|志愿服务|治理)品牌|品牌)?/g)) {
    if (!m[2]) {
      // “美丽某省·清洁乡村”号召: a two-part campaign name (a person's name with · is not followed by these)
      if (/^[\u4e00-\u9fff]{2,}·[\u4e00-\u9fff]{2,}$/u.test(m[1]!) && /^(?:号召|行动|工程|建设|战略)/u.test(text.slice(m.index + m[0].length))) {
        out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, name: m[1]!, kind: 'programme' });
      }
      continue;
    }
    if (m[2] !== '品牌') {
      out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, name: m[1]!, kind: 'programme' });
      if (m[2].endsWith('品牌')) brands.add(m[1]!);
    }
  }
  if (brands.size) for (const m of text.matchAll(/[“‘]([^“”‘’\n]{3,20})[”’]品牌/g)) {
    if (brands.has(m[1]!)) out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, name: m[1]!, kind: 'programme' });
  }
  return out;
}

/** The umbrella brand before `·` (美丽乡村·共富行动 → 美丽乡村) when it is printed on its own too. */
function brands(text: string, hits: ProjectHit[]): ProjectHit[] {
  const out: ProjectHit[] = [];
  for (const h of hits) {
    const dot = h.name.indexOf('·');
    if (dot < 2) continue;
    const brand = h.name.slice(0, dot);
    const elsewhere = [...text.matchAll(new RegExp(brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].some((m) => m.index !== h.start);
    if (elsewhere) out.push({ start: h.start, end: h.start + dot, name: brand, kind: h.kind, nested: true } as ProjectHit);
  }
  return out;
}

function resolve(hits: ProjectHit[]): ProjectHit[] {
  const nested = hits.filter((h) => (h as { nested?: boolean }).nested);
  const sorted = hits.filter((h) => !nested.includes(h)).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: ProjectHit[] = [];
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  for (const n of nested) { delete (n as { nested?: boolean }).nested; kept.push(n); }
  return kept.sort((a, b) => a.start - b.start);
}

/** A phase printed in brackets after a name (X产业园（一期）) belongs to it. */
const BRACKET_PHASE = /^[（(](?:第?[一二三四五六七八九十]{1,2}|[1-9])期[）)]/u;

function withBracketPhase(text: string, h: ProjectHit): ProjectHit {
  const m = BRACKET_PHASE.exec(text.slice(h.end, h.end + 6));
  return m ? { ...h, end: h.end + m[0].length, name: h.name + m[0] } : h;
}

/** All project names of `text`. `orgs` (from findOrganizations) keep bodies out of names. */
export function findProjects(text: string, orgs: OrgHit[] = [], places: PlaceHit[] = []): ProjectHit[] {
  // A project word inside a body's name (中国建筑工程集团, …项目部) is part of the body, and a name
  // that starts inside a body runs on from it (…集团有限责任公司负责建设); names of 该/这 are references.
  const base = [...suffixHits(text, orgs, places), ...quotedClassified(text), ...quotedLists(text), ...siteHits(text, places), ...routeHits(text), ...subjectHits(text, places)]
    .filter((h) => !orgs.some((o) => o.start < h.start ? h.start < o.end : o.start === h.start && h.end < o.end))
    .filter((h) => !/^[该这此其本]/.test(h.name));
  const listed = listedItems(text, base);
  const all = resolve([...base, ...listed, ...listSiblings(text, base)]);
  const titles = bookTitleSpans(text);
  const kept = all.filter((h) => !titles.some(([s, e]) => h.start >= s && h.end <= e));
  return resolve([...kept, ...brands(text, kept)]).map((h) => withBracketPhase(text, h));
}

