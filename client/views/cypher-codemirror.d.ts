// @neo4j-cypher/codemirror ships types but its package "exports" map does not point at them, so
// NodeNext resolution misses them. Its shipped d.ts also says createCypherEditor returns the
// editor API, while the code (es/codemirror.js) returns `{ editor }`: declared here as it runs.
declare module '@neo4j-cypher/codemirror' {
  import type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
  export type { EditorApi, EditorOptions };
  export function createCypherEditor(parent: Element | DocumentFragment, options: EditorOptions): { editor: EditorApi };
}
