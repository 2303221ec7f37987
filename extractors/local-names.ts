/**
 * Places, organisations and projects of one text, found once and shared by
 * the three extractors (they run one after the other on the same article):
 * places first (organisation names start with them), then organisations,
 * then projects (a listed project is not a body even with a body's ending).
 */
import { resolveRegion, type Region } from './region.js';
import { findPlacesIn } from './place-finder.js';
import { findOrganizations } from './org-finder.js';
import { findProjects, type ProjectHit } from './project-finder.js';
import type { PlaceHit } from './place-grammar.js';
import type { OrgHit } from './org-grammar.js';

/** What the name finders found in one text. */
export interface LocalNames {
  region: Region | null;
  places: PlaceHit[];
  orgs: OrgHit[];
  projects: ProjectHit[];
}

let last: { text: string; region: string | null; names: LocalNames } | null = null;

/** Finds the names of `text` for the paper's region (`--region`, or inferred from the text); memoised on the last call. */
export function analyzeNames(text: string, regionName: string | null): LocalNames {
  if (last && last.text === text && last.region === regionName) return last.names;
  const region = resolveRegion(regionName, text);
  const places = findPlacesIn(text, region);
  // Bare level words (市委) are expanded to the region only when the paper's region was given.
  const found = findOrganizations(text, places, region, regionName ? region : null);
  const projects = findProjects(text, found, places);
  const orgs = found.filter((o) => !projects.some((p) => p.start === o.start && p.end === o.end));
  const names = { region, places, orgs, projects };
  last = { text, region: regionName, names };
  return names;
}
