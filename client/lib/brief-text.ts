/**
 * Briefs as text (pure): what tells an entity apart from its namesakes, in a line —
 * a person's latest post, a meeting's date, organiser, place and chair.
 */
import type { EntityBrief } from '../../model/api.schema.js';
import { translate, type Lang } from './i18n.js';

/** `县长（平湖市）`: the post, and the body or place it belongs to when the post's name does not say it. */
export function postText(b: Pick<EntityBrief, 'post' | 'post_of'>): string | null {
  if (!b.post) return null;
  return b.post_of && !b.post.includes(b.post_of) ? `${b.post}（${b.post_of}）` : b.post;
}

/** One line of a brief; null when it says nothing. */
export function briefText(b: EntityBrief | null | undefined, lang: Lang): string | null {
  if (!b) return null;
  const post = postText(b);
  if (post) return b.post_seen ? `${post} · ${translate(lang, 'seen')} ${b.post_seen}` : post;
  const parts = [
    b.date,
    b.organiser,
    b.place ? `@${b.place}` : null,
    b.chair ? `${translate(lang, 'chair')}：${b.chair}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
