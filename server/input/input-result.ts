import type { ReadOutcome } from '../../extractors/readers/index.js';

/** One input's outcome; `source` is the path as given (or as found under a given directory). */
export interface InputResult { source: string; outcome: ReadOutcome }
