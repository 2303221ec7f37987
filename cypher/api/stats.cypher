// Node counts per label and relationship counts per type of the graph model.
// Single-label / single-type COUNT subqueries are answered from Neo4j's count store.
RETURN {
  Article: COUNT { (:Article) }, Person: COUNT { (:Person) }, Role: COUNT { (:Role) },
  Place: COUNT { (:Place) }, Organization: COUNT { (:Organization) }, Project: COUNT { (:Project) },
  Meeting: COUNT { (:Meeting) }, Entity: COUNT { (:Entity) }
} AS nodes, {
  HOLDS_ROLE: COUNT { ()-[:HOLDS_ROLE]->() }, OF: COUNT { ()-[:OF]->() }, MEMBER_OF: COUNT { ()-[:MEMBER_OF]->() },
  ATTENDED: COUNT { ()-[:ATTENDED]->() }, HELD_IN: COUNT { ()-[:HELD_IN]->() }, ORGANIZED_BY: COUNT { ()-[:ORGANIZED_BY]->() },
  ABOUT: COUNT { ()-[:ABOUT]->() }, LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() }, RUN_BY: COUNT { ()-[:RUN_BY]->() },
  STEP: COUNT { ()-[:STEP]->() }, PART_OF: COUNT { ()-[:PART_OF]->() }, WROTE: COUNT { ()-[:WROTE]->() },
  MENTIONS: COUNT { ()-[:MENTIONS]->() }
} AS relationships
