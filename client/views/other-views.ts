/** The views besides the graph (console, timeline, attendance), mounted when first shown. */
import type { EvidenceItem, GraphElements } from '../../model/api.schema.js';
import type { UrlState, ViewName } from '../lib/url-state.js';
import { showTimeline } from './timeline-view.js';
import { mountAttendance } from './attendance-view.js';

export interface OtherViews { shown(view: ViewName): void; timeline(id: string): void }

export function mountOtherViews(o: {
  state: UrlState; saveUrl(): void; openArticle(id: string, ev?: EvidenceItem): void;
  showInGraph(id: string): void; drawResult(els: GraphElements): Promise<void>;
}): OtherViews {
  const q = <T extends HTMLElement>(s: string): T => document.querySelector<T>(s)!;
  let consoleMounted = false;
  let attendanceShown: (() => void) | null = null;
  const timelineBody = q<HTMLElement>('#view-timeline');
  timelineBody.classList.add('scroll');
  const hooks = { showInGraph: o.showInGraph, openArticle: o.openArticle };
  let timelineFor: string | null | undefined;
  return {
    shown(view) {
      if (view === 'console' && !consoleMounted) {
        consoleMounted = true;
        // CodeMirror is loaded only when the console is opened: the graph view starts faster.
        void import('./console-view.js').then(({ mountConsole }) => mountConsole(q('#view-console'), {
          query: o.state.query, onQuery: (text) => { o.state.query = text; o.saveUrl(); }, showInGraph: o.showInGraph,
        }));
      }
      if (view === 'attendance') {
        attendanceShown ??= mountAttendance(q('#view-attendance'), hooks);
        attendanceShown();
      }
      if (view === 'timeline' && timelineFor !== o.state.subject) {
        timelineFor = o.state.subject;
        void showTimeline(timelineBody, o.state.subject, hooks);
      }
    },
    timeline(id) {
      o.state.subject = id;
      o.saveUrl();
      timelineFor = id;
      void showTimeline(timelineBody, id, hooks);
    },
  };
}
