/**
 * Deciding how to expand a node: per relationship type, how many neighbours
 * there are; a node busier than the threshold asks the user first.
 */
import type { RelCount } from '../../model/api.schema.js';

export interface RelChoice { type: string; count: number }

/** Above this many neighbours the user chooses which relationships to expand. */
export const BUSY_THRESHOLD = 25;

/** The threshold in use: a user setting (localStorage `baoxun.busyThreshold`) or the default. */
export function busyThreshold(stored: string | null): number {
  const n = Number(stored);
  return stored !== null && Number.isInteger(n) && n >= 0 ? n : BUSY_THRESHOLD;
}

/** Counts per relationship type, both directions summed, busiest first. */
export function relChoices(counts: readonly RelCount[]): RelChoice[] {
  const byType = new Map<string, number>();
  for (const c of counts) byType.set(c.type, (byType.get(c.type) ?? 0) + c.count);
  return [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** Whether to ask before expanding. */
export function isBusy(choices: readonly RelChoice[], threshold = BUSY_THRESHOLD): boolean {
  return choices.reduce((n, c) => n + c.count, 0) > threshold;
}

/** The types checked by default: the ones that fit under the threshold together, smallest first. */
export function defaultChosen(choices: readonly RelChoice[], threshold = BUSY_THRESHOLD): string[] {
  const chosen: string[] = [];
  let total = 0;
  for (const c of [...choices].sort((a, b) => a.count - b.count)) {
    if (total + c.count > threshold) break;
    chosen.push(c.type);
    total += c.count;
  }
  return chosen;
}
