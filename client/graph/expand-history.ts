/**
 * Undo for expansions: each step records the ids it added, so undo removes
 * exactly those and nothing the user had before.
 */
export interface ExpandStep { nodeId: string; added: string[] }

export class ExpandHistory {
  private steps: ExpandStep[] = [];

  push(step: ExpandStep): void {
    if (step.added.length > 0) this.steps.push(step);
  }

  /** The last step, removed from the history; undefined when there is nothing to undo. */
  pop(): ExpandStep | undefined {
    return this.steps.pop();
  }

  clear(): void {
    this.steps = [];
  }

  get size(): number {
    return this.steps.length;
  }

  /** Ids of the nodes that were expanded, oldest first (for the URL). */
  expandedIds(): string[] {
    return [...new Set(this.steps.map((s) => s.nodeId))];
  }
}

/**
 * Which neighbours of `nodeId` a collapse removes: those attached to nothing
 * else, not pinned and not the focus. `edges` are `[source, target]` pairs.
 */
export function collapsible(
  nodeId: string,
  edges: ReadonlyArray<readonly [string, string]>,
  keep: ReadonlySet<string>,
): string[] {
  const degree = new Map<string, number>();
  const neighbours = new Set<string>();
  for (const [s, t] of edges) {
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
    if (s === nodeId && t !== nodeId) neighbours.add(t);
    if (t === nodeId && s !== nodeId) neighbours.add(s);
  }
  const linksTo = (n: string): number => edges.filter(([s, t]) => (s === n && t === nodeId) || (t === n && s === nodeId)).length;
  return [...neighbours].filter((n) => !keep.has(n) && degree.get(n) === linksTo(n));
}
