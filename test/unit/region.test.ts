import { describe, expect, it } from 'vitest';
import { inferRegion, resolveRegion, resolveRegionWord } from '../../extractors/region.js';

describe('region', () => {
  it('resolves --region in full or short form to the county with its chain', () => {
    for (const name of ['平湖市', '平湖']) {
      expect(resolveRegion(name)?.chain.map((e) => e.name)).toEqual(['平湖市', '嘉兴市', '浙江省']);
    }
  });

  it('maps a local paper\'s words for its own region', () => {
    const r = resolveRegion('平湖市');
    expect(resolveRegionWord('我市', r)?.name).toBe('平湖市');
    expect(resolveRegionWord('全市', r)?.name).toBe('平湖市');
    expect(resolveRegionWord('市', r)?.name).toBe('平湖市');
    expect(resolveRegionWord('在平', r)?.name).toBe('平湖市');
    expect(resolveRegionWord('省', r)?.name).toBe('浙江省');
    expect(resolveRegionWord('县', r)).toBeNull();
    expect(resolveRegionWord('在京', r)).toBeNull();
  });

  it('infers the region from the county named most often', () => {
    // Written for this test.
    const text = '房县县委召开会议。十堰市有关负责人到房县调研，房县各乡镇负责人参加。';
    expect(inferRegion(text)?.entry.name).toBe('房县');
    expect(resolveRegion(null, text)?.chain.map((e) => e.name)).toEqual(['房县', '十堰市', '湖北省']);
  });
});
