/**
 * The console checks a query with `EXPLAIN <query>` first, so Neo4j's syntax errors echo
 * that text: the user would see a prefix they never typed, and positions shifted by it.
 * This puts the message back in terms of the query as typed.
 */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

/** Neo4j's error message with the `EXPLAIN ` prefix taken out of the echoed line, the caret and the positions. */
export function withoutExplainEcho(message: string, prefix = EXPLAIN_PREFIX): string {
  const n = prefix.length;
  const lines = message.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith(`"${prefix}`)) continue;
    lines[i] = `"${line.slice(n + 1)}`;
    const caret = lines[i + 1];
    if (caret !== undefined && /^ *\^\s*$/.test(caret) && caret.indexOf('^') >= n) lines[i + 1] = caret.slice(n);
  }
  return lines.join('\n').replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (whole, l: string, c: string, o: string) => {
    const offset = Number(o) >= n ? Number(o) - n : Number(o);
    const column = l === '1' && Number(c) > n ? Number(c) - n : Number(c);
    return `(line ${l}, column ${column} (offset: ${offset}))`;
  });
}
