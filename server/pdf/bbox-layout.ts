/**
 * Parses the XHTML of poppler's `pdftotext -bbox-layout` into positioned pages: per page its
 * size, and per line its words with their boxes (points, origin top left). Poppler's own
 * flows and blocks are not used: extractors/readers/pdf-layout.ts forms blocks itself.
 */
import type { PageLine, PageWord, PositionedPage } from '../../extractors/readers/pdf-types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities poppler writes. */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const num = (attrs: string, name: string): number => Number(new RegExp(`${name}="([-0-9.eE]+)"`, 'u').exec(attrs)?.[1] ?? NaN);

function box(attrs: string): { x0: number; y0: number; x1: number; y1: number } {
  return { x0: num(attrs, 'xMin'), y0: num(attrs, 'yMin'), x1: num(attrs, 'xMax'), y1: num(attrs, 'yMax') };
}

/** All pages of a `-bbox-layout` document, numbered from `firstPage`. */
export function parseBboxLayout(xhtml: string, firstPage = 1): PositionedPage[] {
  const pages: PositionedPage[] = [];
  const pageRe = /<page\b([^>]*)>([\s\S]*?)<\/page>/gu;
  for (let m = pageRe.exec(xhtml); m; m = pageRe.exec(xhtml)) {
    const lines: PageLine[] = [];
    const lineRe = /<line\b([^>]*)>([\s\S]*?)<\/line>/gu;
    for (let l = lineRe.exec(m[2]!); l; l = lineRe.exec(m[2]!)) {
      const words: PageWord[] = [];
      const wordRe = /<word\b([^>]*)>([\s\S]*?)<\/word>/gu;
      for (let w = wordRe.exec(l[2]!); w; w = wordRe.exec(l[2]!)) words.push({ ...box(w[1]!), text: unescapeXml(w[2]!) });
      if (words.length > 0) lines.push({ ...box(l[1]!), words });
    }
    pages.push({ number: firstPage + pages.length, width: num(m[1]!, 'width'), height: num(m[1]!, 'height'), lines, ocr: false });
  }
  return pages;
}
