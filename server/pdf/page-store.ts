/**
 * The page store: images of the pages PDF and scanned articles were read from, one JPEG per
 * file content and page (`<16 hex of the file's sha1>-p<page>.jpg`), under `$BAOXUN_HOME/pages`.
 * Articles keep the file name (`layout.image`); the API serves it by that name only
 * (model PageImageParams).
 */
import { join } from 'node:path';
import { resolveHome } from '../neo4j/paths.js';

/** The page store of `home` (default `$BAOXUN_HOME`). */
export function pageStoreDir(home?: string): string {
  return join(resolveHome(home), 'pages');
}
