/**
 * Project resolution moved to server/resolve/ (pure, no IO): the index of known projects lives in
 * server/resolve/project-index.ts. Loaded here from the graph's stored names, each normalised to
 * its key (an older graph stored keys of an earlier rule; names give today's keys).
 */
import { ProjectIndex as Index } from '../resolve/project-index.js';
import { projectKey } from '../resolve/project-key.js';

/** The index of known projects, normalising each stored name or key to today's key. */
export class ProjectIndex extends Index {
  constructor(entries: Iterable<{ key: string; scope: string; id: string }> = []) {
    super(entries, (key, scope) => projectKey(key, scope || null).key);
  }
}
