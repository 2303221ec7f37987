/**
 * OCR of one page image with tesseract (Debian's tesseract-ocr, simplified Chinese model
 * tesseract-ocr-chi-sim; offline). The page is cut into text zones first (zones.ts) and handed
 * to tesseract as a UNLV zone file next to the image, each zone read as one block of text
 * (`--psm 6`): one tesseract run per page, columns never read across.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageLine, PositionedPage } from '../../extractors/readers/pdf-types.js';
import { runTool } from './run-tool.js';
import { parseTesseractTsv } from './tesseract-tsv.js';
import { type GreyImage, textZones } from './zones.js';
import { deskew } from './deskew.js';

/** Tesseract's language: simplified Chinese (its model reads digits and Latin letters too). */
export const OCR_LANG = 'chi_sim';

/** A binary PGM file of the image. */
function pgm(img: GreyImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height)]);
}

/** A line OCR made up from a smudge or a picture: very low confidence, or no letters at all. */
function junk(l: PageLine): boolean {
  const text = l.words.map((w) => w.text).join('');
  const conf = l.words.reduce((s, w) => s + (w.conf ?? 0) * w.text.length, 0) / Math.max(1, text.length);
  return conf < 25 || !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Reads one page image: its positioned lines with word confidences, and the image they were
 * read from (turned level when the scan was skewed). `dir` is a scratch directory for the image
 * and zone files; `n` the page's number in its file.
 */
export async function ocrPage(scan: GreyImage, n: number, dir: string): Promise<{ page: PositionedPage; image: GreyImage }> {
  const { image: img } = await deskew(scan);
  const zones = textZones(img);
  const page: PositionedPage = { number: n, width: img.width, height: img.height, lines: [], ocr: true };
  if (zones.length === 0) return { page, image: img };
  const base = join(dir, `page-${n}`);
  await writeFile(`${base}.pgm`, pgm(img));
  await writeFile(`${base}.uzn`, zones.map((z) => `${z.x0} ${z.y0} ${z.x1 - z.x0} ${z.y1 - z.y0} Text`).join('\n') + '\n');
  // No second reading of every line as white on black (tessedit_do_invert): newspaper text is
  // dark on light, and the check took two thirds of the time (same output on the fixtures).
  const args = [`${base}.pgm`, 'stdout', '-l', OCR_LANG, '--psm', '6', '-c', 'tessedit_do_invert=0', 'tsv'];
  const { stdout } = await runTool('tesseract', args, { timeoutMs: 900_000 });
  page.lines = parseTesseractTsv(stdout.toString('utf8')).filter((l) => !junk(l));
  return { page, image: img };
}
