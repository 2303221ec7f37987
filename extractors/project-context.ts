/**
 * Context rules for project words that also name ordinary things: a workshop
 * (…车间), a production base (…种植基地) or a platform (…平台) is a project
 * only when its clause says it is built, run or launched (新建的X车间, X平台
 * 已上线); a visited site (参观了X种植基地, 在X车间里) is not. Only the clause
 * around a candidate is read, never the whole text.
 */

/**
 * Verbs that make the thing a work being built, renovated, launched or run. A bare 运行 (经营运行情况)
 * describes a site that runs, not one being put into operation.
 */
const BUILT_RE = /新建|扩建|改建|筹建|兴建|援建|共建|建设|建成|改造|打造|搭建|开工|竣工|投产|投用|投入使用|启用|上线|开通|推出|(?<!经营)运营|投入运行|正式运行|试运行|签约|落地|引进|实施|推进|谋划|开发/u;

/** Clause punctuation: the context of a candidate ends there. */
const CLAUSE_END = /[，。；！？,;!?\n：:]/u;

/** A clause boundary at most `max` characters away, walking from `from` in direction `step`. */
function clauseEdge(text: string, from: number, step: 1 | -1, max: number): number {
  let i = from;
  for (let n = 0; n < max; n++) {
    const c = text[step < 0 ? i - 1 : i];
    if (c === undefined || CLAUSE_END.test(c)) return i;
    i += step;
  }
  return i;
}

/**
 * True when the clause around `[start, end)`, outside the name itself, has a verb that builds,
 * renovates, launches or runs it (`投资320万元建设X车间`, `搭建的X平台`, `X车间正式投产`).
 */
export function builtInClause(text: string, start: number, end: number): boolean {
  const before = text.slice(clauseEdge(text, start, -1, 30), start);
  const after = text.slice(end, clauseEdge(text, end, 1, 20));
  return BUILT_RE.test(before) || BUILT_RE.test(after);
}

/** An honour conferred (被评为省级X示范基地, 获评X基地): the name is a title the place holds, no project. */
const HONOUR_BEFORE = /(?:评为|评选为|命名为|授予|认定为|列为|入选|获评|获批)[^，。；,;]{0,16}$/u;

/** An honour told after the names (A基地、B基地榜上有名; X基地入选…名单). */
const HONOUR_AFTER = /^[^，。；]{0,30}?(?:榜上有名|上榜|入选|获评|获批|被评为|被认定为|被命名为)/u;

/** True when the clause before `start`, or the one after `end`, confers the name as an honour. */
export function conferredAsHonour(text: string, start: number, end = start): boolean {
  return HONOUR_BEFORE.test(text.slice(clauseEdge(text, start, -1, 30), start)) || HONOUR_AFTER.test(text.slice(end, end + 40));
}

/** Endings that need such a verb in their clause to be a project (a workshop, a farm base). */
export function needsBuildContext(suffix: string, prefix: string): boolean {
  if (suffix === '车间') return true;
  // a farm or supply base is a site unless built (加工基地, 研学基地 keep the suffix rule)
  return suffix === '基地' && /(?:种植|养殖|种养|保供|育苗|育种|繁育|生产|采摘|供应)(?:示范)?$/u.test(prefix);
}

/** Purpose words a platform's name may end with (交流合作平台); alone they make a kind of thing. */
const PURPOSE_TAIL = /(?:交流|合作|服务|创新|创业|共享|发展|对接|展示)$/u;
/** A build verb right before the name (`搭建X平台`, `共建的X平台`). */
const BUILT_BEFORE = /(?:搭建|打造|建设|建立|构建|共建|上线|开通|推出)(?:了|的)?$/u;

/**
 * `搭建会员交流合作平台`: a platform built right here whose name, without its purpose words, still
 * names someone or something (会员, 政企) is a project; `搭建合作交流平台` is not.
 */
export function ownedPlatform(text: string, start: number, prefix: string): boolean {
  if (!BUILT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return false;
  let rest = prefix;
  while (PURPOSE_TAIL.test(rest)) rest = rest.slice(0, -2);
  return rest.length >= 2 && rest !== prefix;
}
