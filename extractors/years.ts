/**
 * The year an article (or a page) ties to its own time, for dates printed
 * without one (`12月25日`) when no publication date is known.
 *
 * Only years printed in a way that speaks of the present count: a full date
 * (`2020年12月25日`), `今年是2020年`, or a year naming this year's
 * event or plan (`召开2020年全县工作会议`, `全市2018年商务工作会议精神`,
 * `调整2014年发展计划`). Years that name a past starting point or a target
 * (`自2018年开始`, `2019年以来`, `到2025年`, `2020年底前`) and fiscal or
 * review years (`2019年度`) never count: an unrelated clause must not date an
 * event. The latest year that counts wins (an article relays last year's
 * meetings more often than next year's); none gives null.
 */

const YEAR_RE = /((?:19|20)\d{2})\s*年(?!代)/gu;
/** A starting point, a target or a past point: `自2018年`, `到2025年`, `于2016年`. */
/** `于2016年5月建成`: a past point (a meeting's own full date needs no context year). */
const NOT_NOW_BEFORE = /(?:自|从|截至|截止|到|至|比|较|于)\s*$/u;
const NOT_NOW_AFTER = /^\s*(?:度|以来|以前|之前|前|底|末|初|起|开始|至今|间|期间|上半年|下半年|同期|相比)/u;
const FULL_DATE_AFTER = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/u;
const THIS_YEAR_BEFORE = /(?:今年|本年)(?:是|为)?\s*$/u;
/** This year's event or plan named right after the year, in the same clause. */
const EVENT_AFTER = /^[^，。；、,;:：！？\n]{0,24}?(?:会议|大会|座谈会|推进会|现场会|工作会|总结会|表彰会|动员会|部署会|论坛|仪式|典礼|比赛|大赛|竞赛|运动会|文化节|艺术节|计划)/u;

/** The latest year in `text` that speaks of the text's own time, or null. */
export function contextYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEAR_RE)) {
    const y = +m[1]!;
    if (best !== null && y <= best) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(end, end + 40);
    if (NOT_NOW_BEFORE.test(before) || NOT_NOW_AFTER.test(after)) continue;
    if (FULL_DATE_AFTER.test(after) || THIS_YEAR_BEFORE.test(before) || EVENT_AFTER.test(after)) best = y;
  }
  return best;
}
