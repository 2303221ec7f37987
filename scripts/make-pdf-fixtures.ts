/**
 * Makes the PDF and scan fixtures, offline: headless Chromium (playwright-core driving Debian's
 * /usr/bin/chromium) prints newspaper-like HTML pages (scripts/pdf-fixtures/newspaper-html.ts)
 * to text-layer PDFs; a screenshot of the same page, made grey and JPEG-compressed, stands in for
 * a scan, alone and wrapped in an image-only PDF. The error fixtures are hand-written PDFs.
 *
 *   npx tsx scripts/make-pdf-fixtures.ts                    # test/fixtures/pdf/
 *   npx tsx scripts/make-pdf-fixtures.ts --sample-out DIR   # also the bundled sample page, full size, into DIR
 *   npx tsx scripts/make-pdf-fixtures.ts --page FILE --out DIR   # any text page, laid out automatically
 *
 * The sample page is not kept in the repository: its PDF embeds a whole CJK font (Chromium
 * stops subsetting past ~870 glyphs; 2.4 MB) and its scan is larger still.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { newspaperHtml, type PrintedPage } from './pdf-fixtures/newspaper-html.js';
import { inventedPage, secondPage } from './pdf-fixtures/invented-page.js';
import { printedTextPage, samplePrintedPage } from './pdf-fixtures/sample-page.js';
import { tinyPdf } from './pdf-fixtures/tiny-pdf.js';

const FIXTURES = 'test/fixtures/pdf';

interface Printed { pdf: Buffer; width: number; height: number }

/** Prints the page to a PDF exactly as large as its content (CSS pixels). */
async function printPdf(browser: Browser, page: PrintedPage): Promise<Printed> {
  const tab = await browser.newPage();
  await tab.setContent(newspaperHtml(page));
  const { width, height } = await tab.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
  const pdf = await tab.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true });
  await tab.close();
  return { pdf, width, height };
}

/** A grey JPEG screenshot of the page at `dpi` (CSS pixels are 96 per inch). */
async function scan(browser: Browser, page: PrintedPage, size: Printed, dpi: number): Promise<Buffer> {
  const ctx = await browser.newContext({ deviceScaleFactor: dpi / 96, viewport: { width: size.width, height: size.height } });
  const tab = await ctx.newPage();
  await tab.setContent(newspaperHtml(page));
  const png = await tab.screenshot({ fullPage: true, type: 'png' });
  await ctx.close();
  return sharp(png).greyscale().jpeg({ quality: 75 }).toBuffer();
}

/** An image-only PDF of the scan (no text layer), the page as large as the printed one. */
async function imagePdf(browser: Browser, jpeg: Buffer, size: Printed): Promise<Buffer> {
  const tab = await browser.newPage();
  const src = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  await tab.setContent(`<html><body style="margin:0"><img src="${src}" style="display:block;width:${size.width}px;height:${size.height}px"></body></html>`);
  const pdf = await tab.pdf({ width: `${size.width}px`, height: `${size.height}px`, pageRanges: '1' });
  await tab.close();
  return pdf;
}

/** Joins PDFs with poppler's pdfunite. */
function unite(pdfs: Buffer[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'baoxun-fixtures-'));
  try {
    const files = pdfs.map((p, i) => {
      const f = join(dir, `${i}.pdf`);
      writeFileSync(f, p);
      return f;
    });
    execFileSync('pdfunite', [...files, join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page as a text-layer PDF, a 200 dpi grey scan and the scan as an image-only PDF, named `base` in `dir`. */
async function printAll(browser: Browser, page: PrintedPage, dir: string, base: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const printed = await printPdf(browser, page);
  writeFileSync(join(dir, `${base}.pdf`), printed.pdf);
  const jpeg = await scan(browser, page, printed, 200);
  writeFileSync(join(dir, `${base}-scan.jpg`), jpeg);
  writeFileSync(join(dir, `${base}-scan.pdf`), await imagePdf(browser, jpeg, printed));
}

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

async function main(): Promise<void> {
  const sampleOut = arg('--sample-out');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const textPage = arg('--page');
    if (textPage) {
      const header = { paper: '县报', date: '2025年12月26日 星期五', pageLabel: '第1版' };
      await printAll(browser, printedTextPage(textPage, header), arg('--out') ?? '.', (textPage.split('/').pop() ?? 'page').replace(/\.[^.]+$/u, ''));
      return;
    }
    mkdirSync(FIXTURES, { recursive: true });
    const page = inventedPage();
    const printed = await printPdf(browser, page);
    writeFileSync(join(FIXTURES, '2025-03-14_A02.pdf'), printed.pdf);
    const jpeg = await scan(browser, page, printed, 200);
    writeFileSync(join(FIXTURES, '2025-03-14_A02-scan.jpg'), jpeg);
    writeFileSync(join(FIXTURES, 'scanned-page.pdf'), await imagePdf(browser, jpeg, printed));
    writeFileSync(join(FIXTURES, 'two-pages.pdf'), unite([printed.pdf, (await printPdf(browser, secondPage())).pdf]));
    writeFileSync(join(FIXTURES, 'encrypted.pdf'), tinyPdf('A page behind a password', 'secret'));
    writeFileSync(join(FIXTURES, 'damaged.pdf'), tinyPdf('A page cut short').subarray(0, 300));
    writeFileSync(join(FIXTURES, 'blank.pdf'), tinyPdf(''));
    if (sampleOut) await printAll(browser, samplePrintedPage(), sampleOut, '2020-12-28_03');
  } finally {
    await browser.close();
  }
}

await main();
