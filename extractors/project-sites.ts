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
