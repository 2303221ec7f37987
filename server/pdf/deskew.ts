/**
 * Straightens a scanned page before its zones are cut: a scan a degree off level turns the
 * white gutters between columns into slopes that no vertical cut finds (over a 5,000-pixel page,
 * one degree moves a line by 87 pixels, twice a gutter). The angle is the one at which the rows
 * of ink line up best: the horizontal projection of the ink, sheared by the angle, is most
 * uneven (text rows and the white between them). Pure measuring here; sharp rotates.
 */
import sharp from 'sharp';
import { otsu, type GreyImage } from './zones.js';

/** Angles tried, in degrees: −3° to 3° by tenths. */
const MAX_DEG = 3;
const STEP_DEG = 0.1;

/**
 * The page's skew in degrees: θ such that a line of text runs along y = y0 + x·tan θ in image
 * coordinates (y downwards), so positive means turned clockwise. Ink is sampled every `step`
 * pixels, so a page of any size costs about the same.
 */
export function skewAngle(img: GreyImage): number {
  const t = Math.min(200, otsu(img.data));
  const step = Math.max(1, Math.round(Math.max(img.width, img.height) / 1200));
  const xs: number[] = [], ys: number[] = [];
  for (let y = 0; y < img.height; y += step) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += step) if (img.data[row + x]! <= t) { xs.push(x); ys.push(y); }
  }
  if (xs.length < 100) return 0;
  const rows = Math.ceil(img.height / step) + Math.ceil(img.width / step) * 2 + 2;
  const hist = new Float64Array(rows);
  let best = 0, bestScore = -1;
  for (let deg = -MAX_DEG; deg <= MAX_DEG + 1e-9; deg += STEP_DEG) {
    const tan = Math.tan((deg * Math.PI) / 180);
    hist.fill(0);
    const offset = Math.ceil(img.width / step);
    for (let i = 0; i < xs.length; i++) hist[Math.round((ys[i]! - xs[i]! * tan) / step) + offset]!++;
    let score = 0;
    for (let r = 0; r < rows; r++) score += hist[r]! * hist[r]!;
    if (score > bestScore) [bestScore, best] = [score, deg];
  }
  return Math.round(best * 10) / 10;
}

/** The page turned level when it is skewed by a tenth of a degree or more (white fills the corners). */
export async function deskew(img: GreyImage): Promise<{ image: GreyImage; angle: number }> {
  const angle = skewAngle(img);
  if (Math.abs(angle) < 0.15) return { image: img, angle: 0 };
  const { data, info } = await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height), { raw: { width: img.width, height: img.height, channels: 1 } })
    .rotate(-angle, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const grey = info.channels === 1 ? new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) : firstChannel(data, info.channels);
  return { image: { width: info.width, height: info.height, data: grey }, angle };
}

function firstChannel(data: Buffer, channels: number): Uint8Array {
  const out = new Uint8Array(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels]!;
  return out;
}
