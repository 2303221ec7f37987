/**
 * poppler-utils on a PDF file: page count and protection (pdfinfo), positioned text
 * (pdftotext -bbox-layout) and page images (pdftoppm). Errors are one line each, naming what
 * is wrong with the PDF: encrypted, damaged, not allowed to copy text from.
 */
import type { PositionedPage } from '../../extractors/readers/pdf-types.js';
import { parseBboxLayout } from './bbox-layout.js';
import { runTool, ToolError } from './run-tool.js';
import type { GreyImage } from './zones.js';

/** What is wrong with a PDF, as one line for the user. */
export class PdfError extends Error {
  override name = 'PdfError';
}

/** Maps a poppler failure to what it means for the user. */
function explain(e: unknown): Error {
  if (!(e instanceof ToolError)) return e as Error;
  const text = `${e.message}\n${e.stderr}`;
  if (/not installed/u.test(e.message)) return e;
  if (/Incorrect password|password/iu.test(text)) return new PdfError('encrypted PDF: it opens only with a password; decrypt it first');
  if (/not allowed/iu.test(text)) return new PdfError("the PDF's permissions forbid copying its text");
  if (/stream is empty/iu.test(text)) return new PdfError('empty file');
  return new PdfError(`damaged PDF: ${e.message.replace(/^Syntax Error:\s*/u, '') || 'poppler cannot read it'}`);
}

/** Number of pages; throws a PdfError for encrypted or damaged files. */
export async function pdfPageCount(file: string): Promise<number> {
  let out: string;
  try {
    out = (await runTool('pdfinfo', [file], { timeoutMs: 60_000 })).stdout.toString('utf8');
  } catch (e) {
    throw explain(e);
  }
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(out)?.[1] ?? NaN);
  if (!Number.isFinite(pages)) throw new PdfError('damaged PDF: no page count');
  if (pages === 0) throw new PdfError('empty PDF: it has no pages');
  return pages;
}

/** Every page's positioned text layer (pages without one have no lines). */
export async function pdfTextLayer(file: string): Promise<PositionedPage[]> {
  try {
    const { stdout } = await runTool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { timeoutMs: 300_000 });
    return parseBboxLayout(stdout.toString('utf8'));
  } catch (e) {
    throw explain(e);
  }
}

/** Parses a binary PGM (P5, 8-bit) as pdftoppm writes it. */
export function parsePgm(buf: Buffer): GreyImage {
  const header = /^P5\s+(?:#[^\n]*\s+)*(\d+)\s+(?:#[^\n]*\s+)*(\d+)\s+(?:#[^\n]*\s+)*(\d+)\s/u.exec(buf.subarray(0, 200).toString('latin1'));
  if (!header) throw new PdfError('damaged PDF: its page could not be rendered');
  const width = Number(header[1]), height = Number(header[2]);
  const data = new Uint8Array(buf.buffer, buf.byteOffset + header[0].length, width * height);
  return { width, height, data };
}

/** Renders page `n` in grey at `dpi` (for OCR). */
export async function renderGrey(file: string, n: number, dpi: number): Promise<GreyImage> {
  try {
    const { stdout } = await runTool('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(n), '-l', String(n), file], { timeoutMs: 300_000 });
    return parsePgm(stdout);
  } catch (e) {
    throw explain(e);
  }
}

/** Renders page `n` as a JPEG `width` pixels wide (to show beside the text). */
export async function renderJpeg(file: string, n: number, pageWidthPt: number, width: number): Promise<Buffer> {
  const dpi = Math.max(36, Math.round((width / (pageWidthPt || 612)) * 72));
  try {
    const args = ['-r', String(dpi), '-jpeg', '-jpegopt', 'quality=80', '-f', String(n), '-l', String(n), file];
    return (await runTool('pdftoppm', args, { timeoutMs: 300_000 })).stdout;
  } catch (e) {
    throw explain(e);
  }
}
