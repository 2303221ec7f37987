/**
 * The stage vocabulary of project steps (docs/graph-model.md, STEP) and the words that report
 * each stage in news text: 规划, 立项, 招标, 签约, 奠基, 开工, 施工, 封顶, 竣工, 验收, 投产,
 * 投用, 开业, 通车, 观摩. A stage word after 预计/计划/将/力争/早日 … is a plan, not an event.
 */

/** The stages of a project's history, in the order a project usually goes through them. */
export const STAGES = ['规划', '立项', '招标', '签约', '奠基', '开工', '施工', '封顶', '竣工', '验收', '投产', '投用', '开业', '通车', '观摩'] as const;
export type Stage = (typeof STAGES)[number];

/** Words of each stage; the lookarounds keep nouns out (施工单位, 竣工验收 is 验收, 建成后 is a result). */
const RULES: Array<[Stage, RegExp]> = [
  ['规划', /(?:完成|编制|通过|获批)[^，。；、]{0,4}规划|规划(?:设计)?(?:方案)?(?:已|获|顺利)?(?:通过|获批)|纳入[^，。；]{0,10}规划/gu],
  ['立项', /立项|(?:可研|可行性研究报告|初步设计)[^，。；]{0,4}(?:批复|获批)/gu],
  ['招标', /招标|招投标|开标|中标/gu],
  ['签约', /签约|签订|签署/gu],
  ['奠基', /奠基/gu],
  ['开工', /开工|动工|开建|破土|启动建设|进场施工/gu],
  ['施工', /(?<!进场)施工(?!单位|方|企业|图|许可)|在建|正在(?:加紧|抓紧|全力)?建设|加紧建设|复工|正在进行[^，。；]{0,8}(?:装修|安装|浇筑|砌筑)/gu],
  ['封顶', /封顶/gu],
  ['竣工', /竣工(?!验收)|完工|建成(?!投产|投用|投运|通车|开业|后|以后)/gu],
  ['验收', /验收/gu],
  ['投产', /投产|试生产|试产|达产|并网发电|全容量并网/gu],
  ['投用', /投用|投入使用|交付使用|投入运营|投运|启用|上线(?:运行)?|正式运行|投入运行/gu],
  ['开业', /开业|开园|开馆|开张/gu],
  ['通车', /(?<!层)通车/gu], // 下一层通车 describes a floor, not an opening
  ['观摩', /观摩/gu],
];

/** A character every stage word contains one of (规划 … 观摩). */
const ANY_STAGE = /[规立招标签奠开工施建封竣完验投产用通观摩复上运试达中启破动装浇砌批并]/u;

/**
 * One stage word found in a text. `since`: told as the start of a period (`自3月签约以来`), an
 * event only when its clause dates it.
 */
export interface StageHit { stage: Stage; start: number; end: number; planned: boolean; since?: boolean }

/** Plans and goals before a stage word in its clause (预计…建成, 力争…投产, 快开工, 早日投产, 今年底建成). */
const PLANNED_BEFORE = /(?:预计|计划|将|力争|争取|确保|拟|有望|即将|准备|待|尽快|早日|快|早|要|需|应|推动|促进|(?<![去前])年底|年内|下半年|明年|后年)[^，。；]{0,16}$/u;
/** A stage only talked about (开工后, 开工条件, 从签约到投产): no event of this article. */
const NOT_EVENT_AFTER = /^(?:后|前|以后|之后|条件|手续|准备|率|仪式前|到)/u;
const NOT_EVENT_BEFORE = /(?:从|由|从[^，。；]{1,8}到)$/u;
/** Parts of a work whose completion is not the work's (主桥墩, 桩基, 路基, 3号楼, 一标段). */
const PART_BEFORE = /(?:主体|主桥|桥墩|桩基|路基|基础|地基|管桩|墩柱|标段|[0-9一二三四五六七八九十]+(?:号楼|栋|幢))[^，。；]{0,6}$/u;
/** The start of a period (开工以来, 签约至今). */
const SINCE_AFTER = /^(?:以来|至今)/u;

/** Stage words in `text`; `masked` spans (project names: 企业服务直通车) are skipped. */
export function findStages(text: string, masked: Array<[number, number]> = []): StageHit[] {
  // most sentences report no stage: one test with every stage's key characters spares the rules
  if (!ANY_STAGE.test(text)) return [];
  const out: StageHit[] = [];
  for (const [stage, re] of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (masked.some(([s, e]) => start < e && s < end)) continue;
      if (NOT_EVENT_AFTER.test(text.slice(end, end + 3)) || NOT_EVENT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const clause = text.slice(0, start).split(/[，。；,;：:]/u).pop() ?? '';
      // 签约项目, 开工的项目: the projects that were signed, whatever the clause goes on to plan
      const done = /^的?项目/u.test(text.slice(end, end + 3));
      // 主桥墩已全部完工: a part is finished, not the work
      if (stage === '竣工' && PART_BEFORE.test(clause)) continue;
      const hit: StageHit = { stage, start, end, planned: !done && PLANNED_BEFORE.test(clause) };
      if (SINCE_AFTER.test(text.slice(end, end + 2))) hit.since = true;
      out.push(hit);
    }
  }
  // 开工 inside 进场施工 and 施工 at the same place: the more specific stage wins; a plant put into
  // production with its line put to use (投产，生产线同步启用) is one event, 投产
  const kept = out.filter((h) => !out.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  return kept.filter((h) => !(h.stage === '投用' && kept.some((o) => o.stage === '投产' && o.planned === h.planned)))
    .sort((a, b) => a.start - b.start);
}
