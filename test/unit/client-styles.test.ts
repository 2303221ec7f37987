import { describe, expect, it } from 'vitest';
import { TYPE_LOOKS, buildStylesheet, lookOf, swatchClipPath } from '../../client/graph/styles.js';
import { toSvg } from '../../client/graph/svg-export.js';
import { EntityType } from '../../model/graph.schema.js';

describe('type looks', () => {
  it('gives every entity type and Article its own colour and shape', () => {
    const types = [...EntityType.options, 'Article'];
    const looks = types.map((t) => TYPE_LOOKS[t]);
    expect(looks.every(Boolean)).toBe(true);
    expect(new Set(looks.map((l) => l!.color)).size).toBe(types.length);
    expect(lookOf('Unknown').color).toMatch(/^#/);
  });
  it('has a stylesheet rule per type and hides labels when zoomed out', () => {
    const sheet = buildStylesheet() as Array<{ selector: string; style: Record<string, unknown> }>;
    for (const t of Object.keys(TYPE_LOOKS)) expect(sheet.some((r) => r.selector === `node[type = "${t}"]`)).toBe(true);
    expect(sheet.find((r) => r.selector === 'node')!.style['min-zoomed-font-size']).toBeGreaterThan(0);
  });
  it('draws legend swatches in the node shape', () => {
    expect(swatchClipPath('diamond')).toContain('polygon');
    expect(swatchClipPath('ellipse')).toContain('circle');
  });
});

describe('toSvg', () => {
  it('writes one shape and escaped label per node and one line per edge', () => {
    const svg = toSvg(
      [{ id: 'a', x: 0, y: 0, label: 'A&B <x>', type: 'Person' }, { id: 'b', x: 100, y: 50, label: '县长', type: 'Role' }],
      [{ source: 'a', target: 'b', type: 'HOLDS_ROLE' }, { source: 'a', target: 'missing', type: 'X' }],
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('A&amp;B &lt;x&gt;');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<circle');
    expect(svg).toContain('<rect x="89');
  });
});

describe('isSoftwareRenderer', () => {
  it('tells software WebGL from a GPU', async () => {
    const { isSoftwareRenderer } = await import('../../client/graph/renderer.js');
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });
});
