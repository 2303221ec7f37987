/**
 * Credit lines printed with an article: `■记者 李华 通讯员 赵明`,
 * `■摄影 王 刚 陈晓东`, `记者 张三`, `文/图 李四`. Recognised by their role
 * words, not by any name list.
 */
import { opensWithMarker, readCredit } from './credit-words.js';

/** Role words of a credit line, longest first. */
const ROLE = String.raw`(?:本报)?(?:特约|见习|实习|首席)?(?:摄影记者|记者|通讯员|摄影|摄像|实习生|编辑|责任编辑|校对)|文[/／]图|图[/／]文`;
const MARK = '[■□▲●◆★◇]';
const WITH_MARK = new RegExp(`^${MARK}\\s*(?:${ROLE}|图|文)[\\s:：/／]*\\S`, 'u');
const NO_MARK = new RegExp(`^(?:${ROLE})[\\s:：]+(.+)$`, 'u');
const ROLE_ONLY = new RegExp(`^(?:${ROLE}|图|文)[:：]?$`, 'u');
/** A personal name as printed in credits: 1–4 Han characters, or a transliterated name with `·`. */
const NAME_TOKEN = /^(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,8})$/u;

const tokens = (s: string): string[] => s.split(/[\s、]+/u).filter(Boolean); // a comma means prose, not a credit

/** True when every token is a role word or a name-like token. */
function onlyRolesAndNames(s: string): boolean {
  const t = tokens(s);
  return t.length > 0 && t.every((x) => ROLE_ONLY.test(x) || NAME_TOKEN.test(x));
}

/** A whole line in brackets, `（记者 陶然）` → `记者 陶然`. */
const unbracket = (s: string): string => /^[（(【\[].*[）)】\]]$/u.test(s) ? s.slice(1, -1).trim() : s;

/** An outlet printed before the role word (`某某县融媒体中心记者 X`, `某某日报记者 X`). */
const OUTLET_RE = /^[\u3400-\u9fff]{1,14}?(?:融媒体中心|融媒|日报|晚报|报社|电视台|广播电视台|新闻网|报)(?=[\u3400-\u9fff]{0,4}记者)/u;

/**
 * True for a line that starts a credit (with or without the ■ mark, or in brackets): the old role
 * list, or any marker of credit-words.ts (`撰稿:X`, `文/图 X`, `编辑:X`, `X 摄`, after an outlet)
 * with every token read as a marker or a name.
 */
export function isCreditLine(line: string): boolean {
  const s = unbracket(line.trim());
  if (s.length > 60) return false;
  // A bracket closed but not opened here: the end of a credit opened on the line before (`…。（` / `记者 X）`).
  if (/[）)]$/u.test(s) && !/[（(]/u.test(s)) return false;
  if (WITH_MARK.test(s)) return true;
  const m = NO_MARK.exec(s);
  if (m !== null && onlyRolesAndNames(m[1]!)) return true;
  const body = s.slice(OUTLET_RE.exec(s)?.[0].length ?? 0);
  if (!opensWithMarker(body) && !/\S\s*摄$/u.test(body)) return false;
  const got = readCredit(body);
  return got.clean && got.marked;
}

/** True for a line that continues a credit on the next line (`孙丽`): names only, short. */
export function isCreditContinuation(line: string): boolean {
  const s = line.trim();
  return s.length <= 20 && onlyRolesAndNames(s);
}

/** The credit's text as printed, without the mark: `记者 李华 通讯员 赵明`. */
export function creditText(lines: string[]): string {
  return unbracket(lines.map((l) => l.trim()).join(' ')).replace(new RegExp(`^${MARK}\\s*`, 'u'), '');
}
