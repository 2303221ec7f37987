/**
 * Where a post sits (pure), for telling people of one name apart across articles
 * (docs/decisions/person-resolution.md): a post of a named village, of a named town, or a
 * post above the towns (city or county leadership and its departments). A post whose unit
 * is not printed (`村主任`, `镇长` with no village or town before it) has a level but no
 * seat: it can neither prove nor disprove that two mentions are one person.
 */
import { normalizeOrgName } from './normalize-names.js';

export type SeatKind = 'village' | 'town' | 'upper';

/** The level of a post and, when printed, the unit it belongs to. */
export interface PostPlace {
  kind: SeatKind;
  /** `白沙村`, `东溪` (a town without its 镇/乡/街道, so 东溪 ~ 东溪镇), an organisation's full name; null when not printed. */
  unit: string | null;
}

export interface Seat {
  kind: SeatKind;
  unit: string;
}

export const seatKey = (s: Seat): string => `${s.kind}:${s.unit}`;

/** Posts held from outside the unit (a bureau's cadre sent to a village as 第一书记): no seat. */
const SECONDED = /第一书记|驻村|挂职|联村|包村|指导员|联络员/;
/** Tails of a body's name that are not part of the unit (`白沙村党委` is 白沙村's). */
const BODY_TAIL = /(党委|党总支|党支部|党工委|总支|支部|村委会|居委会|村民委员会|居民委员会|股份经济合作社|经济合作社|人民政府|政府|办事处|人大主席团|人大|纪委|党群服务中心)$/;
/** Posts above the towns that a village cadre does not hold at the same time. */
const UPPER_TITLE = /(市长|县长|区长|书记|常委|部长|局长|主任|主席|秘书长|检察长|院长|审判长|政委|处长|科长)$/;
const UPPER_BODY = /(局|委|办|部|厅|政府|法院|检察院|人大常委会|政协|委员会|公署|中心)$/;
/** Not a post of office: deputies, members, ordinary roles. */
const NOT_A_POST = /代表|(?<!常)委员$|党员|成员|顾问|会员/;

/** `农村`, `乡村`, `城乡`, `城镇` in a body's name (农业农村局, 乡村振兴局, 城乡建设局) name no village or town. */
const noFarming = (s: string): string => s.replace(/(新)?农村|乡村|城乡|城镇|村镇/g, '');

function stripBody(s: string): string {
  let t = s;
  for (let i = 0; i < 3 && BODY_TAIL.test(t); i++) t = t.replace(BODY_TAIL, '');
  return t;
}

/** A village or town named at the end of `body` (after its tails are dropped). */
function unitIn(body: string): PostPlace | null {
  const t = stripBody(noFarming(body));
  const village = /([^市县区镇乡道]{1,8}(?:村|社区))$/.exec(t);
  if (village) return { kind: 'village', unit: village[1]! };
  const town = /([^市县区镇乡道]{1,8})(镇|乡|街道)$/.exec(t);
  if (town) return { kind: 'town', unit: town[1]! };
  return null;
}

/**
 * Level and unit of a post given as stored on a Role (`canonical`, `scope`; see normalizeRole).
 * Null for posts that say nothing about where their holder works (代表, 委员, enterprise posts).
 */
export function placeOfPost(canonical: string, scope: string | null, region: string | null): PostPlace | null {
  // A paper has a few hundred distinct posts and every article repeats them.
  const key = `${canonical}\u0000${scope ?? ''}\u0000${region ?? ''}`;
  if (placeCache.has(key)) return placeCache.get(key)!;
  const place = placeOfPostUncached(canonical, scope, region);
  if (placeCache.size > 50_000) placeCache.clear();
  placeCache.set(key, place);
  return place;
}

const placeCache = new Map<string, PostPlace | null>();

