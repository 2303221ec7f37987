/**
 * Image files (PNG, JPEG, TIFF — a multi-page TIFF is several pages) decoded to grey pixels for
 * OCR, and page images made small enough to show beside the text. sharp (libvips) decodes
 * them: hand-written decoders for three formats and their compressions would be worse.
 */
import sharp from 'sharp';
import type { GreyImage } from './zones.js';

/** Pages of an image file (1 unless a multi-page TIFF). Throws when the bytes are no image sharp can read. */
export async function imagePageCount(bytes: Uint8Array): Promise<number> {
  const meta = await sharp(bytes).metadata();
  return meta.pages ?? 1;
}

/** Page `n` (1-based) of an image file in grey, white under any transparency. */
export async function greyPage(bytes: Uint8Array, n: number): Promise<GreyImage> {
  const { data, info } = await sharp(bytes, { page: n - 1, limitInputPixels: 400_000_000 })
    .flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}

/** A JPEG of page `n` of an image file, at most `width` pixels wide. */
export function imageJpeg(bytes: Uint8Array, n: number, width: number): Promise<Buffer> {
  return sharp(bytes, { page: n - 1, limitInputPixels: 400_000_000 })
    .flatten({ background: '#ffffff' }).resize({ width, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
}
