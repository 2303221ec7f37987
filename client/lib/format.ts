/** Pure formatting helpers shared by the views. */

/** `2020-01-05 – 2021-03-02`, a single date when both are equal, `?` for unknown ends. */
export function tenure(first: string | null, last: string | null): string {
  if (!first && !last) return '?';
  if (first === last) return first ?? '?';
  return `${first ?? '?'} – ${last ?? '?'}`;
}

/** A property value as text: lists joined, null as an empty string. */
export function propText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(propText).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Properties worth showing, without the ones the panel shows elsewhere or that are huge. */
export function visibleProps(props: Record<string, unknown>): Array<[string, string]> {
  const skip = new Set(['id', 'name', 'text', 'hash']);
  return Object.entries(props)
    .filter(([k, v]) => !skip.has(k) && propText(v) !== '')
    .map(([k, v]) => [k, propText(v)] as [string, string])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
