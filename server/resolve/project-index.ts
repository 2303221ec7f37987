/**
 * Which known project a name is (pure): the keys (project-key.ts) of the projects known so far,
 * per region. A key joins the project that has it; else the one project whose every known key
 * contains it or lies inside it (`滨河绿道` ~ `钟埭街道滨河绿道`), four characters or more. A key
 * two projects could take, or that a project's other keys contradict (`东湖片区智慧绿道` is not
 * `西湖片区智慧绿道` because `智慧绿道` came first), makes a new project. Loaded from the graph at
 * the start of an ingest and kept up to date as articles are resolved.
 */

/** The project a key joined and why (for the entity's provenance and the docs' explanations). */
export interface ProjectMatch { id: string; why: 'same name' | 'name inside a known name' | 'known name inside this name' }

/** Shortest key that may join a project by containment. */
const MIN_KEY = 4;

export class ProjectIndex {
  /** scope → key → id */
  private readonly byScope = new Map<string, Map<string, string>>();
  /** scope|id → keys */
  private readonly keysOf = new Map<string, Set<string>>();

  constructor(entries: Iterable<{ key: string; scope: string; id: string }> = [], normalize: (key: string, scope: string) => string = (k) => k) {
    for (const e of entries) this.add(normalize(e.key, e.scope), e.scope, e.id);
  }

  /** The one known project `key` names in `scope`, and why; null when none or more than one could be. */
  match(key: string, scope: string): ProjectMatch | null {
    const keys = this.byScope.get(scope);
    if (!keys) return null;
    const exact = keys.get(key);
    if (exact) return { id: exact, why: 'same name' };
    if (key.length < MIN_KEY) return null;
    let found = null as ProjectMatch | null;
    for (const [known, id] of keys) {
      if (known.length < MIN_KEY || !(known.includes(key) || key.includes(known))) continue;
      if (found?.id === id) continue;
      // every name the project is known by must agree with this one
      const all = this.keysOf.get(`${scope}|${id}`) ?? new Set([known]);
      if (![...all].every((k) => k.includes(key) || key.includes(k))) continue;
      if (found) return null;
      found = { id, why: known.includes(key) ? 'name inside a known name' : 'known name inside this name' };
    }
    return found;
  }

  /** The id of the one known project `key` names, else null. */
  lookup(key: string, scope: string): string | null {
    return this.match(key, scope)?.id ?? null;
  }

  /** Records that `key` names project `id` in `scope` (the first project a key was given keeps it). */
  add(key: string, scope: string, id: string): void {
    let keys = this.byScope.get(scope);
    if (!keys) this.byScope.set(scope, (keys = new Map()));
    if (!keys.has(key)) keys.set(key, id);
    const k = `${scope}|${id}`;
    const set = this.keysOf.get(k) ?? new Set<string>();
    set.add(key);
    this.keysOf.set(k, set);
  }
}
