/**
 * The graph model and the extraction contract (see docs/graph-model.md).
 * Every shape that crosses a boundary between extractors, graph store, API,
 * client and CLI is defined here once; types come from `z.infer`.
 */
import { z } from 'zod';

/** Labels of extracted things (each also carries the label `Entity`). */
export const EntityType = z.enum(['Person', 'Role', 'Place', 'Organization', 'Project', 'Meeting']);
export type EntityType = z.infer<typeof EntityType>;

/** Every node label in the graph, articles included. */
export const NodeLabel = z.enum(['Article', ...EntityType.options]);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const PlaceLevel = z.enum([
  'province', 'prefecture', 'county', 'township', 'subdistrict', 'village', 'community', 'zone', 'other',
]);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

export const OrgKind = z.enum([
  'party', 'government', 'congress', 'cppcc', 'court', 'enterprise', 'bank', 'association', 'school', 'media', 'other',
]);
export type OrgKind = z.infer<typeof OrgKind>;

/** How a person took part in a meeting. */
export const AttendAs = z.enum(['chair', 'attendee', 'observer', 'speaker']);
export type AttendAs = z.infer<typeof AttendAs>;

export const RelationType = z.enum([
  'HOLDS_ROLE', 'OF', 'MEMBER_OF', 'ATTENDED', 'HELD_IN', 'ORGANIZED_BY', 'ABOUT',
  'LOCATED_IN', 'RUN_BY', 'STEP', 'PART_OF', 'WROTE', 'MENTIONS', 'INVOLVED_IN',
]);
export type RelationType = z.infer<typeof RelationType>;

/** `YYYY-MM-DD`, checked to be a real calendar date. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar date');

/** A half-open span `[start, end)` of UTF-16 code units in `article.text`. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/**
 * How much of a date is known. A date is always stored as a full `YYYY-MM-DD`; with `month` or
 * `year` precision only that part is meaningful (shown as `2020年12月` / `2020年`), the rest is the
 * earliest day the evidence allows.
 */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const Int = z.number().int();
const Permille = Int.min(0).max(1000);

/** A box on a printed page: `[x, y, width, height]` in thousandths of the page's width and height. */
export const PageBox = z.tuple([Permille, Permille, Permille, Permille]);
export type PageBox = z.infer<typeof PageBox>;

/**
 * Where an article is printed, for articles read from a PDF page or a scan: the page, its image
 * (a file of the page store, `GET /api/pages/:name`), the article's box and where each line of
 * `text` sits (`regions`: `[start, end, x, y, width, height]`, offsets into `text`, box as in
 * `PageBox`), and the stretches of `text` that OCR read with low confidence.
 */
export const ArticleLayout = z.object({
  /** 1-based page number in the file. */
  page: Int.positive(),
  /** The page label as printed or named, e.g. `A03版`, `第3版`, `03`. */
  page_label: z.string().nullable(),
  /** The paper's name printed in the page header, e.g. `平湖日报`. */
  paper: z.string().nullable(),
  /** File name of the rendered page image in the page store; null when none was rendered. */
  image: z.string().nullable(),
  /** True when the text was read by OCR. */
  ocr: z.boolean(),
  box: PageBox,
  regions: z.array(z.tuple([Int.nonnegative(), Int.nonnegative(), Permille, Permille, Permille, Permille])),
  low_confidence: z.array(Span),
});
export type ArticleLayout = z.infer<typeof ArticleLayout>;

export const Article = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  /** Precision of `published` (absent: `day` when `published` is set). */
  published_precision: DatePrecision.optional(),
  /**
   * True when `published` was not printed as the publication date (record, file name, HTML meta,
   * the page's dateline) but inferred from the page's own dated events and years.
   */
  published_inferred: z.boolean().optional(),
  source: z.string(),
  text: z.string(),
  /** Content hash of the normalised text (set by the extractor pipeline). */
  hash: z.string().optional(),
  /** Where the article is printed (PDF pages and scans only). */
  layout: ArticleLayout.optional(),
});
export type Article = z.infer<typeof Article>;

export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

type Scalar = string | number | boolean | null;
const Scalar: z.ZodType<Scalar> = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** Property values that Neo4j can store: scalars and lists of scalars. */
export const PropValue = z.union([Scalar, z.array(Scalar)]);
export const Props = z.record(z.string(), PropValue);
export type Props = z.infer<typeof Props>;

/**
 * An entity found in one article. `id` is deterministic: the same input gives
 * the same id. Type-specific properties (level, kind, canonical, scope, date,
 * part_of_day, aliases, …) go in `props`.
 */
export const ExtractedEntity = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  props: Props.default({}),
  mentions: z.array(Span),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

/**
 * A relation found in one article, with the sentence it came from.
 * `from`/`to` are entity ids, or the article id (WROTE → article, STEP → article).
 */
export const ExtractedRelation = z.object({
  type: RelationType,
  from: z.string().min(1),
  to: z.string().min(1),
  props: Props.default({}),
  evidence: Evidence,
  /** Which extractor produced it (provenance). */
  extractor: z.string().optional(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

/** One line of `baoxun extract --format jsonl`: one article and what was found in it. */
export const Extraction = z.object({
  article: Article,
  entities: z.array(ExtractedEntity),
  relations: z.array(ExtractedRelation),
});
export type Extraction = z.infer<typeof Extraction>;
