import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The explorer is built into dist/client and served by `baoxun serve`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: fileURLToPath(new URL('../dist/client', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
