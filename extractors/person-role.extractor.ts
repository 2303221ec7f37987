/** People and their posts (first version: placeholder, filled in next). */
import type { Extractor, Found } from './types.js';

export const personRoleExtractor: Extractor = {
  id: 'person-role',
  description: 'people named in the text, with the posts (titles) printed with them',
  extract(): Found {
    return { entities: [], relations: [] };
  },
};
