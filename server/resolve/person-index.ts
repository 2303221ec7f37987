/**
 * The people known so far, by name, with the seats each was seen in and when (pure; loaded
 * from the graph by person-lookup.ts, kept up to date as an ingest run resolves articles).
 * Decides which Person a mention of a name is: the rule is in
 * docs/decisions/person-resolution.md.
 */
import { shortHash } from './ids.js';
import { excludes, seatKey, type Seat, type SeatKind, type SeatSpan } from './person-seats.js';

export interface PersonCandidate {
  id: string;
  /** Seat key → where and when this person was seen in it. */
  seats: Map<string, SeatSpan>;
}

/** One person as one article mentions them. */
export interface PersonMention {
  name: string;
  article: string;
  date: string | null;
  /** Posts whose unit is printed. */
  seats: Seat[];
  /** Levels of the posts whose unit is not printed (`村主任` alone): a hint for ties. */
  levels: SeatKind[];
}

export class PersonIndex {
  private readonly byName = new Map<string, PersonCandidate[]>();
  private readonly loaded = new Set<string>();
  /** `name|seat` → the span of the current batch's sightings of that name in that seat. */
  private readonly hints = new Map<string, SeatSpan>();

  constructor(readonly region: string | null) {}

  private graphNames: Set<string> | null = null;

  hasGraphNames(): boolean {
    return this.graphNames !== null;
  }

  /** The names of the people in the graph when the run started. */
  setGraphNames(names: Iterable<string>): void {
    this.graphNames = new Set(names);
  }

  /** Whether someone of this name may be in the graph (true when the names were not read). */
  inGraph(name: string): boolean {
    return this.graphNames === null || this.graphNames.has(name);
  }

  /** The names not loaded from the graph yet. */
  missing(names: Iterable<string>): string[] {
    return [...new Set(names)].filter((n) => !this.loaded.has(n));
  }

  markLoaded(names: Iterable<string>): void {
    for (const n of names) this.loaded.add(n);
  }

  /** Ids of the people of this name known so far. */
  ids(name: string): string[] {
    return (this.byName.get(name) ?? []).map((c) => c.id);
  }

  /** The id a person of this name gets when nothing tells them apart (as before this rule). */
  baseId(name: string): string {
    let id = this.bases.get(name);
    if (id === undefined) {
      id = `per_${shortHash(name, this.region)}`;
      if (this.bases.size > 100_000) this.bases.clear();
      this.bases.set(name, id);
    }
    return id;
  }

  private readonly bases = new Map<string, string>();

  /**
   * The person this mention is: a known one whose seats it does not contradict (the one
   * sharing a seat first, then one at the same level, then the one with the base id, then the
   * smallest id), else a new one (the base id when free, else an id from its seats).
   */
  choose(m: PersonMention): string {
    const cands = this.byName.get(m.name) ?? [];
    const base = this.baseId(m.name);
    const fits = cands.filter((c) => !this.contradicts(c, m));
    if (fits.length > 0) return fits.map((c) => [rank(c, m, base), c.id] as const).sort(byRankThenId)[0]![1];
    if (!cands.some((c) => c.id === base)) return base;
    const keys = m.seats.map(seatKey).sort();
    const id = `per_${shortHash(m.name, this.region, ...keys)}`;
    return cands.some((c) => c.id === id) ? `per_${shortHash(m.name, this.region, ...keys, m.article)}` : id;
  }

  /** Adds what a mention showed to person `id` (known or new). */
  record(m: PersonMention, id: string): void {
    const c = this.candidate(m.name, id);
    for (const s of m.seats) widen(c, s, m.date, 1);
  }

  /**
   * Tells the index what the whole batch shows before it resolves the batch one mention at a
   * time: a person is assumed to hold a seat over all of the batch's sightings of their name
   * in it, so two town tenures that interleave within the batch are seen to interleave
   * already at the first mention (instead of the first two sightings being merged).
   */
  hint(m: PersonMention): void {
    for (const s of m.seats) {
      const k = `${m.name}|${seatKey(s)}`;
      const h = this.hints.get(k) ?? { seat: s, first: null, last: null, undated: 0 };
      this.hints.set(k, widenSpan(h, m.date));
    }
  }

  clearHints(): void {
    this.hints.clear();
  }

  /** Adds a seat span loaded from the graph. */
  recordSpan(name: string, id: string, span: SeatSpan): void {
    const c = this.candidate(name, id);
    const k = seatKey(span.seat);
    const prev = c.seats.get(k);
    if (!prev) c.seats.set(k, { ...span });
    else {
      if (span.first !== null) widen(c, span.seat, span.first, 0);
      if (span.last !== null) widen(c, span.seat, span.last, 0);
      prev.undated += span.undated;
    }
  }

  /** Adds a person seen with no seat (so it is a candidate for its name). */
  recordPerson(name: string, id: string): void {
    this.candidate(name, id);
  }

  private candidate(name: string, id: string): PersonCandidate {
    let list = this.byName.get(name);
    if (!list) this.byName.set(name, (list = []));
    let c = list.find((x) => x.id === id);
    if (!c) list.push((c = { id, seats: new Map() }));
    return c;
  }

  private contradicts(c: PersonCandidate, m: PersonMention): boolean {
    for (const s of m.seats) {
      const held = c.seats.get(seatKey(s));
      const own = this.withHint(m.name, s, held);
      for (const span of c.seats.values()) {
        if (!excludes(this.withHint(m.name, span.seat, span)!, s, m.date, own)) continue;
        // Held together already, against the rule: a merge made by hand, or one article that
        // gave one person both posts. That person keeps being seen in both.
        if (held && together(span, held)) continue;
        return true;
      }
    }
    return false;
  }

  /** A seat span widened by the current batch's sightings of the name in that seat. */
  private withHint(name: string, seat: Seat, span: SeatSpan | undefined): SeatSpan | undefined {
    const h = this.hints.get(`${name}|${seatKey(seat)}`);
    if (!h) return span;
    if (!span) return h;
    const out = { ...span, undated: span.undated + h.undated };
    return h.first === null ? out : widenSpan(widenSpan(out, h.first), h.last);
  }
}

/** Whether two seats a person holds already exclude each other as seen (so they were put together on purpose). */
function together(a: SeatSpan, b: SeatSpan): boolean {
  return excludes(a, b.seat, b.first, b) || excludes(a, b.seat, b.last, b);
}

function rank(c: PersonCandidate, m: PersonMention, base: string): number {
  if (m.seats.some((s) => c.seats.has(seatKey(s)))) return 0;
  if (m.levels.some((k) => [...c.seats.values()].some((s) => s.seat.kind === k))) return 1;
  return c.id === base ? 2 : 3;
}

const byRankThenId = (a: readonly [number, string], b: readonly [number, string]) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** A copy of `s` that includes `date` (null: one more undated sighting). */
function widenSpan(s: SeatSpan, date: string | null): SeatSpan {
  if (date === null) return { ...s, undated: s.undated + 1 };
  return { ...s, first: s.first === null || date < s.first ? date : s.first, last: s.last === null || date > s.last ? date : s.last };
}

/** Widens the span of `seat` to include `date` (null: one more undated sighting). */
function widen(c: PersonCandidate, seat: Seat, date: string | null, undated: number): void {
  const k = seatKey(seat);
  let s = c.seats.get(k);
  if (!s) c.seats.set(k, (s = { seat, first: null, last: null, undated: 0 }));
  if (date === null) {
    s.undated += undated;
    return;
  }
  if (s.first === null || date < s.first) s.first = date;
  if (s.last === null || date > s.last) s.last = date;
}
