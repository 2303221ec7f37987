/**
 * Request and response shapes of the HTTP API, shared by server and client.
 * The OpenAPI document (`/api/openapi.json`) is generated from these schemas.
 *
 * Query-string schemas accept strings (that is what a URL carries) and coerce:
 * lists are comma-separated (`types=Person,Place`), numbers are decimal text.
 */
import { z } from 'zod';
import { ArticleLayout, AttendAs, DatePrecision, EntityType, IsoDate, NodeLabel, RelationType, Span } from './graph.schema.js';

/** Every error answer: a stable machine code and a human message (zod issues on 400). */
export const ApiError = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.unknown()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  app: z.string(),
  neo4j: z.object({ version: z.string().nullable(), edition: z.string().nullable(), uri: z.string() }),
  reason: z.string().optional(),
});
export type Health = z.infer<typeof Health>;

export const Stats = z.object({
  nodes: z.record(z.string(), z.number().int()),
  relationships: z.record(z.string(), z.number().int()),
});
export type Stats = z.infer<typeof Stats>;

/** A Cytoscape node element: `data.type` is the node's type label. */
export const CyNode = z.object({
  group: z.literal('nodes').optional(),
  data: z.object({ id: z.string(), label: z.string(), type: z.string() }).catchall(z.unknown()),
});
export const CyEdge = z.object({
  group: z.literal('edges').optional(),
  data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }).catchall(z.unknown()),
});
export const GraphElements = z.object({ nodes: z.array(CyNode), edges: z.array(CyEdge) });
export type CyNode = z.infer<typeof CyNode>;
export type CyEdge = z.infer<typeof CyEdge>;
export type GraphElements = z.infer<typeof GraphElements>;

// ---------------------------------------------------------------- helpers

/** A comma-separated list in a query string (`types=A,B`, or repeated: `types=A&types=B`), each item checked by `item`. */
function csv<O>(item: z.ZodType<O, string>) {
  return z
    .union([z.string(), z.array(z.string()).max(20)])
    .transform((v) => (Array.isArray(v) ? v.join(',') : v).split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(20));
}
/** A bounded integer given as query-string text. */
function intParam(min: number, max: number, dflt: number) {
  return z.coerce.number().int().min(min).max(max).default(dflt);
}
/** A graph id (entity or article), as a path or query parameter. */
export const Id = z.string().min(1).max(200);

/** Path parameter `:id`. */
export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

/** A short reference to a node: enough to label it and link to it. */
export const NodeRef = z.object({ id: z.string(), type: z.string(), name: z.string() });
export type NodeRef = z.infer<typeof NodeRef>;

/** A short reference to an article. */
export const ArticleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRef>;

/**
 * What tells an entity apart from its namesakes: a person's latest post (and the body or
 * place it belongs to), a meeting's date, organiser, place and chair.
 */
export const EntityBrief = z.object({
  id: z.string(),
  post: z.string().nullable(),
  post_of: z.string().nullable(),
  /** The date the latest post was last reported. */
  post_seen: z.string().nullable(),
  date: z.string().nullable(),
  organiser: z.string().nullable(),
  /** A meeting's place and who chaired it, when known. */
  place: z.string().nullable(),
  chair: z.string().nullable(),
});
export type EntityBrief = z.infer<typeof EntityBrief>;

// ---------------------------------------------------------------- search

