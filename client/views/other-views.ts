/** The views besides the graph (console, timeline, attendance, corrections list), mounted when first shown. */
import type { CorrectionResult, EvidenceItem, GraphElements } from '../../model/api.schema.js';
import type { UrlState, ViewName } from '../lib/url-state.js';
import { showTimeline } from './timeline-view.js';
import { mountAttendance } from './attendance-view.js';
import { mountAudit } from './audit-view.js';

export interface OtherViews {
  shown(view: ViewName): void;
  timeline(id: string): void;
  /** A correction changed the graph: views that were loaded load again when next shown. */
  corrected(): void;
  relabel(): void;
  keyChanged(): void;
}

export function mountOtherViews(o: {
  state: UrlState; saveUrl(): void; openArticle(id: string, ev?: EvidenceItem): void;
  showInGraph(id: string): void; drawResult(els: GraphElements): Promise<void>; corrected(r: CorrectionResult): void;
}): OtherViews {
  const q = <T extends HTMLElement>(s: string): T => document.querySelector<T>(s)!;
  let consoleMounted = false;
  let attendanceShown: (() => void) | null = null;
  let auditShown: (() => void) | null = null;
  const timelineBody = q<HTMLElement>('#view-timeline');
  timelineBody.classList.add('scroll');
  const hooks = { showInGraph: o.showInGraph, openArticle: o.openArticle, pick: (id: string) => api.timeline(id) };
  let timelineFor: string | null | undefined;
  const api: OtherViews = {
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
      if (view === 'audit') {
        auditShown ??= mountAudit(q('#view-audit'), { showInGraph: o.showInGraph, changed: o.corrected });
        auditShown();
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
    corrected() {
      timelineFor = undefined;
      if (o.state.view === 'audit') auditShown?.();
    },
    relabel() {
      timelineFor = undefined;
      attendanceShown = null;
      auditShown = null;
      api.shown(o.state.view);
    },
    keyChanged() {
      if (o.state.view === 'audit') auditShown?.();
    },
  };
  return api;
}
