/** The comparable view of one article (gold or predicted), as the scorer sees it. */
export interface EvalPerson { name: string; roles: string[] }
export interface EvalMeeting { name: string; date: string | null; chair: string[]; attendees: string[] }
export interface EvalStep { project: string; stage: string; date: string | null }
export interface EvalByline { name: string; role: string | null }

export interface EvalDoc {
  persons: EvalPerson[];
  places: string[];
  organizations: string[];
  projects: string[];
  meetings: EvalMeeting[];
  bylines: EvalByline[];
  /** null: the unit does not annotate steps (gold without `steps`), so the category skips it. */
  steps: EvalStep[] | null;
}

export const CATEGORIES = [
  'persons', 'person_roles', 'places', 'organizations', 'projects', 'meetings', 'meeting_dates', 'attendance',
  'bylines', 'steps',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Counts of one category: predictions that matched / all predictions, gold found / all gold. */
export interface Counts { predMatched: number; pred: number; goldFound: number; gold: number }

export interface Score extends Counts { precision: number; recall: number; f1: number }

/** What did not match, for `eval --details`. */
export interface Misses { falsePositives: string[]; falseNegatives: string[] }
