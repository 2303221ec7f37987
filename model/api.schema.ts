/**
 * Request and response shapes of the HTTP API, shared by server and client.
 * The OpenAPI document is generated from these schemas.
 */
import { z } from 'zod';

/** Every error answer: a stable machine code and a human message. */
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
