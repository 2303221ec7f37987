/**
 * Building sites: `来到X建设工地`, `在X项目施工现场` name X as a work under construction. X must
 * start at a place or end with a facility word (…文化宫, …大桥, …中心), so a bare `施工现场` or
 * `道路工地` gives nothing. Pure text functions.
 */
import type { PlaceHit } from './place-grammar.js';
import { FACILITY_END, projectStart, trimLead } from './project-grammar.js';

/** The site words after a work's name (the name excludes them). */
const SITE_RE = /(?:项目)?(?:建设|施工)?(?:工地|现场)/gu;

/** A work under construction named before a site word. */
export interface SiteHit { start: number; end: number; name: string; kind: string }

export function siteHits(text: string, places: PlaceHit[]): SiteHit[] {
  const out: SiteHit[] = [];
  for (const m of text.matchAll(SITE_RE)) {
    // a bare 现场 is any scene (会议现场); only a build word or 工地 makes it a site
    if (!/工地|建设现场|施工现场/u.test(m[0])) continue;
    const start = projectStart(text, m.index, 20);
    if (start < 0) continue;
    const raw = text.slice(start, m.index);
    const name = trimLead(raw);
    const s = start + raw.length - name.length;
    if (name.length < 4 || !FACILITY_END.test(name)) continue;
    if (!places.some((p) => p.start === s) && name.length < 5) continue;
    out.push({ start: s, end: m.index, name, kind: 'construction' });
  }
  return out;
}

/** The kinds of line a route is named for (甲地至乙地高速公路). */
const ROUTE_RE = /高速公路|高速铁路|城际铁路|铁路|快速路|快速通道|一级公路|二级公路/gu;
/** Words that make a route a work in its clause (a road one drives on is no project). */
const ROUTE_WORK = /通车|开工|动工|施工|竣工|建成|建设|招标|改扩建|规划|立项|奠基|贯通|验收/u;

/**
 * Routes named by their two ends (`思南至印江高速公路`, `S21甲地至乙地高速公路`): a project
 * when its clause builds, opens or plans it.
 */
export function routeHits(text: string): SiteHit[] {
  const out: SiteHit[] = [];
  for (const m of text.matchAll(ROUTE_RE)) {
    const end = m.index + m[0].length;
    const start = projectStart(text, end, 24);
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (!/[\u4e00-\u9fff]{2,}至[\u4e00-\u9fff]{2,}/u.test(name)) continue;
    const clause = text.slice(Math.max(0, start - 20), Math.min(text.length, end + 20)).split(/[，。；]/u);
    const around = clause.find((c) => c.includes(name)) ?? '';
    if (!ROUTE_WORK.test(around.replace(name, ''))) continue;
    out.push({ start, end, name, kind: 'construction' });
  }
  return out;
}

/** Events a work is the subject of (X正式投入使用, X顺利合龙, X于3月开工). */
const SUBJECT_OF = /开工|动工|奠基|封顶|竣工|完工|投入使用|投用|启用|开业|开馆|开园|通车|合龙|投产|并网/gu;
/** What may stand between a work and its event (正式, 顺利, 已, 于2019年9月 …). */
const BETWEEN = /(?:正式|顺利|全面|全线|成功|已经|已|将|于[^，。；]{0,12}?|在[^，。；]{0,10}?)$/u;
/** Pronouns and verbs that make a would-be name a clause (他说大桥, 这座桥). */
const SENTENCE_WORDS = /^[他她它我你咱这那该此其每各本]|[说是有把被让看]/u;
/** A part named after the work (涪江六桥主桥): the work is the name without it. */
const PART_TAIL = /(?:主桥|主体结构|主体|主楼)$/u;

/**
 * Works named only as the subject of their event: `某县人民医院新院区正式投入使用`, `某江六桥主桥
 * 顺利合龙`. The name must end with a facility word (院区, 大桥, 中心 …) and be five characters or
 * more, or start at a place, or begin its clause.
 */
export function subjectHits(text: string, places: PlaceHit[]): SiteHit[] {
  const out: SiteHit[] = [];
  for (const m of text.matchAll(SUBJECT_OF)) {
    const head = text.slice(Math.max(0, m.index - 16), m.index);
    const gap = BETWEEN.exec(head)?.[0].length ?? 0;
    const end = m.index - gap;
    const start = projectStart(text, end, 20);
    if (start < 0) continue;
    const raw = text.slice(start, end);
    let name = trimLead(raw);
    const s = start + raw.length - name.length;
    name = name.replace(PART_TAIL, '');
    if (name.length < 4 || !FACILITY_END.test(name)) continue;
    // a short name must start at a place or stand as its clause's subject (，某江六桥主桥顺利合龙)
    if (name.length < 5 && !places.some((p) => p.start === s) && !/^$|[，。；：\n]$/u.test(text.slice(Math.max(0, s - 1), s))) continue;
    if (SENTENCE_WORDS.test(name)) continue; // 他说大桥 is a clause, not a name
    out.push({ start: s, end: s + name.length, name, kind: 'construction' });
  }
  return out;
}
