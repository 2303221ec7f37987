/** The OpenAPI 3.1 document, generated from the zod schemas of model/api.schema.ts. */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as S from '../../model/api.schema.js';

type Method = RouteConfig['method'];

interface Op {
  method: Method;
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  auth?: boolean;
  /** Also takes text/plain and a multipart `file` part. */
  upload?: boolean;
  /** Answers CSV (RFC 4180, a header line), one line per row of this schema. */
  csv?: z.ZodObject;
  errors?: number[];
}

const uploadContent = {
  'text/plain': { schema: z.string().describe('the article text (a page may hold several articles)') },
  'multipart/form-data': {
    schema: S.CreateArticleBody.omit({ text: true }).extend({ file: z.string().describe('the file: text, HTML, JSON or JSONL in any common Chinese encoding, or a PDF page or page scan (PNG, JPEG, TIFF)') }),
  },
};

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const ops: Op[] = [
  { method: 'get', path: '/api/health', summary: 'Versions of the app and Neo4j; 503 with the reason when Neo4j is down', response: S.Health, errors: [503] },
  { method: 'get', path: '/api/stats', summary: 'Node counts per label, relationship counts per type', response: S.Stats },
  { method: 'get', path: '/api/search', summary: 'Full-text (cjk) and prefix search on names, aliases, titles', query: S.SearchQuery, response: S.SearchResponse },
  { method: 'get', path: '/api/entities/{id}', summary: 'An entity or article: properties, relationship counts, evidence', params: S.IdParams, response: S.EntityDetail, errors: [404] },
  { method: 'get', path: '/api/graph/neighborhood', summary: 'Neighbours (1 or 2 rings) as Cytoscape elements, with counts of those not returned', query: S.NeighborhoodQuery, response: S.Neighborhood, errors: [404] },
  { method: 'get', path: '/api/graph/overview', summary: 'The busiest entities and the edges among them', query: S.OverviewQuery, response: S.Overview },
  { method: 'get', path: '/api/graph/paths', summary: 'Shortest paths between two nodes', query: S.PathsQuery, response: S.Paths, errors: [404] },
  { method: 'get', path: '/api/people/{id}/timeline', summary: 'Posts held and meetings attended, in date order', params: S.IdParams, response: S.PersonTimeline, errors: [404] },
  { method: 'get', path: '/api/projects/{id}/history', summary: 'The dated steps of a project, each with its article', params: S.IdParams, response: S.ProjectHistory, errors: [404] },
  { method: 'get', path: '/api/meetings/attendance', summary: 'Person × meeting matrix and co-attendance counts', query: S.AttendanceQuery, response: S.AttendanceMatrix },
  { method: 'get', path: '/api/articles', summary: 'Articles by date, optionally containing a text', query: S.ArticlesQuery, response: S.ArticleList },
  { method: 'get', path: '/api/articles/{id}', summary: 'An article: text (plain data) with mention spans and bylines', params: S.IdParams, response: S.ArticleDetail, errors: [404] },
  { method: 'post', path: '/api/articles', summary: 'Extract and store an article (JSON, text/plain, or multipart with a "file" part)', body: S.CreateArticleBody, response: S.CreateArticleResponse, auth: true, upload: true, errors: [413, 415, 422, 429] },
  { method: 'delete', path: '/api/articles/{id}', summary: 'Delete an article and what came only from it', params: S.IdParams, response: S.DeleteArticleResponse, auth: true, errors: [404, 429] },
  { method: 'post', path: '/api/cypher', summary: 'Read-only Cypher console (EXPLAIN-checked, timeout, row cap)', body: S.CypherRequest, response: S.CypherResponse, errors: [403, 408, 413, 429] },
  { method: 'get', path: '/api/examples', summary: 'Ready-made console queries', response: S.CypherExamples },
  { method: 'get', path: '/api/graph/top', summary: 'Landing view: most connected and most mentioned entities per type, and the strongest ties among them', query: S.TopQuery, response: S.TopEntities },
  { method: 'get', path: '/api/briefs', summary: 'What tells entities apart: latest post, meeting date, organiser, place, chair', query: S.BriefsQuery, response: S.Briefs },
  { method: 'get', path: '/api/key', summary: 'Checks an API key (200 when writes are allowed with it)', auth: true },
  { method: 'get', path: '/api/corrections', summary: 'Audit list of corrections (merge, split, rename), undone ones included', response: S.Corrections },
  { method: 'post', path: '/api/corrections/merge', summary: 'Merge entities into one (a judgement later ingests apply too)', body: S.MergeBody, response: S.CorrectionResult, auth: true, errors: [429] },
  { method: 'post', path: '/api/corrections/split', summary: 'Split what some articles say about an entity into a new one', body: S.SplitBody, response: S.CorrectionResult, auth: true, errors: [429] },
  { method: 'post', path: '/api/corrections/rename', summary: 'Rename an entity (kept by later ingests)', body: S.RenameBody, response: S.CorrectionResult, auth: true, errors: [429] },
  { method: 'post', path: '/api/corrections/{id}/undo', summary: 'Undo a correction; the articles it touched are extracted again', params: S.IdParams, body: S.UndoBody, response: S.CorrectionResult, auth: true, errors: [404, 409, 429] },
  { method: 'get', path: '/api/export', summary: 'A subgraph or the whole graph (streamed) as GraphML, CSV or JSON, edges as distinct facts', query: S.ExportQuery, response: S.ExportJson, errors: [404] },
  { method: 'get', path: '/api/export/careers', summary: 'Careers table (CSV): one row per person and post held, with tenure and evidence articles', csv: S.CareerRow },
  { method: 'get', path: '/api/export/attendance', summary: 'Attendance table (CSV): one row per person and meeting, with date, place, roles and evidence', csv: S.AttendanceRow },
  { method: 'get', path: '/api/pages/{name}', summary: 'A page image (JPEG) of articles read from PDF pages and scans: layout.image of an article', params: S.PageImageParams, errors: [404] },
];

const csvContent = (row: z.ZodObject) => ({
  'text/csv': { schema: z.string().describe(`CSV with the columns ${Object.keys(row.shape).join(', ')}; ISO dates, lists separated by |`) },
});

function register(registry: OpenAPIRegistry, op: Op): void {
  const responses: RouteConfig['responses'] = {
    [op.method === 'post' && (op.path === '/api/articles' || /^\/api\/corrections\/(merge|split|rename)$/.test(op.path)) ? 201 : 200]: {
      description: 'OK', content: op.csv ? csvContent(op.csv) : op.response ? json(op.response) : undefined,
    },
  };
  for (const status of [400, ...(op.auth ? [401, 403] : []), ...(op.errors ?? []), 500]) {
    responses[status] = { description: `error (${status})`, content: json(S.ApiError) };
  }
  registry.registerPath({
    method: op.method, path: op.path, summary: op.summary,
    request: {
      ...(op.query ? { query: op.query } : {}),
      ...(op.params ? { params: op.params } : {}),
      ...(op.body ? { body: { content: { ...json(op.body), ...(op.upload ? uploadContent : {}) } } } : {}),
    },
    ...(op.auth ? { security: [{ bearer: [] }, { apiKey: [] }] } : {}),
    responses,
  });
}

/** The document served at /api/openapi.json. */
export function openApiDocument(version: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'X-API-Key' });
  for (const op of ops) register(registry, op);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'baoxun API', version, description: 'Knowledge graph of Chinese local news (Neo4j). Errors are {code, message}.' },
  });
}