/** `GET /api/search` */
export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  types: csv(NodeLabel).optional(),
  limit: intParam(1, 100, 20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = NodeRef.extend({
  score: z.number(),
  /** A short context: aliases, scope, date, level … or a text snippet for articles. */
  context: z.string().nullable(),
  /** People: the latest post; meetings: date and organiser (absent for other types). */
  brief: EntityBrief.nullable().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({ q: z.string(), hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

// ---------------------------------------------------------------- entity

/** Relationship counts of one node, by type and direction. */
export const RelCount = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  count: z.number().int(),
});
export type RelCount = z.infer<typeof RelCount>;

/** One sentence that supports a relationship of the entity, with its article. */
export const EvidenceItem = z.object({
  relType: z.string(),
  direction: z.enum(['out', 'in']),
  other: NodeRef,
  text: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  article: ArticleRef.nullable(),
  /** True when OCR read some of the sentence with low confidence (check it against the page image). */
  low_confidence: z.boolean().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** `GET /api/entities/:id` */
export const EntityDetail = z.object({
  id: z.string(),
  type: z.string(),
  labels: z.array(z.string()),
  name: z.string(),
  props: z.record(z.string(), z.unknown()),
  counts: z.array(RelCount),
  evidence: z.array(EvidenceItem),
  /** Articles that mention the entity, newest first (at most 50). */
  articles: z.array(ArticleRef),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

// ---------------------------------------------------------------- graph views

/** `GET /api/graph/neighborhood` */
export const NeighborhoodQuery = z.object({
  id: Id,
  depth: z.coerce.number().int().min(1).max(2).default(1),
  types: csv(NodeLabel).optional(),
  relTypes: csv(RelationType).optional(),
  /** Only relationships whose provenance date (or the neighbour's date) is on/after `from`. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: intParam(1, 500, 100),
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuery>;

export const Neighborhood = z.object({
  center: z.string(),
  elements: GraphElements,
  /** Per node type, how many neighbours matched but were not returned (over `limit`). */
  hidden: z.record(z.string(), z.number().int()),
  truncated: z.boolean(),
});
export type Neighborhood = z.infer<typeof Neighborhood>;

/** `GET /api/graph/overview`: the busiest entities and the edges between them. */
export const OverviewQuery = z.object({
  limit: intParam(1, 300, 60),
  types: csv(EntityType).optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;
export const Overview = z.object({ elements: GraphElements });
export type Overview = z.infer<typeof Overview>;

/** `GET /api/graph/paths`: shortest paths between two nodes. `max` is the longest path (hops). */
export const PathsQuery = z.object({
  from: Id,
  to: Id,
  max: intParam(1, 8, 4),
  limit: intParam(1, 25, 5),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathItem = z.object({
  length: z.number().int(),
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
});
export const Paths = z.object({ paths: z.array(PathItem), elements: GraphElements });
export type Paths = z.infer<typeof Paths>;

// ---------------------------------------------------------------- timelines

/** A post a person held: one distinct fact, however many articles report it. */
export const RoleTenure = z.object({
  role: NodeRef,
  /** Organisation or place the post belongs to (via OF), when known. */
  of: NodeRef.nullable(),
  first_seen: z.string().nullable(),
  last_seen: z.string().nullable(),
  /** How much of `first_seen` / `last_seen` is known (the articles' date precision). */
  first_precision: DatePrecision.nullable().optional(),
  last_precision: DatePrecision.nullable().optional(),
  /** Up to 50 of the articles that report it (smallest ids). */
  articles: z.array(z.string()),
  /** How many facts (article and sentence) report it. */
  count: z.number().int().optional(),
});
export type RoleTenure = z.infer<typeof RoleTenure>;

/** A meeting a person attended: one distinct fact per person and meeting. */
export const Attendance = z.object({
  meeting: NodeRef,
  date: z.string().nullable(),
  date_precision: DatePrecision.nullable().optional(),
  /** The leading way they took part (chair, then speaker, attendee, observer). */
  as: z.string().nullable(),
  /** Every way they took part, as the articles report it. */
  roles: z.array(z.string()).optional(),
  /** How many facts (article and sentence) report it. */
  count: z.number().int().optional(),
  place: NodeRef.nullable(),
  article: ArticleRef.nullable(),
});
export type Attendance = z.infer<typeof Attendance>;

/** One dated entry of a timeline (posts and meetings merged, in date order). */
export const TimelineEvent = z.object({
  date: z.string().nullable(),
  kind: z.enum(['role', 'meeting']),
  id: z.string(),
  label: z.string(),
  detail: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** `GET /api/people/:id/timeline` */
export const PersonTimeline = z.object({
  person: NodeRef,
  roles: z.array(RoleTenure),
  meetings: z.array(Attendance),
  events: z.array(TimelineEvent),
});
export type PersonTimeline = z.infer<typeof PersonTimeline>;

/** Who or which body took part in a step, and as what (`宣布开工`, `投资`, …). */
export const StepParty = NodeRef.extend({ as: z.string().nullable() });
export type StepParty = z.infer<typeof StepParty>;

/** One article's report of a step: the article and the sentence (offsets into its text). */
export const StepSource = z.object({
  article: ArticleRef,
  evidence: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type StepSource = z.infer<typeof StepSource>;

/**
 * One event of a project's history: a stage (docs/graph-model.md) with its date and precision,
 * the investment stated, the phase, and every article that reported it (the same event in two
 * articles is one step with two sources; the first source has the most precise date).
 */
export const ProjectStep = z.object({
  stage: z.string().nullable(),
  /** `YYYY-MM-DD`, meaningful to `date_precision`; null when no article dates it. */
  date: z.string().nullable(),
  date_precision: DatePrecision.nullable(),
  amount_yuan: z.number().nullable(),
  phase: z.string().nullable(),
  /** A plan reported (`预计年底竣工`), not an event. */
  planned: z.boolean(),
  /** The first source's sentence and article (the step's link to its article). */
  evidence: z.string().nullable(),
  article: ArticleRef,
  sources: z.array(StepSource),
  people: z.array(StepParty),
  organizations: z.array(StepParty),
});
export type ProjectStep = z.infer<typeof ProjectStep>;

/** `GET /api/projects/:id/history` */
export const ProjectHistory = z.object({
  project: NodeRef.extend({ props: z.record(z.string(), z.unknown()) }),
  /** In date order (undated steps by their article's date), then in stage order. */
  steps: z.array(ProjectStep),
  /** Organisations running it, places it is in, people taking part, meetings about it (one per pair and relation). */
  related: z.array(NodeRef.extend({ rel: z.string(), as: z.array(z.string()).optional(), count: z.number().int().optional(),
    /** A meeting's date (many meetings share a name: 工作推进会). */
    date: IsoDate.nullish() })),
});
export type ProjectHistory = z.infer<typeof ProjectHistory>;

// ---------------------------------------------------------------- meetings

/** `GET /api/meetings/attendance`; `place` and `org` are node ids. */
export const AttendanceQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  place: Id.optional(),
  org: Id.optional(),
  limit: intParam(1, 500, 100),
});
export type AttendanceQuery = z.infer<typeof AttendanceQuery>;

export const AttendanceMatrix = z.object({
  people: z.array(NodeRef),
  meetings: z.array(NodeRef.extend({ date: z.string().nullable(), date_precision: DatePrecision.nullable().optional() })),
  /**
   * One cell per (person, meeting) that attended (however many articles report it): `as` the
   * leading way they took part, `roles` every way.
   */
  cells: z.array(z.object({
    person: z.string(), meeting: z.string(), as: z.string().nullable(), roles: z.array(z.string()).optional(),
  })),
  /** Pairs of people and how many of these meetings both attended (count ≥ 1), most first. */
  coAttendance: z.array(z.object({ a: z.string(), b: z.string(), count: z.number().int() })),
  truncated: z.boolean(),
});
export type AttendanceMatrix = z.infer<typeof AttendanceMatrix>;

// ---------------------------------------------------------------- articles

/** `GET /api/articles` */
export const ArticlesQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: intParam(1, 200, 50),
  offset: intParam(0, 100_000, 0),
});
export type ArticlesQuery = z.infer<typeof ArticlesQuery>;

export const ArticleSummary = ArticleRef.extend({
  source: z.string().nullable(),
  /** The first characters of the text. */
  snippet: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleList = z.object({ articles: z.array(ArticleSummary), total: z.number().int() });
export type ArticleList = z.infer<typeof ArticleList>;

/** An entity mentioned in the article and where (UTF-16 spans into `text`). */
export const ArticleMention = z.object({ entity: NodeRef, count: z.number().int(), spans: z.array(Span) });
export type ArticleMention = z.infer<typeof ArticleMention>;

/** `GET /api/articles/:id`: the text is plain data, never HTML. */
export const ArticleDetail = ArticleRef.extend({
  source: z.string().nullable(),
  text: z.string(),
  mentions: z.array(ArticleMention),
  /** `page`: a credit printed on the page that no article could claim, given to every article of the page. */
  bylines: z.array(NodeRef.extend({ as: z.string().nullable(), page: z.boolean().optional() })),
  /** Where the article is printed, for articles read from a PDF page or a scan (page image: `GET /api/pages/:name`). */
  layout: ArticleLayout.nullable().optional(),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

/**
 * `POST /api/articles` as JSON. The same fields work as multipart form fields
 * with the text in a `file` part, or the text alone as `text/plain`.
 */
export const CreateArticleBody = z.object({
  text: z.string().min(1).max(2_000_000),
  title: z.string().max(500).optional(),
  published: IsoDate.optional(),
  source: z.string().max(500).optional(),
  /** The paper's home jurisdiction, e.g. `平湖市`, to resolve bare place names. */
  region: z.string().max(100).optional(),
});
export type CreateArticleBody = z.infer<typeof CreateArticleBody>;

/** What was extracted from one stored article. */
export const IngestedArticle = z.object({
  article: ArticleRef,
  entities: z.array(NodeRef),
  relations: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })),
});
export const CreateArticleResponse = z.object({ articles: z.array(IngestedArticle) });
export type CreateArticleResponse = z.infer<typeof CreateArticleResponse>;

/** `GET /api/pages/:name`: a page image of the page store (`<16 hex>-p<page>.jpg`, an article's `layout.image`). */
export const PageImageParams = z.object({ name: z.string().regex(/^[0-9a-f]{16}-p\d{1,5}\.jpg$/u, 'not a page image name') });
export type PageImageParams = z.infer<typeof PageImageParams>;

/** `DELETE /api/articles/:id`: what went with the article. */
export const DeleteArticleResponse = z.object({
  id: z.string(),
  relationshipsDeleted: z.number().int(),
  /** Entities left with no relationship at all, removed with the article. */
  orphansDeleted: z.number().int(),
});
export type DeleteArticleResponse = z.infer<typeof DeleteArticleResponse>;

// ---------------------------------------------------------------- console

/** `POST /api/cypher`: one read-only statement with parameters. */
export const CypherRequest = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequest>;

export const CypherSummary = z.object({
  /** Neo4j's query type: `r` (read only) is the only one the console runs. */
  queryType: z.string(),
  rows: z.number().int(),
  /** Milliseconds until the first record / until all were consumed, as Neo4j reports them. */
  availableAfterMs: z.number().nullable(),
  consumedAfterMs: z.number().nullable(),
  notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
});
export type CypherSummary = z.infer<typeof CypherSummary>;

/**
 * Values in `rows` are JSON: nodes become `{id, labels, properties}`,
 * relationships `{id, type, start, end, properties}`, paths `{nodes, relationships}`.
 */
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  /** Nodes, relationships and paths found anywhere in the rows, ready for Cytoscape; null when none. */
  elements: GraphElements.nullable(),
  summary: CypherSummary,
  /** True when the row cap cut the result. */
  truncated: z.boolean(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** `GET /api/examples`: ready-made console queries from cypher/examples/. */
export const CypherExample = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** The title and description in Chinese, for the Chinese interface. */
  title_zh: z.string().optional(),
  description_zh: z.string().optional(),
});
export const CypherExamples = z.object({ examples: z.array(CypherExample) });
export type CypherExample = z.infer<typeof CypherExample>;
export type CypherExamples = z.infer<typeof CypherExamples>;

// ---------------------------------------------------------------- export

/** `GET /api/export`: the subgraph around `id` (to `depth`), or the whole graph without `id`. */
export const ExportQuery = z.object({
  format: z.enum(['graphml', 'csv', 'json']).default('json'),
  id: Id.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  /** Cap on nodes (a subgraph stops at 5,000). Whole-graph exports leave out evidence sentences. */
  limit: intParam(1, 1_000_000, 100_000),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/**
 * `GET /api/export/careers` and `baoxun export careers` (CSV, one row per tenure spell: a person
 * in a post, from the first to the last dated article that shows it). Columns in this order.
 */
export const CareerRow = z.object({
  person: z.string(),
  person_id: z.string(),
  post: z.string(),
  role_id: z.string(),
  organisation: z.string().nullable(),
  place: z.string().nullable(),
  first_seen: IsoDate.nullable(),
  last_seen: IsoDate.nullable(),
  first_precision: DatePrecision.nullable(),
  last_precision: DatePrecision.nullable(),
  /** Distinct articles that report the holding. */
  articles: z.number().int(),
  /** Their ids, `|`-separated in the CSV. */
  evidence_articles: z.array(z.string()),
});
export type CareerRow = z.infer<typeof CareerRow>;

/**
 * `GET /api/export/attendance` and `baoxun export attendance` (CSV, one row per person and
 * meeting attended). `role` is the leading way they took part, `roles` every way.
 */
export const AttendanceRow = z.object({
  person: z.string(),
  person_id: z.string(),
  meeting: z.string(),
  meeting_id: z.string(),
  date: IsoDate.nullable(),
  date_precision: DatePrecision.nullable(),
  place: z.string().nullable(),
  role: AttendAs.nullable(),
  roles: z.array(AttendAs),
  articles: z.number().int(),
  evidence_articles: z.array(z.string()),
  /** One sentence that reports it (from the earliest article). */
  evidence: z.string().nullable(),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;

/** The `format=json` export. `format=csv` gives nodes then edges as one CSV with a `kind` column. */
export const ExportJson = z.object({
  nodes: z.array(z.object({ id: z.string(), labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) })),
  edges: z.array(z.object({
    id: z.string(), type: z.string(), source: z.string(), target: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })),
  truncated: z.boolean(),
});
export type ExportJson = z.infer<typeof ExportJson>;

// ---------------------------------------------------------------- explorer: ranked lists, descriptions


/** `GET /api/entities/briefs?ids=a,b`: briefs of up to 100 entities (unknown ids are left out). */
export const BriefsQuery = z.object({
  ids: z.union([z.string(), z.array(z.string()).max(100)])
    .transform((v) => (Array.isArray(v) ? v.join(',') : v).split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(Id).min(1).max(100)),
});
export type BriefsQuery = z.infer<typeof BriefsQuery>;
export const Briefs = z.object({ briefs: z.array(EntityBrief) });
export type Briefs = z.infer<typeof Briefs>;

/** `GET /api/graph/top`: the landing view. */
export const TopQuery = z.object({
  types: csv(EntityType).optional(),
  /** Entities per type in each ranked list. */
  limit: intParam(1, 50, 15),
  /** The strongest ties drawn among the ranked entities. */
  ties: intParam(0, 2000, 400),
});
export type TopQuery = z.infer<typeof TopQuery>;

/** One entry of a ranked list. `degree` counts distinct ties (one per neighbour and fact type), `mentions` articles. */
export const RankedEntity = NodeRef.extend({
  degree: z.number().int(),
  mentions: z.number().int(),
  brief: EntityBrief.nullable(),
});
export type RankedEntity = z.infer<typeof RankedEntity>;

export const TopEntities = z.object({
  /** Per entity type, the most connected first. */
  byDegree: z.record(z.string(), z.array(RankedEntity)),
  /** Per entity type, the most mentioned first. */
  byMentions: z.record(z.string(), z.array(RankedEntity)),
  /**
   * The ranked entities tied to another of them (all of them when none is; nodes carry
   * `degree`, `mentions` and brief fields) and the strongest ties among them: one edge per
   * pair and fact type (the LINK summaries), carrying `count`.
   */
  elements: GraphElements,
});
export type TopEntities = z.infer<typeof TopEntities>;

// ---------------------------------------------------------------- corrections (judgements)

/** Who made a correction (a name the user gives; the API key says only that they may) and why. */
const CorrectionBy = z.object({
  by: z.string().trim().max(100).optional(),
  note: z.string().max(1000).optional(),
});

/** `POST /api/corrections/merge`: `others` are folded into `keep`. */
export const MergeBody = CorrectionBy.extend({ keep: Id, others: z.array(Id).min(1).max(20) });
export type MergeBody = z.infer<typeof MergeBody>;
/** `POST /api/corrections/split`: what `articles` say about `id` is someone (something) else. */
export const SplitBody = CorrectionBy.extend({ id: Id, articles: z.array(Id).min(1).max(500) });
export type SplitBody = z.infer<typeof SplitBody>;
/** `POST /api/corrections/rename`. */
export const RenameBody = CorrectionBy.extend({ id: Id, name: z.string().trim().min(1).max(200) });
export type RenameBody = z.infer<typeof RenameBody>;
/** `POST /api/corrections/:id/undo`. */
export const UndoBody = z.object({ by: z.string().trim().max(100).optional() });
export type UndoBody = z.infer<typeof UndoBody>;

/** One correction as the audit list shows it. */
export const Correction = z.object({
  id: z.string(),
  kind: z.enum(['merge', 'split', 'rename']),
  /** The entity corrected: folded away (merge), split (split), renamed (rename). */
  target: z.string(),
  target_name: z.string().nullable(),
  /** Where it went: the kept entity (merge), the new entity (split), the target itself (rename). */
  into: z.string(),
  into_name: z.string().nullable(),
  articles: z.array(z.string()),
  /** rename: the name before and after. */
  from_name: z.string().nullable(),
  name: z.string().nullable(),
  note: z.string().nullable(),
  by: z.string().nullable(),
  created: z.string().nullable(),
  undone: z.string().nullable(),
  undone_by: z.string().nullable(),
});
export type Correction = z.infer<typeof Correction>;

export const Corrections = z.object({ corrections: z.array(Correction) });
export type Corrections = z.infer<typeof Corrections>;

/** What a correction or its undo did. */
export const CorrectionResult = z.object({
  corrections: z.array(Correction),
  /** Articles extracted again from their stored text (an undo of a merge or split). */
  rederived: z.number().int(),
});
export type CorrectionResult = z.infer<typeof CorrectionResult>;
