/**
 * Traditional → simplified characters for matching only. Stored text stays as
 * printed; extractors that match words against simplified data can run on
 * `toSimplifiedForMatching(text)` and use their offsets on the original,
 * because the conversion keeps the length (one character in, one out).
 */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((s: string) => string) | null = null;

/** Quick test: does the text hold a character that converts? Cheap for already-simplified text. */
export function hasTraditional(text: string): boolean {
  return toSimplifiedForMatching(text) !== text;
}

/**
 * Simplified form with exactly the same length and character positions as the
 * input: characters are converted one by one (OpenCC phrase rules that change
 * the length are not applied).
 */
export function toSimplifiedForMatching(text: string): string {
  const conv = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  const whole = conv(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = conv(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