function placeOfPostUncached(canonical: string, scope: string | null, region: string | null): PostPlace | null {
  const title = canonical.replace(/\s+/g, '');
  const bare = noFarming(title);
  if (SECONDED.test(title) || NOT_A_POST.test(title)) return null;
  const fromScope = scope ? unitIn(scope) : null;
  if (fromScope) return fromScope;
  // The body printed inside the title itself (`新仓镇党委书记`).
  const prefix = /^(.+?(?:村|社区|镇|乡|街道))/.exec(bare);
  const fromTitle = prefix ? unitIn(prefix[1]!) : null;
  if (fromTitle) return fromTitle;
  // A level named but no unit (`村主任`; `副书记` of the `镇党委` printed as such).
  const words = bare + noFarming(scope ?? '');
  if (/村|社区/.test(words)) return { kind: 'village', unit: null };
  if (/镇|乡|街道/.test(words)) return { kind: 'town', unit: null };
  if (!UPPER_TITLE.test(title)) return null;
  if (!scope) return { kind: 'upper', unit: null };
  if (scope === region || /^.{2,}[市县区]$/.test(scope)) return { kind: 'upper', unit: scope };
  if (UPPER_BODY.test(scope)) return { kind: 'upper', unit: normalizeOrgName(scope, region) };
  return null;
}

/** The seat of a post: its level and unit when the unit is printed, else null. */
export function seatOfPost(canonical: string, scope: string | null, region: string | null): Seat | null {
  const p = placeOfPost(canonical, scope, region);
  return p?.unit ? { kind: p.kind, unit: p.unit } : null;
}

/**
 * How two different seats exclude each other for one person:
 * - `lasting`: a village cadre is not at the same time the cadre of another village, nor of
 *   a city bureau or the city's leadership (people do not move between these within a year);
 * - `rotating`: town cadres are moved between towns, so two towns exclude each other only
 *   when the tenures seen actually overlap;
 * - null: compatible (a town post with a county post is the usual 县委常委、镇党委书记).
 */
export function conflictKind(a: Seat, b: Seat): 'lasting' | 'rotating' | null {
  if (a.kind === b.kind && a.unit === b.unit) return null;
  if (a.kind === 'village' && (b.kind === 'village' || b.kind === 'upper')) return 'lasting';
  if (b.kind === 'village' && a.kind === 'upper') return 'lasting';
  if (a.kind === 'town' && b.kind === 'town') return 'rotating';
  return null;
}

/** Days of margin around a seat's seen tenure within which the other seat excludes it. */
export const MARGIN_DAYS = { lasting: 365, rotating: 0 } as const;

/** The dated span over which a person was seen in one seat. */
export interface SeatSpan {
  seat: Seat;
  first: string | null;
  last: string | null;
  /** Sightings in undated articles. */
  undated: number;
}

const day = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Whether a sighting in `seat` on `date` excludes the person seen in `span` (another seat of
 * theirs). `own` is what that person was seen in `seat` itself, if anything: for towns the
 * test is whether the tenures interleave once this sighting is added (a cadre moved from A to
 * B is not seen in A again; two people of one name keep being seen in both). Undated
 * sightings count as overlapping for lasting conflicts (a village cadre stays) and never for
 * rotating ones.
 */
export function excludes(span: SeatSpan, seat: Seat, date: string | null, own?: SeatSpan): boolean {
  const kind = conflictKind(span.seat, seat);
  if (!kind) return false;
  const d = date !== null && !Number.isNaN(day(date)) ? day(date) : null;
  const lo = span.first !== null ? day(span.first) : NaN;
  const hi = span.last !== null ? day(span.last) : NaN;
  const dated = !Number.isNaN(lo) && !Number.isNaN(hi);
  if (kind === 'lasting') {
    if (d === null || !dated || span.undated > 0) return true;
    return lo - MARGIN_DAYS.lasting <= d && d <= hi + MARGIN_DAYS.lasting;
  }
  if (d === null || !dated) return false;
  const oLo = own?.first ? Math.min(day(own.first), d) : d;
  const oHi = own?.last ? Math.max(day(own.last), d) : d;
  return oLo - MARGIN_DAYS.rotating <= hi && lo <= oHi + MARGIN_DAYS.rotating;
}
