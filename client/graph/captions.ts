/**
 * What nodes and edges say on the canvas (pure): a node's label (meetings with their date,
 * so the many 座谈会 differ), its size from its degree on a log scale, and an edge's caption
 * in the interface language (a chair's attendance reads 主持).
 */
import type { Lang } from '../lib/i18n.js';

const REL_NAMES: Record<string, [string, string]> = {
  HOLDS_ROLE: ['任职', 'holds'], OF: ['属于', 'of'], MEMBER_OF: ['成员', 'member of'], ATTENDED: ['出席', 'attended'],
  HELD_IN: ['举办地', 'held in'], ORGANIZED_BY: ['主办', 'organised by'], ABOUT: ['议题', 'about'],
  LOCATED_IN: ['位于', 'located in'], RUN_BY: ['实施', 'run by'], INVOLVED_IN: ['参与', 'involved in'], STEP: ['进展', 'step'], PART_OF: ['隶属', 'part of'],
  WROTE: ['撰稿', 'wrote'], MENTIONS: ['提及', 'mentions'],
};
const AS_NAMES: Record<string, [string, string]> = {
  chair: ['主持', 'chaired'], speaker: ['讲话', 'spoke'], observer: ['列席', 'observer'], attendee: ['出席', 'attended'],
};

/** How someone attended (chair, speaker, observer, attendee) in the interface language (other values as they are). */
export function asName(as: string, lang: Lang): string {
  const n = AS_LABELS[as];
  return n ? n[lang === 'zh' ? 0 : 1] : as;
}
const AS_LABELS: Record<string, [string, string]> = {
  chair: ['主持', 'chair'], speaker: ['讲话', 'speaker'], observer: ['列席', 'observer'], attendee: ['出席', 'attendee'],
};

/** A relationship type in the interface language (unknown types as they are). */
export function relName(type: string, lang: Lang): string {
  const names = REL_NAMES[type];
  return names ? names[lang === 'zh' ? 0 : 1] : type;
}

/** An edge's caption: its type (an attendance by how: 主持, 讲话 …), and how many facts when more than one. */
export function edgeCaption(data: { type?: unknown; as?: unknown; count?: unknown }, lang: Lang): string {
  const as = typeof data.as === 'string' ? AS_NAMES[data.as] : undefined;
  const base = data.type === 'ATTENDED' && as ? as[lang === 'zh' ? 0 : 1] : relName(String(data.type ?? ''), lang);
  const count = Number(data.count ?? 1);
  return count > 1 ? `${base} ×${count}` : base;
}

/** A node's label on the canvas: meetings carry their date (namesakes are told apart), other nodes their name. */
export function nodeLabel(data: { label?: unknown; type?: unknown; date?: unknown }): string {
  const label = String(data.label ?? '');
  if (data.type === 'Meeting' && typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(data.date) && !label.includes(data.date)) {
    return `${label}（${data.date.slice(0, 10)}）`;
  }
  return label;
}

/** Node diameter from degree on a log scale: hubs stand out without dwarfing everything (18 px at 0, 64 px cap). */
export function nodeSize(degree: unknown): number {
  const d = Number(degree);
  if (!Number.isFinite(d) || d <= 0) return 18;
  return Math.min(64, Math.round(18 + 8 * Math.log2(1 + d)));
}
