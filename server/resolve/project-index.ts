/**
 * Projects named in full in one article and short in another (`澄湖市柳溪镇滨河绿道建设项目`
 * vs `滨河绿道项目`): the keys (projectKey) of the projects known so far, so a new key that
 * contains, or is contained in, exactly one known key of the same region joins that project.
 * Ambiguous or very short keys stay apart. Loaded from the graph at the start of an ingest
 * and kept up to date as articles are resolved.
 */
export class ProjectIndex {
  private readonly byKey = new Map<string, string>();

  constructor(entries: Iterable<{ key: string; scope: string; id: string }> = []) {
    for (const e of entries) this.add(e.key, e.scope, e.id);
  }

  /** The id of the one known project this key names, else null. `scope` separates regions. */
  lookup(key: string, scope: string): string | null {
    const k = `${scope}|${key}`;
    const exact = this.byKey.get(k);
    if (exact) return exact;
    if (key.length < 4) return null;
    let found: string | null = null;
    for (const [known, id] of this.byKey) {
      if (!known.startsWith(`${scope}|`)) continue;
      const other = known.slice(scope.length + 1);
      if (other.length < 4 || !(other.includes(key) || key.includes(other))) continue;
      if (found && found !== id) return null;
      found = id;
    }
    return found;
  }

  add(key: string, scope: string, id: string): void {
    const k = `${scope}|${key}`;
    if (!this.byKey.has(k)) this.byKey.set(k, id);
  }
}
