/** Hand-made reference annotations used by `baoxun eval` (docs/graph-model.md). */
import { z } from 'zod';

export const GoldPerson = z.object({
  name: z.string(),
  roles: z.array(z.string()),
  organization: z.string().nullable(),
});

export const GoldMeeting = z.object({
  name: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  chair: z.array(z.string()),
  attendees: z.array(z.string()),
});

export const GoldByline = z.object({ name: z.string(), role: z.string().nullable() });

/**
 * One dated step of a project's history reported in the article (optional in gold files):
 * `stage` from the STEP vocabulary (docs/graph-model.md), `date` YYYY-MM-DD, YYYY-MM, YYYY or null.
 */
export const GoldStep = z.object({
  project: z.string(),
  stage: z.string(),
  date: z.string().nullable().default(null),
  amount_yuan: z.number().nullable().optional(),
});

export const GoldArticle = z.object({
  id: z.string(),
  source: z.string(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  persons: z.array(GoldPerson),
  places: z.array(z.string()),
  organizations: z.array(z.string()),
  projects: z.array(z.string()),
  meetings: z.array(GoldMeeting),
  bylines: z.array(GoldByline),
  notes: z.string().optional(),
  page_bylines: z.array(GoldByline).optional(),
  /** Project steps; absent means the file does not annotate steps (the steps category then skips it). */
  steps: z.array(GoldStep).optional(),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
