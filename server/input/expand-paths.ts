/**
 * Expands the paths a user gave into the article files under them: directories recursively,
 * sorted by name. Only the kinds of input baoxun reads are taken from a directory (ARTICLE_EXTENSIONS:
 * a README.md or a script beside the articles is not an article); hidden files and folders
 * (`.name`), empty files, symbolic links that lead outside the given paths and links that lead
 * back into a folder already walked (a loop) are skipped. Every skip is reported (`skip`), so
 * the run can say what it left out and why. A path that does not exist or cannot be read is
 * reported as an error, not thrown. A file named by the user is read whatever its name.
 */
import { realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, sep } from 'node:path';

/** File name extensions of the inputs baoxun reads (lower case): texts, JSON, JSON Lines, HTML, PDFs and page images. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff',
]);

/** Why a file under a given folder was not read. */
export type SkipReason = 'extension' | 'hidden' | 'empty' | 'symlink-loop' | 'symlink-outside';

export type Expanded =
  | { source: string; size: number }
  | { source: string; error: string }
  | { source: string; skip: SkipReason };

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (e as Error).message;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Walk {
  /** Directories already walked (device:inode), so a symlink loop is walked once. */
  seen: Set<string>;
  /** The real paths of the paths given: a symlink may lead anywhere under them, nowhere else. */
  roots: string[];
}

const inside = (real: string, roots: string[]) => roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));

async function* walk(dir: string, w: Walk): AsyncGenerator<Expanded> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (e) {
    yield { source: dir, error: reason(e) };
    return;
  }
  // Keep the directory as the user typed it (`./pages/` stays `./pages/…`): it becomes article.source.
  const prefix = dir.endsWith(sep) || dir.endsWith('/') ? dir : dir + sep;
  for (const d of entries) {
    const path = prefix + d.name;
    if (d.name.startsWith('.')) yield { source: path, skip: 'hidden' };
    else if (d.isSymbolicLink()) yield* followLink(path, w);
    else if (d.isDirectory()) yield* expandDir(path, w);
    else if (!ARTICLE_EXTENSIONS.has(extname(d.name).toLowerCase())) yield { source: path, skip: 'extension' };
    else yield* expandFile(path, false);
  }
}

/** A symbolic link found in a walk: followed only when it leads inside the given paths. */
async function* followLink(path: string, w: Walk): AsyncGenerator<Expanded> {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') yield { source: path, skip: 'symlink-loop' };
    else yield { source: path, error: reason(e) };
    return;
  }
  if (!inside(real, w.roots)) {
    yield { source: path, skip: 'symlink-outside' };
    return;
  }
  const st = statOf(path);
  if (typeof st === 'string') yield { source: path, error: st };
  else if (st.isDirectory()) yield* expandDir(path, w, st);
  else if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) yield { source: path, skip: 'extension' };
  else yield* fileEntry(path, st, false);
}

async function* expandDir(path: string, w: Walk, st = statSync(path)): AsyncGenerator<Expanded> {
  const key = `${st.dev}:${st.ino}`;
  if (w.seen.has(key)) {
    yield { source: path, skip: 'symlink-loop' };
    return;
  }
  w.seen.add(key);
  yield* walk(path, w);
}

/**
 * stat, or the one-line reason it failed. statSync: the promise form cost ~0.1 ms of main-thread
 * CPU per file (see read-files.ts).
 */
function statOf(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (e) {
    return reason(e);
  }
}

/**
 * A stat'ed path that is not a directory: a file to read, an empty one to skip, bad input when the
 * user named it; nothing for a device or socket met in a folder.
 */
function* fileEntry(path: string, st: Stats, given: boolean): Generator<Expanded> {
  // An empty file in a folder is nothing to read; one named by the user is reported as bad input.
  if (st.isFile()) yield st.size === 0 && !given ? { source: path, skip: 'empty' } : { source: path, size: st.size };
  else if (given) yield { source: path, error: 'not a regular file or directory' };
}

async function* expandFile(path: string, given: boolean): AsyncGenerator<Expanded> {
  const st = statOf(path);
  if (typeof st === 'string') yield { source: path, error: st };
  else yield* fileEntry(path, st, given);
}

async function* expandGiven(path: string, w: Walk): AsyncGenerator<Expanded> {
  const st = statOf(path);
  if (typeof st === 'string') yield { source: path, error: st };
  else if (st.isDirectory()) yield* expandDir(path, w, st);
  else yield* fileEntry(path, st, true);
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Files under the given paths (and what was skipped), in the order given, each directory sorted. Paths keep the form the user typed. */
export async function* expandPaths(paths: string[]): AsyncGenerator<Expanded> {
  const w: Walk = { seen: new Set(), roots: paths.map(realOrSelf) };
  for (const p of paths) yield* expandGiven(p, w);
}

/** What an ingest left out, by reason (and by extension for `extension`). */
export interface SkipCounts {
  extension: number;
  hidden: number;
  empty: number;
  'symlink-loop': number;
  'symlink-outside': number;
  /** `.md` → 2, `(none)` for names without one. */
  extensions: Record<string, number>;
}

export const noSkips = (): SkipCounts => ({ extension: 0, hidden: 0, empty: 0, 'symlink-loop': 0, 'symlink-outside': 0, extensions: {} });

export function countSkip(into: SkipCounts, source: string, why: SkipReason): void {
  into[why]++;
  if (why === 'extension') {
    const ext = extname(source).toLowerCase() || '(none)';
    into.extensions[ext] = (into.extensions[ext] ?? 0) + 1;
  }
}

/** One line: `skipped 4 file(s): 2 not articles (.md, .py), 1 hidden, 1 empty`; null when nothing was skipped. */
export function formatSkips(s: SkipCounts): string | null {
  const exts = Object.entries(s.extensions).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const parts = [
    s.extension ? `${s.extension} not article files (${exts.slice(0, 8).map(([e, n]) => (n > 1 ? `${e} ×${n}` : e)).join(', ')}${exts.length > 8 ? ', …' : ''})` : '',
    s.hidden ? `${s.hidden} hidden` : '',
    s.empty ? `${s.empty} empty` : '',
    s['symlink-loop'] ? `${s['symlink-loop']} symlink loop${s['symlink-loop'] > 1 ? 's' : ''}` : '',
    s['symlink-outside'] ? `${s['symlink-outside']} symlink${s['symlink-outside'] > 1 ? 's' : ''} leading outside the given paths` : '',
  ].filter(Boolean);
  const total = s.extension + s.hidden + s.empty + s['symlink-loop'] + s['symlink-outside'];
  return total === 0 ? null : `skipped ${total} file(s): ${parts.join(', ')}`;
}
