/**
 * Property values between Neo4j and JSON. Strings, integers, booleans and their lists go
 * as they are; floats as numbers (typed, so 1.0 comes back a float, not an integer);
 * temporal values as their ISO text (typed, turned back by date(), datetime(), …).
 * Anything else (points, lists of dates) is refused with its key and type, rather than
 * written in a form that would not come back the same.
 */
import { CONVERTED_TYPES } from './format.js';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

type Json = string | number | boolean | Json[];

/** Plain JSON for the props of one node or relationship; `typed` from the export query. */
export function propsToJson(props: Record<string, unknown>, typed: Array<[string, string]>, what: string): Record<string, Json> {
  const types = new Map(typed);
  for (const [k, t] of types) {
    if (!CONVERTED_TYPES.has(t)) throw new BackupError(`${what}: property ${k} has type ${t}, which the backup format cannot carry`);
  }
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(props)) out[k] = types.has(k) ? converted(v) : plain(v, k, what);
  return out;
}

function converted(v: unknown): Json {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map((x) => Number(x));
  return String(v); // driver temporal values print as ISO text that Cypher's constructors parse
}

function plain(v: unknown, k: string, what: string): Json {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (Array.isArray(v)) return v.map((x) => plain(x, k, what)) as Json[];
  throw new BackupError(`${what}: property ${k} holds ${String(v)}, which the backup format cannot carry exactly`);
}
