/**
 * Amounts of money printed with a project (`总投资5.8亿元` → 580000000, `3000万元`,
 * `1.2万亿元`), in yuan. Amounts in other currencies (`5000万美元`) are not taken.
 */

/** One amount found in a text. */
export interface AmountHit { start: number; end: number; yuan: number; invest: boolean }

const UNIT: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, '': 1 };
const AMOUNT_RE = /(总投资|计划投资|投资总额|项目投资|(?<!完成)投资|总额|金额|合同额|签约额)?(?:约|达|超过?|近|逾|为|共计|合计)?\s*(\d+(?:\.\d+)?)\s*(万亿|亿|千万|百万|万|千)?元/gu;

/** Every yuan amount in `text`; `invest` when it is called an investment or a sum (总投资 …; not 已完成投资). */
export function findAmounts(text: string): AmountHit[] {
  const out: AmountHit[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const yuan = Math.round(Number(m[2]) * UNIT[m[3] ?? '']!);
    if (!Number.isFinite(yuan) || yuan <= 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, yuan, invest: !!m[1] });
  }
  return out;
}

/** The first amount of a sentence, in yuan (`总投资5.2亿元` → 520000000); null when none. */
export function sentenceAmount(s: string): number | null {
  return findAmounts(s)[0]?.yuan ?? null;
}
