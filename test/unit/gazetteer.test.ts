import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chainOf, isPlaceName, lookupFull, lookupPlace, lookupShort, pickEntry } from '../../extractors/gazetteer.js';

describe('gazetteer', () => {
  it('resolves a town short form to the town, with its code and chain', () => {
    const [town] = lookupShort('林埭');
    expect(town).toMatchObject({ name: '林埭镇', level: 'township', code: '330482107' });
    expect(chainOf(town!).map((e) => e.name)).toEqual(['林埭镇', '平湖市', '嘉兴市', '浙江省']);
  });

  it('knows levels from codes and suffixes', () => {
    expect(lookupFull('浙江省')[0]?.level).toBe('province');
    expect(lookupFull('嘉兴市')[0]?.level).toBe('prefecture');
    expect(lookupFull('平湖市')[0]?.level).toBe('county');
    expect(lookupFull('当湖街道')[0]?.level).toBe('subdistrict');
    expect(isPlaceName('平湖市')).toBe(true);
    expect(isPlaceName('平湖')).toBe(false);
    expect(lookupPlace('平湖').map((e) => e.name)).toContain('平湖市');
  });

  it('strips the county that some source rows repeat in a town name (濮阳县五星乡 → 五星乡)', () => {
    const hits = lookupFull('五星乡').filter((e) => e.code.startsWith('410928'));
    expect(hits).toHaveLength(1);
    expect(lookupFull('濮阳县五星乡')).toHaveLength(0);
  });

  it('picks the unit closest to the region when a name recurs', () => {
    const many = lookupFull('城关镇');
    expect(many.length).toBeGreaterThan(10);
    expect(pickEntry(many, '410928')?.code.startsWith('410928')).toBe(true);
  });

  it('ships a compact data file (a few MB at most)', () => {
    const size = statSync(new URL('../../extractors/data/gazetteer.json', import.meta.url)).size;
    expect(size).toBeLessThan(3_000_000);
  });
});
