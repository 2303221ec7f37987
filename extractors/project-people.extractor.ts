/**
 * People and bodies of a project (runs after `person-role`): who announced its start, attended,
 * presided, inspected, signed or laid its foundation stone (INVOLVED_IN Person → Project, `as`),
 * and which body invested in, built, carried out or signed it (RUN_BY Project → Organization,
 * `as`). Only sentences that speak of the project count: they name it, or refer back to it
 * (project-steps.ts, sentenceReferents); the verb must follow the person or body in its clause.
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found, Sentence } from './types.js';
import { sentenceReferents, type ProjectMention } from './project-steps.js';

/** What a person does for a project, as the history shows it; the first that fits wins. */
const PERSON_ACTS: Array<[string, RegExp]> = [
  ['宣布开工', /^[^，。；]{0,6}(?:宣布[^，。；]{0,8}(?:开工|启动|开园|投产|通车|开业)|下达开工令)/u],
  ['奠基', /^[^，。；]{0,10}(?:奠基|培土)/u],
  ['签约', /^(?:[^，。；]{0,12}|与[^，。；]{0,30})(?:签约|签订|签署)/u],
  ['主持', /^[^，。；]{0,6}主持/u],
  ['致辞', /^[^，。；]{0,6}(?:致辞|讲话|发言)/u],
  ['出席', /^[^，。；]{0,8}(?:出席|参加|见证)/u],
  ['调研', /^[^，。；]{0,12}(?:调研|视察|察看|考察|观摩|检查|督导|走访)/u],
];

/** What a body does for a project (由X投资建设, X承建, X中标, 由X负责实施, 与X签约). */
const BODY_ACTS: Array<[string, RegExp]> = [
  ['投资', /^(?:投资|出资|独资|控股)/u],
  ['承建', /^(?:承建|中标|施工|总承包)/u],
  ['建设', /^(?:负责建设|建设|负责实施|实施|牵头|负责)/u],
  ['运营', /^(?:运营|管理|负责运营)/u],
  ['签约', /^[^，。；]{0,6}(?:签约|签订|签署)/u],
];

/** Projects a sentence may name for its people to take part in each. */
const MAX_PROJECTS = 6;

function spansIn(e: ExtractedEntity, s: Sentence): Array<[number, number]> {
  return e.mentions.filter(([a, b]) => a >= s.start && b <= s.end);
}

function relation(type: 'INVOLVED_IN' | 'RUN_BY', from: string, to: string, as: string, s: Sentence): ExtractedRelation {
  return { type, from, to, props: { as }, evidence: { start: s.start, end: s.end, text: s.text } };
}

/** The project people/bodies extractor (registry id `project-people`). */
export const projectPeopleExtractor: Extractor = {
  id: 'project-people',
  description: 'People (INVOLVED_IN: 宣布开工, 出席, 主持, 调研, 签约 …) and bodies (RUN_BY as 投资, 承建, 建设 …) of a project',
  extract(ctx: ExtractContext): Found {
    const projects = ctx.found.entities.filter((e) => e.type === 'Project');
    if (projects.length === 0) return { entities: [], relations: [] };
    const text = ctx.article.text;
    const mentions: ProjectMention[] = projects.flatMap((p) => p.mentions.map(([start, end]) => ({ id: p.id, start, end, kind: String(p.props.kind ?? '') })))
      .sort((a, b) => a.start - b.start);
    const refs = sentenceReferents(ctx.sentences, mentions);
    const people = ctx.found.entities.filter((e) => e.type === 'Person');
    const bodies = ctx.found.entities.filter((e) => e.type === 'Organization');
    const relations: ExtractedRelation[] = [];
    const seen = new Set<string>();
    const add = (r: ExtractedRelation) => {
      const key = `${r.type}|${r.from}|${r.to}|${String(r.props.as)}`;
      if (!seen.has(key)) relations.push(r);
      seen.add(key);
    };
    ctx.sentences.forEach((s, i) => {
      const about = refs[i]!.named.length ? refs[i]!.named : refs[i]!.back ? [refs[i]!.back!] : [];
      // a tour or a batch event names a few projects; a long list says nothing of each
      if (about.length === 0 || about.length > MAX_PROJECTS) return;
      for (const p of people) {
        for (const [, end] of spansIn(p, s)) {
          const after = text.slice(end, s.end);
          for (const [as, re] of PERSON_ACTS) if (re.test(after)) for (const project of about) add(relation('INVOLVED_IN', p.id, project, as, s));
        }
      }
      // a body takes part in the one project of its sentence (由X公司投资建设)
      if (about.length !== 1) return;
      for (const o of bodies) {
        for (const [, end] of spansIn(o, s)) {
          const act = BODY_ACTS.find(([, re]) => re.test(text.slice(end, s.end)));
          if (act) add(relation('RUN_BY', about[0]!, o.id, act[0], s));
        }
      }
    });
    return { entities: [], relations };
  },
};
