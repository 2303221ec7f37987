import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { otsu, textZones, type GreyImage } from '../../server/pdf/zones.js';
import { deskew, skewAngle } from '../../server/pdf/deskew.js';

/** A white page on which "characters" are dark squares 20 px high, 2 px apart. */
function sheet(width: number, height: number) {
  const img: GreyImage = { width, height, data: new Uint8Array(width * height).fill(250) };
  const rect = (x: number, y: number, w: number, h: number, v = 20) => {
    for (let yy = y; yy < y + h; yy++) img.data.fill(v, yy * width + x, yy * width + x + w);
  };
  /** A line of `n` characters of size `s` at (x, y); `gapAt` leaves a gap of `gap` px after that character. */
  const text = (x: number, y: number, n: number, s = 20, gapAt = -1, gap = 0) => {
    let at = x;
    for (let i = 0; i < n; i++) {
      rect(at, y, s, s);
      at += s + 2 + (i === gapAt ? gap : 0);
    }
  };
  return { img, rect, text };
}

describe('textZones: where OCR should read, on the ink alone', () => {
  it('finds the threshold between ink and paper', () => {
    const data = new Uint8Array(100).fill(240);
    data.fill(15, 0, 20);
    const t = otsu(data);
    expect(t).toBeGreaterThanOrEqual(15);
    expect(t).toBeLessThan(240);
  });

  it('cuts a headline and two columns apart, and does not cut a line at the white after a comma', () => {
    const { img, text } = sheet(600, 420);
    text(40, 20, 10, 40); // headline, 40 px characters, across both columns
    for (let i = 0; i < 8; i++) {
      // Left column lines with a 30 px gap in them (`。“`: the white of two full-width marks), the right column 40 px away.
      text(20, 100 + i * 32, 11, 20, i % 3, 30);
      text(330, 100 + i * 32, 11);
    }
    const zones = textZones(img).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    expect(zones).toHaveLength(3);
    const [head, left, right] = zones as [typeof zones[0], typeof zones[0], typeof zones[0]];
    expect(head.y1).toBeLessThan(100);
    expect(left.x1).toBeLessThan(330);
    expect(right.x0).toBeGreaterThan(left.x1);
    expect(left.y1 - left.y0).toBeGreaterThan(7 * 32);
  });

  it('erases a printed rule between columns so that it does not join them', () => {
    const { img, rect, text } = sheet(520, 400);
    for (let i = 0; i < 10; i++) {
      text(20, 20 + i * 32, 10);
      text(268, 20 + i * 32, 10);
    }
    rect(254, 10, 2, 340); // the rule, 12 px from either column
    const zones = textZones(img);
    expect(zones).toHaveLength(2);
    expect(Math.max(...zones.map((z) => z.x1 - z.x0))).toBeLessThan(260);
  });

  it('finds nothing on a blank page', () => {
    expect(textZones(sheet(300, 300).img)).toEqual([]);
  });
});

describe('deskew: a scan turned level before its zones are cut', () => {
  async function turned(img: GreyImage, deg: number): Promise<GreyImage> {
    const { data, info } = await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } })
      .rotate(deg, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
  }
  /** Two columns of 40 lines, 24 px apart: 1.5 degrees over the page's height is more than the gutter. */
  function columnsPage(): GreyImage {
    const { img, text } = sheet(620, 1340);
    for (let i = 0; i < 40; i++) {
      text(20, 20 + i * 32, 12);
      text(308, 20 + i * 32, 12);
    }
    return img;
  }

  it('measures the angle a page was turned by, either way', async () => {
    const page = columnsPage();
    expect(skewAngle(page)).toBe(0);
    // To a tenth of a degree or two: resampling moves the ink a little.
    expect(Math.abs(skewAngle(await turned(page, 1.2)) - 1.2)).toBeLessThanOrEqual(0.15);
    expect(Math.abs(skewAngle(await turned(page, -0.8)) + 0.8)).toBeLessThanOrEqual(0.15);
  });

  it('finds the two columns of a page scanned 1.5 degrees off once it is level, not before', async () => {
    const skewed = await turned(columnsPage(), 1.5);
    expect(textZones(skewed).length).not.toBe(2);
    const { image, angle } = await deskew(skewed);
    expect(Math.abs(angle - 1.5)).toBeLessThanOrEqual(0.15);
    expect(textZones(image)).toHaveLength(2);
  });
});
