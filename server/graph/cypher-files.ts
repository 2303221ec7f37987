/**
 * Cypher is data: every query lives in cypher/<name>.cypher and is loaded by
 * name. Queries take parameters only; nothing is spliced into their text.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

function findCypherDir(): string {
  // Works from the sources (server/graph) and from the build (dist/server/graph).
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'schema.cypher')) || existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('cypher/ directory not found');
}

const cypherDir = findCypherDir();
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (name may contain `/` for subfolders). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/_-]+$/i.test(name)) throw new Error(`bad cypher file name: ${name}`);
    text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (schema.cypher) on `;` at line ends; `//` comment lines dropped. */
export function statements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}

/** Where the cypher/ folder is (for listing examples). */
export const cypherRoot = cypherDir;
