/**
 * Limits checked before an HTML page is parsed. linkedom and Readability walk the DOM
 * recursively: a 1.1 MB file of 100,000 nested `<div>`s overflowed the stack after 2.5
 * minutes of work (aborting a whole folder ingest) and froze the API for 342 s. A
 * linear scan of the tags measures the nesting first, so such a file is refused in
 * milliseconds, alone, with one line.
 */

/**
 * Deepest element nesting read. Real article pages stay under 60; Readability's cost grows
 * fast with depth (a 5 KB page nested 300 deep took 3.4–4.4 s, 200 deep 1.2–1.5 s, on a loaded
 * 2-core machine).
 */
export const HTML_MAX_DEPTH = 256;
/** Most elements read in one page at all. */
export const HTML_MAX_ELEMENTS = 200_000;
/**
 * Pages with more elements skip Readability (which took 7.1 s over linkedom for 3,000
 * paragraphs, 228 KB) and keep the plain paragraph heuristic, which is linear.
 */
export const READABILITY_MAX_ELEMENTS = 3_000;

/** Elements that never have content (no end tag). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen', 'image', 'command']);
/** Elements whose end tag may be left out: they do not nest into each other, so they are not counted as depth. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
  'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body', 'caption']);
/** Elements whose content is text, not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * One tag at the start of the text: `</`? name, attributes (quoted values may hold `<` or `>`,
 * up to 4,096 characters), `/`? `>`. Sticky, and every part stops at the next `<` or at a
 * bounded quote, so the scan stays linear however the page is broken.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^<>"']|"[^"]{0,4096}"|'[^']{0,4096}')*?(\/?)>/y;

/** What the scan found: why the page is refused (or null), and how many elements it has. */
export interface HtmlScan {
  refusal: string | null;
  elements: number;
}

/** Why the page is refused before parsing, or null. */
export function htmlLimitRefusal(html: string): string | null {
  return scanHtml(html).refusal;
}

/** Measures nesting and size in one linear pass over the tags. */
export function scanHtml(html: string): HtmlScan {
  let depth = 0;
  let elements = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return { refusal: null, elements }; // the rest is one comment
      i = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let next = TAG.lastIndex;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
    } else {
      elements++;
      if (elements > HTML_MAX_ELEMENTS) return { refusal: `HTML page has more than ${HTML_MAX_ELEMENTS.toLocaleString('en')} elements; not parsed`, elements };
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'ig');
        close.lastIndex = next;
        const end = close.exec(html);
        if (!end) return { refusal: null, elements }; // the rest is the element's text
        next = end.index;
      } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && !m[3]) {
        depth++;
        if (depth > HTML_MAX_DEPTH) return { refusal: `HTML elements nested more than ${HTML_MAX_DEPTH} levels deep; not parsed`, elements };
      }
    }
    i = html.indexOf('<', next);
  }
  return { refusal: null, elements };
}
