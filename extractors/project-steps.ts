/**
 * A project's dated steps as reported in one article: 立项, 招标, 签约, 开工,
 * 施工, 竣工, 验收, 投用 in the sentence that names the project, with the date
 * (resolved against the publication date) and the amount (万元/亿元 → yuan).
 */
import type { ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext } from './types.js';
import { sentenceAt } from './sentences.js';

const STAGES: Array<[RegExp, string]> = [
  [/立项/, '立项'],
  [/招标|招投标|开标|中标/, '招标'],
  [/签约|签订/, '签约'],
  [/开工|动工|奠基|破土/, '开工'],
  [/完成[^，。；]{0,12}施工|(?:正在|加紧|紧张|全面|开始|进行|已经|进场)施工|施工(?:中|正在|进展)/, '施工'],
  [/竣工|完工|建成/, '竣工'],
  [/验收/, '验收'],
  [/投用|投入使用|投运|投产|(?:建成|正式|全线|顺利|实现|已)通车|启用/, '投用'],
];

const PLANNED = /预计|计划|将|力争|争取|确保|拟|有望|即将|准备/;

const pad = (n: number) => String(n).padStart(2, '0');

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function validDate(y: number, m: number, d: number): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The date a sentence gives (`2020年12月25日`, `12月 25日`, `昨日`), resolved against `published`. */
export function sentenceDate(s: string, published: string | null): string | null {
  const m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  if (m) {
    let year = m[1] ? Number(m[1]) : pubYear;
    if (!year) return null;
    // A month well after the month belongs to the year before (a January paper on 12月).
    if (!m[1] && published && Number(m[2]) - Number(published.slice(5, 7)) > 6) year -= 1;
    return validDate(year, Number(m[2]), Number(m[3]));
  }
  if (published && /昨日|昨天/.test(s)) return shiftDays(published, -1);
  if (published && /今日|今天/.test(s)) return published;
  return null;
}

/** The amount a sentence states, in yuan (`总投资5.2亿元` → 520000000). */
export function sentenceAmount(s: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*(亿|万)?元/.exec(s);
  if (!m) return null;
  const unit = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
  return Math.round(Number(m[1]) * unit);
}

/** STEP relations Project → article for each stage word in the sentences that name the project. */
export function projectSteps(
  ctx: ExtractContext, projectId: string, mentions: Array<{ start: number; end: number }>, allNames: Array<{ start: number; end: number }> = mentions,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const h of mentions) {
    const s = sentenceAt(ctx.sentences, ctx.article.text, h.start);
    // Project names are no evidence of a step (企业服务直通车 is not 通车).
    let rest = s.text;
    for (const n of allNames) {
      if (n.start < s.start || n.end > s.end) continue;
      rest = rest.slice(0, n.start - s.start) + '　'.repeat(n.end - n.start) + rest.slice(n.end - s.start);
    }
    for (const [re, stage] of STAGES) {
      const m = re.exec(rest);
      if (!m) continue;
      if (stage === '施工' && /竣工|完工/.test(rest)) continue;
      const key = `${stage}|${s.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const props: Record<string, string | number | boolean | null> = { stage, date: sentenceDate(s.text, ctx.article.published) };
      // 预计/计划/将/力争 … before the stage word: a planned step, not one that happened.
      if (PLANNED.test(rest.slice(Math.max(0, m.index - 12), m.index))) props.planned = true;
      const amount = sentenceAmount(s.text);
      if (amount !== null) props.amount_yuan = amount;
      out.push({ type: 'STEP', from: projectId, to: ctx.article.id, props, evidence: { start: s.start, end: s.end, text: s.text } });
    }
  }
  return out;
}
