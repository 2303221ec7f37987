/**
 * Pure helpers of the project history view: dates as far as their precision goes, amounts in
 * 亿元/万元, and the view's own strings (Chinese and English).
 */
import type { DatePrecision } from '../../model/graph.schema.js';
import type { Lang } from './i18n.js';

/** `2022年3月17日`, `2022年3月`, `2022年` (en: `2022-03-17`, `2022-03`, `2022`); `?` when unknown. */
export function stepDate(date: string | null, precision: DatePrecision | null, lang: Lang): string {
  if (!date) return '?';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const p = precision ?? 'day';
  if (lang === 'en') return p === 'year' ? `${y}` : p === 'month' ? date.slice(0, 7) : date.slice(0, 10);
  return p === 'year' ? `${y}年` : p === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日`;
}

const trim = (n: number) => String(Number(n.toFixed(2)));

/** `25亿元`, `7.6亿元`, `3000万元`, `800元` (en: `CNY 2.5 bn`, `CNY 30 m`, `CNY 800`). */
export function yuan(amount: number, lang: Lang): string {
  if (lang === 'en') {
    if (amount >= 1e9) return `CNY ${trim(amount / 1e9)} bn`;
    if (amount >= 1e6) return `CNY ${trim(amount / 1e6)} m`;
    return `CNY ${amount.toLocaleString('en')}`;
  }
  if (amount >= 1e8) return `${trim(amount / 1e8)}亿元`;
  if (amount >= 1e4) return `${trim(amount / 1e4)}万元`;
  return `${amount}元`;
}

const STRINGS = {
  planned: ['计划', 'planned'], phase: ['期', 'phase'], invested: ['投资', 'investment'], sources: ['报道', 'reported in'],
  people: ['人物', 'people'], bodies: ['机构', 'bodies'], steps: ['历程', 'Steps'], place: ['地点', 'place'],
  involved: ['参与人物', 'People'], runBy: ['投资、建设、运营单位', 'Investors, builders, operators'], meetings: ['相关会议', 'Meetings'],
} as const;

/** A string of the history view in `lang`. */
export const historyText = (key: keyof typeof STRINGS, lang: Lang): string => STRINGS[key][lang === 'zh' ? 0 : 1];

/** Stage names in English (the graph keeps the Chinese stage). */
const STAGE_EN: Record<string, string> = {
  规划: 'planning', 立项: 'approval', 招标: 'tender', 签约: 'signing', 奠基: 'foundation stone', 开工: 'start of works',
  施工: 'under construction', 封顶: 'topping out', 竣工: 'completion', 验收: 'acceptance', 投产: 'production',
  投用: 'in use', 开业: 'opening', 通车: 'open to traffic', 观摩: 'site tour',
};

/** The stage as shown: as stored in Chinese, translated in English. */
export const stageLabel = (stage: string | null, lang: Lang): string => (lang === 'en' ? STAGE_EN[stage ?? ''] ?? stage ?? '—' : stage ?? '—');
