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

describe('ethnic townships (民族乡)', () => {
  it('gives a 民族乡 a short form without its peoples', () => {
    expect(lookupFull('庙子沟蒙古族满族乡')[0]?.short).toBe('庙子沟');
    expect(lookupFull('大围河回族满族乡')[0]?.short).toBe('大围河');
  });

  it('knows the printed forms without the peoples and with one character per people', () => {
    const [full] = lookupFull('庙子沟蒙古族满族乡');
    expect(lookupFull('庙子沟乡')).toContain(full);
    expect(lookupFull('庙子沟蒙满乡')).toContain(full);
    // one people's initial alone would read 回乡 ("go home"): not an alias
    expect(lookupFull('九门回乡')).toHaveLength(0);
    expect(lookupFull('九门乡').map((e) => e.name)).toContain('九门回族乡');
  });
});
