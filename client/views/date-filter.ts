/**
 * The date filter: two date inputs and a two-thumb slider over the dates of
 * what is drawn; both stay in step and report `[from, to]`.
 */
import { dateScale, dateToStep, stepToDate, type DateScale } from '../lib/date-slider.js';

export interface DateFilter { setDates(dates: ReadonlyArray<string | null>): void }

export function mountDateFilter(initial: { from: string | null; to: string | null }, onChange: (from: string | null, to: string | null) => void): DateFilter {
  const q = (id: string): HTMLInputElement => document.querySelector<HTMLInputElement>(id)!;
  const [from, to, sFrom, sTo] = [q('#date-from'), q('#date-to'), q('#slider-from'), q('#slider-to')];
  const box = document.querySelector<HTMLElement>('#date-slider')!;
  from.value = initial.from ?? '';
  to.value = initial.to ?? '';
  let scale: DateScale | null = null;
  const syncSliders = (): void => {
    if (!scale) return;
    sFrom.value = String(from.value ? dateToStep(scale, from.value) : 0);
    sTo.value = String(to.value ? dateToStep(scale, to.value) : scale.steps);
  };
  const emit = (): void => onChange(from.value || null, to.value || null);
  for (const input of [from, to]) input.addEventListener('change', () => { syncSliders(); emit(); });
  const slide = (): void => {
    if (!scale) return;
    const a = Math.min(Number(sFrom.value), Number(sTo.value));
    const b = Math.max(Number(sFrom.value), Number(sTo.value));
    // The ends of the slider mean "no bound", so undated-range filters are not set by accident.
    from.value = a === 0 ? '' : stepToDate(scale, a);
    to.value = b === scale.steps ? '' : stepToDate(scale, b);
    emit();
  };
  sFrom.addEventListener('input', slide);
  sTo.addEventListener('input', slide);
  return {
    setDates(dates) {
      scale = dateScale(dates);
      box.hidden = !scale || scale.steps === 0;
      if (!scale) return;
      for (const s of [sFrom, sTo]) s.max = String(scale.steps);
      box.title = `${scale.min} – ${scale.max}`;
      syncSliders();
    },
  };
}
