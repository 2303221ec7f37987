/**
 * One project printed in several ways: `X产业园项目`, `X产业园`, `X产业园一期`, `X产业园（二期）`,
 * `“X”工程`. The core of a name drops quotes, a leading year, generic tails (建设项目, 工程 …) and
 * the phase; the phase (`一期`, `二期`) names a part of the project. Pure text functions, shared
 * by the extractor (one entity per project in an article) and resolution across articles
 * (server/resolve/).
 */

/** A phase at the end of a name: 一期, 二期, 第三期, （一期）, 1期, with a tail of its own (二期工程). */
const PHASE_RE = /[（(]?(第?[一二三四五六七八九十]{1,2}期|[1-9]期)(?:工程|项目)?[）)]?$/u;
/** Generic tails of project names. */
const TAIL_RE = /(?:建设工程项目|建设项目|工程项目|建设工程|项目|工程|建设)$/u;

/** The core of a project name and its phase (`X产业园（二期）` → `X产业园`, `二期`). */
export function projectParts(name: string): { core: string; phase: string | null } {
  let t = name.replace(/[\s“”"‘’'《》「」]/gu, '').replace(/^\d{4}年度?/u, '');
  let phase: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    const p = PHASE_RE.exec(t);
    if (p && t.length - p[0].length >= 2) {
      phase ??= p[1]!.replace(/^第/u, '');
      t = t.slice(0, p.index);
    }
    const tail = TAIL_RE.exec(t);
    if (tail && t.length - tail[0].length >= 2) t = t.slice(0, tail.index);
    if (t === before) break;
  }
  return { core: t, phase };
}

/** The name of the whole project a phase belongs to (`X产业园（一期）` → `X产业园`, `X二期项目` → `X项目`). */
export function wholeName(name: string): string {
  const tail = /(?:项目|工程)$/u.exec(name)?.[0] ?? '';
  const body = name.slice(0, name.length - tail.length);
  const p = PHASE_RE.exec(body);
  if (!p || body.length - p[0].length < 2) return name;
  return body.slice(0, p.index) + (/(?:项目|工程)$/u.test(p[0]) ? '' : tail);
}

/** The phase a printed name is of, else null. */
export const phaseOf = (name: string): string | null => (name.includes('期') ? projectParts(name).phase : null);
