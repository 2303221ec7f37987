/**
 * Resolves a batch of extractions with people told apart across articles (pure: the people of
 * the batch's names are loaded into the index first, by server/graph/person-lookup.ts). The
 * index is shown what the whole batch says of each name (PersonIndex.hint), then the articles
 * are resolved by date and id, so the result does not depend on the order the extraction
 * workers finished in within the batch.
 */
import type { Extraction } from '../../model/graph.schema.js';
import type { PersonIndex } from './person-index.js';
import { personMentions, resolveExtraction, type ResolveContext } from './resolver.js';

/** The person names a batch mentions (what the index must hold before `resolveLoaded`). */
export function personNames(exs: readonly Extraction[]): string[] {
  return exs.flatMap((ex) => ex.entities.filter((e) => e.type === 'Person').map((e) => e.name));
}

/** Resolved extractions in the input's order; an Error in the place of one that failed. */
export function resolveLoaded(exs: readonly Extraction[], ctx: ResolveContext & { persons: PersonIndex }): Array<Extraction | Error> {
  for (const ex of exs) for (const m of personMentions(ex, ctx.region)) ctx.persons.hint(m);
  const out: Array<Extraction | Error> = new Array(exs.length);
  try {
    for (const i of chronological(exs)) {
      try {
        out[i] = resolveExtraction(exs[i]!, ctx);
      } catch (err) {
        out[i] = err instanceof Error ? err : new Error(String(err));
      }
    }
  } finally {
    ctx.persons.clearHints();
  }
  return out;
}

/** Indexes of `exs` by publication date (undated last), then article id. */
export function chronological(exs: readonly Extraction[]): number[] {
  const key = (ex: Extraction) => `${ex.article.published ?? '\uffff'}|${ex.article.id}`;
  return exs.map((_, i) => i).sort((a, b) => {
    const ka = key(exs[a]!);
    const kb = key(exs[b]!);
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
}
