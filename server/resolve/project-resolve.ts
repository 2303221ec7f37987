/**
 * Project resolution (pure): the canonical entity of an extracted project and the project it is
 * across articles. The id comes from the key of the whole project (so `X产业园一期` and
 * `X产业园` get one id), the shown name is the whole project's (`X产业园（一期）` → `X产业园`),
 * and every printed name stays an alias. The index (project-index.ts) joins names printed
 * differently; the resolver then applies the merge/split judgements made by hand, which undo or
 * force any of these decisions for later ingests too (docs/graph-model.md, "One project across
 * articles").
 */
import type { ExtractedEntity, Props } from '../../model/graph.schema.js';
import { shortHash } from './ids.js';
import { projectKey } from './project-key.js';
import type { ProjectIndex, ProjectMatch } from './project-index.js';

/** The canonical id, name and props of an extracted project (before the index and judgements). */
export function canonicalProject(e: ExtractedEntity, region: string | null): { id: string; name: string; props: Props } {
  const k = projectKey(e.name, region);
  const printed = [e.name, ...(Array.isArray(e.props.aliases) ? e.props.aliases.filter((x): x is string => typeof x === 'string') : [])];
  return {
    id: `prj_${shortHash(k.key, region)}`,
    name: k.display,
    props: { ...e.props, key: k.key, key_scope: region ?? '', aliases: [...new Set(printed.filter((n) => n !== k.display))] },
  };
}

/** The id a project takes in the graph: a known project's when the index finds one, else its own (then known). */
export function resolveProjectId(index: ProjectIndex, key: string, region: string | null, own: string): { id: string; match: ProjectMatch | null } {
  const scope = region ?? '';
  const match = index.match(key, scope);
  index.add(key, scope, match?.id ?? own);
  return { id: match?.id ?? own, match };
}
