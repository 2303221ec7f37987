/** The dependency rule of docs/architecture.md, checked by `npm run check`. */
module.exports = {
  forbidden: [
    { name: 'model-imports-nothing-of-ours', severity: 'error',
      from: { path: '^model/' }, to: { path: '^(extractors|server|client|bench)/' } },
    { name: 'extractors-import-only-model', severity: 'error',
      from: { path: '^extractors/' }, to: { path: '^(server|client|bench)/' } },
    { name: 'extractors-are-pure', severity: 'error',
      comment: 'extractors do no IO: no fs, net, driver or server code',
      from: { path: '^extractors/', pathNot: '^extractors/(scripts|jieba-tokenizer)' },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises|net|node:net|http|node:http|neo4j-driver)$', dependencyTypes: ['core', 'npm'] } },
    { name: 'client-imports-only-model', severity: 'error',
      from: { path: '^client/' }, to: { path: '^(extractors|server|bench)/' } },
    { name: 'only-graph-talks-to-neo4j', severity: 'error',
      from: { path: '^(server/(?!graph/|neo4j/)|extractors|client|model)' }, to: { path: 'neo4j-driver' } },
    { name: 'resolve-is-pure', severity: 'error',
      comment: 'entity resolution (server/resolve) does no IO: it imports only model/, the pure extractors, itself and node:crypto (ids); the graph store loads what it needs',
      from: { path: '^server/resolve/' }, to: { pathNot: '^(model/|extractors/|server/resolve/|(node:)?crypto$)' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
  },
};
