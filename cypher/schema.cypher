// baoxun graph schema: applied at every start (server/graph/schema.ts); every statement is
// IF NOT EXISTS, so applying it again changes nothing.
//
// Uniqueness of `id` for every label. `Entity` carries one too: the writer MERGEs
// entities on (:Entity {id}) and then sets the type label, so one index serves all types.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;

// One LINK summary per (from, type, to): `key` = from>type>to is unique (a relationship
// uniqueness constraint, Neo4j 5.7+ Community), so the writer MERGEs LINKs on it and two
// transactions adding the first facts of a pair at once make one LINK, not two.
CREATE CONSTRAINT link_key IF NOT EXISTS FOR ()-[l:LINK]-() REQUIRE l.key IS UNIQUE;

// Names and dates.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX role_canonical IF NOT EXISTS FOR (n:Role) ON (n.canonical);
CREATE INDEX role_name IF NOT EXISTS FOR (n:Role) ON (n.name);
CREATE INDEX role_kind_of IF NOT EXISTS FOR (n:Role) ON (n.kind_of);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX judgement_target IF NOT EXISTS FOR (n:Judgement) ON (n.target);

// Full-text search for the API: index name `search_text` (CJK analyzer, so 2-character
// Chinese names are found). Use: CALL db.index.fulltext.queryNodes('search_text', $q).
// `aliases_text` is the aliases joined by spaces (lists cannot be full-text indexed).
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Person|Role|Place|Organization|Project|Meeting|Article)
ON EACH [n.name, n.aliases_text, n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
