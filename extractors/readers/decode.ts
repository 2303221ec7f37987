/**
 * Bytes → string: detects the encoding (BOM, UTF-16 without one, strict UTF-8, then
 * chardet among the encodings Chinese papers use), refuses binary files, and decodes.
 * Damage is reported, not hidden: a UTF-8 file with some lines in GB18030 (a sentence
 * pasted from another file) is read line by line, and bytes that are not text in any
 * encoding become U+FFFD with a warning naming the lines.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string; warnings?: string[] } | { ok: false; error: string };

/** Magic numbers of formats people drop into a folder of articles by mistake. */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['old Office document', [0xd0, 0xcf, 0x11, 0xe0]],
];

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** Names the binary format when the bytes are not text, else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  let ctl = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x0c) ctl++;
  }
  if (nul > 0) return 'contains NUL bytes';
  if (head.length > 0 && ctl / head.length > 0.1) return 'mostly control bytes';
  return null;
}

function bomEncoding(b: Uint8Array): { enc: string; skip: number } | null {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { enc: 'utf-8', skip: 3 };
  if (startsWith(b, [0xff, 0xfe])) return { enc: 'utf-16le', skip: 2 };
  if (startsWith(b, [0xfe, 0xff])) return { enc: 'utf-16be', skip: 2 };
  return null;
}

const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Chinese legacy encodings chardet may name, mapped to what iconv-lite decodes. */
const LEGACY: Record<string, string> = {
  GB18030: 'gb18030', 'Big5': 'big5', 'EUC-TW': 'big5', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be',
};

/**
 * The most frequent Han characters (mostly shared by simplified and traditional
 * text): a right decoding is full of them, a wrong one is not.
 */
const COMMON_HAN = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞');

/** How plausible a decoding is: common Han characters and no replacement characters. */
function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch === '\ufffd') score -= 5;
    else if (COMMON_HAN.has(ch)) score += 1;
  }
  return score / Math.max(1, text.length);
}

function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  const candidates = new Set<string>();
  for (const m of chardet.analyse(bytes)) {
    const enc = LEGACY[m.name];
    if (enc && m.confidence >= 10) candidates.add(enc);
  }
  candidates.add('gb18030');
  candidates.add('big5');
  let best = { text: '', encoding: 'gb18030', score: -Infinity };
  for (const enc of candidates) {
    const text = iconv.decode(buf(bytes), enc);
    const score = plausibility(text);
    if (score > best.score) best = { text, encoding: enc, score };
  }
  return best;
}

/** Characters a Chinese or English text is made of: common Han, ASCII, CJK and full-width punctuation. */
function textLike(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return COMMON_HAN.has(ch) || (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 ||
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x201c || c === 0x201d || c === 0x2014;
}

/**
 * UTF-16 without a byte-order mark: tried when the bytes hold NULs or are not UTF-8, and
 * taken when at least 60% of the characters (of the first 64 KB) are text-like in one byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const head = new TextDecoder(encoding).decode(bytes.subarray(0, 65536));
    const chars = [...head];
    if (chars.some((c) => c === '\ufffd')) continue; // a lone surrogate: not this byte order
    const score = chars.filter(textLike).length / Math.max(1, chars.length);
    if (score >= 0.6 && (!best || score > best.score)) best = { text: '', encoding, score };
  }
  if (!best) return null;
  return { text: new TextDecoder(best.encoding).decode(bytes), encoding: best.encoding };
}

/** Line numbers for a message: the first ten, then how many more. */
function lineList(lines: number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown} and ${lines.length - 10} more` : shown;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const looseUtf8 = new TextDecoder('utf-8');

/**
 * A file that is not valid UTF-8 as a whole. When most of its lines that hold non-ASCII bytes
 * are valid UTF-8, it is a UTF-8 file with damage: each other line is read as GB18030 when that
 * gives plausible Chinese, else as UTF-8 with U+FFFD for the bad bytes; both are reported.
 * Otherwise the whole file is in a legacy encoding.
 */
function decodeMixed(bytes: Uint8Array): { text: string; encoding: string; warnings: string[] } {
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  const ascii = (l: Uint8Array) => l.every((b) => b < 0x80);
  const decoded: Array<string | null> = lines.map((l) => {
    if (ascii(l)) return null;
    try {
      return strictUtf8.decode(l);
    } catch {
      return null;
    }
  });
  const utf8Lines = decoded.filter((d) => d !== null).length;
  const badLines = lines.filter((l, i) => decoded[i] === null && !ascii(l)).length;
  if (utf8Lines === 0 || badLines > utf8Lines) {
    const { text, encoding } = decodeLegacy(bytes);
    const replaced = [...text].filter((c) => c === '\ufffd').length;
    return { text, encoding, warnings: replaced ? [`${replaced} byte sequence(s) are not ${encoding} either; replaced with U+FFFD`] : [] };
  }
  const asGb: number[] = [];
  const damaged: number[] = [];
  const out = lines.map((l, i) => {
    if (decoded[i] !== null) return decoded[i];
    if (ascii(l)) return looseUtf8.decode(l);
    const gb = iconv.decode(buf(l), 'gb18030');
    if (!gb.includes('\ufffd') && plausibility(gb) >= 0.15) {
      asGb.push(i + 1);
      return gb;
    }
    damaged.push(i + 1);
    return looseUtf8.decode(l);
  });
  const warnings: string[] = [];
  if (asGb.length) warnings.push(`not UTF-8 like the rest of the file, read as GB18030: line(s) ${lineList(asGb)}`);
  if (damaged.length) warnings.push(`invalid UTF-8 bytes replaced with U+FFFD on line(s) ${lineList(damaged)}`);
  return { text: out.join('\n'), encoding: asGb.length ? 'utf-8+gb18030' : 'utf-8', warnings };
}

/** Decodes a text file's bytes, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { ok: true, text: iconv.decode(buf(bytes.subarray(bom.skip)), bom.enc), encoding: bom.enc };
  let utf8: string | null = null;
  try {
    utf8 = strictUtf8.decode(bytes);
  } catch { /* not UTF-8 as a whole */ }
  if (utf8 === null || utf8.includes('\u0000')) {
    const u16 = utf16WithoutBom(bytes);
    if (u16) return { ok: true, ...u16, warnings: [`no byte-order mark; read as ${u16.encoding.toUpperCase()}`] };
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, error: `binary file (${kind}), not text` };
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return { ok: true, ...decodeMixed(bytes) };
}
