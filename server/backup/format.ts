/**
 * The backup file: JSON Lines, one record per line, in this order —
 *   1. a header: format name and version, when, and the counts the database held;
 *   2. every node (`n`), grouped by key label;
 *   3. every relationship (`r`), after all nodes, so an import can create nodes first;
 *   4. an end line with the counts written, so a truncated file is refused.
 * Nodes are identified by a key label (Article, Entity, Judgement: each has a uniqueness
 * constraint on `id`) and their `id`.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'baoxun-backup';
export const BACKUP_VERSION = 1;

/** Labels whose `id` is unique (cypher/schema.cypher): how nodes are found again. */
export const KEY_LABELS = ['Article', 'Entity', 'Judgement'] as const;
export type KeyLabel = (typeof KEY_LABELS)[number];

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const PropValue = z.union([Scalar, z.array(Scalar)]);
const Props = z.record(z.string(), PropValue);
/** `[key, Neo4j value type]` of properties JSON cannot carry as they are (floats, dates). */
const Typed = z.array(z.tuple([z.string(), z.string()]));
const Counts = z.record(z.string(), z.number().int().nonnegative());

export const HeaderLine = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exported: z.string(),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int(), labels: Counts, types: Counts }),
});
export type HeaderLine = z.infer<typeof HeaderLine>;

export const NodeLine = z.object({
  n: z.enum(KEY_LABELS),
  labels: z.array(z.string().min(1)).min(1),
  props: Props,
  typed: Typed.optional(),
});
export type NodeLine = z.infer<typeof NodeLine>;

export const RelLine = z.object({
  r: z.string().min(1),
  from: z.tuple([z.enum(KEY_LABELS), z.string()]),
  to: z.tuple([z.enum(KEY_LABELS), z.string()]),
  props: Props,
  typed: Typed.optional(),
});
export type RelLine = z.infer<typeof RelLine>;

export const EndLine = z.object({
  end: z.literal(true),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
});
export type EndLine = z.infer<typeof EndLine>;

/** Neo4j value types that JSON carries as they are. */
export const PLAIN_TYPES = [
  'STRING NOT NULL', 'INTEGER NOT NULL', 'BOOLEAN NOT NULL', 'LIST<NOTHING> NOT NULL',
  'LIST<STRING NOT NULL> NOT NULL', 'LIST<INTEGER NOT NULL> NOT NULL', 'LIST<BOOLEAN NOT NULL> NOT NULL',
];

/** Value types written as text (or a number) and turned back by cypher/backup/import-*.cypher. */
export const CONVERTED_TYPES = new Set([
  'FLOAT NOT NULL', 'LIST<FLOAT NOT NULL> NOT NULL', 'DATE NOT NULL', 'ZONED DATETIME NOT NULL',
  'LOCAL DATETIME NOT NULL', 'ZONED TIME NOT NULL', 'LOCAL TIME NOT NULL', 'DURATION NOT NULL',
]);
