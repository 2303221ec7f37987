/** Shapes shared by the readers (re-exported by readers/index.ts). */
import type { RawArticle, RawCredit } from '../types.js';

export interface ReadOptions {
  /** Default publication date (`--published`) when neither the record nor the file name gives one. */
  published?: string | null;
  /** Largest input accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * What reading one input gave: its articles and non-fatal warnings, or one
 * clear error. `pageCredits` lists credits printed on a page that no layout
 * rule ties to one article (see extractors/page-splitter.ts); absent otherwise.
 */
export type ReadOutcome =
  | { ok: true; articles: RawArticle[]; warnings: string[]; pageCredits?: RawCredit[] }
  | { ok: false; error: string };

/** 20 MB, the default size limit. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Collects warnings while a reader runs. */
export type Warn = (message: string) => void;
