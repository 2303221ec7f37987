/**
 * The date-range slider works in whole days between the earliest and latest
 * date of what is drawn; these convert between slider steps and dates.
 */
const DAY = 86_400_000;
const toDay = (d: string): number => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);
const fromDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

export interface DateScale { min: string; max: string; steps: number }

/** The span of `dates` (ignoring nulls), or null when nothing is dated. */
export function dateScale(dates: ReadonlyArray<string | null>): DateScale | null {
  const ds = dates.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (ds.length === 0) return null;
  const min = ds[0]!;
  const max = ds[ds.length - 1]!;
  return { min, max, steps: toDay(max) - toDay(min) };
}

export const stepToDate = (s: DateScale, step: number): string => fromDay(toDay(s.min) + Math.max(0, Math.min(step, s.steps)));
export const dateToStep = (s: DateScale, date: string): number => Math.max(0, Math.min(toDay(date) - toDay(s.min), s.steps));
