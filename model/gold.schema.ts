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
});
export type GoldArticle = z.infer<typeof GoldArticle>;
