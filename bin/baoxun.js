#!/usr/bin/env node
// The `baoxun` CLI runs the compiled TypeScript in dist/ (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/server/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('baoxun: dist/ is missing; run `npm install` (or `npm run build`) in the checkout first');
  process.exit(1);
}
await import(entry.href);
