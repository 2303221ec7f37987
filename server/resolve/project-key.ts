/**
 * The identity key of a project name across articles (pure): the core of the name
 * (extractors/project-names.ts: quotes, a leading year, generic tails and the phase dropped)
 * without the paper's region in front (`平湖市滨河绿道建设项目` and `“滨河绿道”工程` share
 * `滨河绿道`), the phase it names, and the name the whole project is shown by.
 */
import { projectParts, wholeName } from '../../extractors/project-names.js';
import { ProjectIndex } from './project-index.js';

export interface ProjectKey {
  /** What decides identity within a region. */
  key: string;
  /** The phase the printed name is of (一期, 二期), else null. */
  phase: string | null;
  /** The name of the whole project (phase dropped): `X产业园（一期）` → `X产业园`. */
  display: string;
}

/** The key of a printed project name in the paper's region (`平湖市`, or null when unknown). */
export function projectKey(name: string, region: string | null): ProjectKey {
  const { core, phase } = projectParts(name);
  let key = core;
  if (region && key.startsWith(region) && key.length - region.length >= 2) key = key.slice(region.length);
  else if (region && region.length > 2 && key.startsWith(region.slice(0, -1)) && key.length - region.length >= 1) key = key.slice(region.length - 1);
  return { key, phase, display: wholeName(name.trim()) };
}

/**
 * The index of the projects stored in the graph: each stored key or printed name normalised to
 * today's key, since an older graph stored keys of an earlier rule.
 */
export function storedProjectIndex(entries: Iterable<{ key: string; scope: string; id: string }>): ProjectIndex {
  return new ProjectIndex(entries, (key, scope) => projectKey(key, scope || null).key);
}
