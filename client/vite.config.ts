import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The explorer is built into dist/client and served by `baoxun serve`. The first view loads
// the app and the graph library (cytoscape and its layout, a chunk of their own so an app
// change does not make browsers fetch them again); the console's editor (CodeMirror) is a
// dynamic import of the console view, loaded when the console is first opened.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (/node_modules\/(cytoscape|cytoscape-fcose|cose-base|layout-base)\//.test(id)) return 'graph-lib';
          if (/node_modules\/zod\//.test(id)) return 'zod';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
