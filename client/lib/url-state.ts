/**
 * What the URL remembers, so a link restores the view: the focused entity,
 * hidden types, the date range, expanded nodes, the active view and the
 * console query. Pure parse/serialise over the query string.
 */
export type ViewName = 'graph' | 'console' | 'timeline' | 'attendance' | 'audit';
const VIEWS: readonly ViewName[] = ['graph', 'console', 'timeline', 'attendance', 'audit'];

export interface UrlState {
  view: ViewName;
  /** The entity whose neighbourhood the graph started from; none = the overview (or an empty canvas with `blank`). */
  start: string | null;
  /** An empty canvas (after "clear"): neither the overview nor a start entity. */
  blank: boolean;
  /** The name a saved view was given (shown with the view). */
  title: string | null;
  /** The selected entity. */
  focus: string | null;
  hidden: string[];
  from: string | null;
  to: string | null;
  expanded: string[];
  query: string | null;
  /** The entity the timeline/history view shows. */
  subject: string | null;
  lang: 'zh' | 'en';
}

export const EMPTY_STATE: UrlState = {
  view: 'graph', start: null, blank: false, title: null, focus: null, hidden: [], from: null, to: null, expanded: [], query: null, subject: null, lang: 'zh',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const date = (k: string): string | null => { const v = p.get(k); return v && DATE.test(v) ? v : null; };
  return {
    view: VIEWS.includes(view as ViewName) ? (view as ViewName) : 'graph',
    start: p.get('start') || null,
    blank: p.get('blank') === '1',
    title: p.get('name')?.trim().slice(0, 100) || null,
    focus: p.get('focus') || null,
    hidden: list(p.get('hide')),
    from: date('from'),
    to: date('to'),
    // Ids may contain commas in principle, so expanded nodes are repeated params.
    expanded: p.getAll('x').filter(Boolean),
    query: p.get('q') || null,
    subject: p.get('subject') || null,
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
  };
}

export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.title) p.set('name', s.title);
  if (s.start) p.set('start', s.start);
  else if (s.blank) p.set('blank', '1');
  if (s.focus) p.set('focus', s.focus);
  if (s.hidden.length) p.set('hide', [...s.hidden].sort().join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const x of s.expanded) p.append('x', x);
  if (s.query) p.set('q', s.query);
  if (s.subject) p.set('subject', s.subject);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}
