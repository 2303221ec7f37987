/**
 * Lines of a text stream, never holding more than `max` bytes of one line: a line past the
 * limit is reported by its size and dropped while it streams by (readline would build the
 * whole 50 MB line first).
 */
export type BoundedLine = { line: string } | { overLimit: number };

export async function* boundedLines(chunks: AsyncIterable<string | Buffer>, max: number): AsyncGenerator<BoundedLine> {
  let parts: string[] = [];
  let bytes = 0;
  let over = false;
  const take = (piece: string) => {
    if (!piece) return;
    const n = Buffer.byteLength(piece);
    bytes += n;
    if (bytes > max) { over = true; parts = []; } else if (!over) parts.push(piece);
  };
  const finish = (): BoundedLine => {
    const out: BoundedLine = over ? { overLimit: bytes } : { line: parts.join('').replace(/\r$/, '') };
    parts = []; bytes = 0; over = false;
    return out;
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      take(text.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(text.slice(from));
  }
  if (bytes > 0 || parts.length) yield finish();
}
