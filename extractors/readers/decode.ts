/**
 * Bytes → string: refuses binary files, then detects the encoding (BOM, then
 * strict UTF-8, then chardet among the encodings Chinese papers use) and decodes.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

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

/** Decodes a text file's bytes, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { ok: true, text: iconv.decode(buf(bytes.subarray(bom.skip)), bom.enc), encoding: bom.enc };
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, error: `binary file (${kind}), not text` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    const { text, encoding } = decodeLegacy(bytes);
    return { ok: true, text, encoding };
  }
}
