/**
 * The console's ready-made queries: cypher/examples/*.cypher, each with a
 * comment header (`// title:`, `// description:`, `// params: {json}`, and the Chinese
 * `// title_zh:`, `// description_zh:`).
 */
import { readdirSync } from 'node:fs';
import type { CypherExample } from '../../model/api.schema.js';
import { cypher, cypherRoot } from '../graph/cypher-files.js';

/** Parses one example file: header lines `// key: value`, then the query. */
export function parseExample(name: string, text: string): CypherExample {
  const header: Record<string, string> = {};
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s*(title|description|params|title_zh|description_zh):\s*(.*)$/.exec(line);
    if (m && body.length === 0) header[m[1]!] = (header[m[1]!] ? `${header[m[1]!]} ` : '') + m[2]!.trim();
    else if (body.length > 0 || line.trim() !== '') body.push(line);
  }
  let params: Record<string, unknown> = {};
  if (header.params) params = JSON.parse(header.params) as Record<string, unknown>;
  return {
    name, title: header.title ?? name, description: header.description ?? '',
    query: body.join('\n').trim(), params,
    ...(header.title_zh ? { title_zh: header.title_zh } : {}),
    ...(header.description_zh ? { description_zh: header.description_zh } : {}),
  };
}

/** Every example, by file name. */
export function loadExamples(): CypherExample[] {
  let files: string[] = [];
  try {
    files = readdirSync(`${cypherRoot}/examples`).filter((f) => f.endsWith('.cypher')).sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const name = f.replace(/\.cypher$/, '');
    return parseExample(name, cypher(`examples/${name}`));
  });
}
