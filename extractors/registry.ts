/**
 * The extractors, in the order they run. Each sees what earlier ones found in
 * `ctx.found`: places and organisations first (so people and meetings can
 * refer to them), then people and posts, then meetings, then bylines.
 */
import type { Extractor } from './types.js';
import { placeExtractor } from './place.extractor.js';
import { organizationExtractor } from './organization.extractor.js';
import { projectExtractor } from './project.extractor.js';
import { personRoleExtractor } from './person-role.extractor.js';
import { projectPeopleExtractor } from './project-people.extractor.js';
import { meetingExtractor } from './meeting.extractor.js';
import { bylineExtractor } from './byline.extractor.js';

export const registry: readonly Extractor[] = [placeExtractor, organizationExtractor, projectExtractor, personRoleExtractor, projectPeopleExtractor, meetingExtractor, bylineExtractor];
