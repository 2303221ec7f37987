// @neo4j-cypher/codemirror ships types but its package "exports" map does not point at them,
// so NodeNext resolution misses them; re-export the shipped declarations.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
