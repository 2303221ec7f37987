// A centre is a body when it acts or has posts; it is a place when an event is held in it, and part of
// a project when it is being built. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../extractors/org-finder.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';

const read = (text: string) => {
  const region = resolveRegion(null, text);
  const places = findPlacesIn(text, region);
  return { places: places.map((p) => p.name), orgs: findOrganizations(text, places, region).map((o) => o.name) };
};

describe('centres as venues, facilities and bodies', () => {
  it('takes the building an event is held in for a place, not a body', () => {
    expect(read('颁奖大会在县文化艺术中心举行。')).toEqual({ places: ['县文化艺术中心'], orgs: [] });
  });

  it('keeps the centre a body when it has posts', () => {
    expect(read('县文化艺术中心主任王明出席。').orgs).toEqual(['县文化艺术中心']);
  });

  it('leaves a centre being built to the project (…繁育中心建设项目)', () => {
    expect(read('白塔县肉牛良种繁育中心建设项目开工。').orgs).toEqual([]);
  });
});
