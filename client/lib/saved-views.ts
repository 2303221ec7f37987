/**
 * Saved views: a name and the URL that restores the view (kept in localStorage). Pure list
 * operations here; the page reads and writes the stored list.
 */
export interface SavedView { name: string; url: string; saved: string }

export const SAVED_VIEWS_KEY = 'baoxun.savedViews';

/** The stored list, tolerating anything malformed (an empty list then). */
export function parseSavedViews(raw: string | null): SavedView[] {
  try {
    const v: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is SavedView => !!x && typeof x === 'object' && typeof (x as SavedView).name === 'string' && typeof (x as SavedView).url === 'string')
      .map((x) => ({ name: x.name, url: x.url, saved: typeof x.saved === 'string' ? x.saved : '' }));
  } catch {
    return [];
  }
}

/** Adds (or replaces, by name) a view, newest first. */
export function addSavedView(list: readonly SavedView[], view: SavedView): SavedView[] {
  return [view, ...list.filter((v) => v.name !== view.name)].slice(0, 100);
}

export function removeSavedView(list: readonly SavedView[], name: string): SavedView[] {
  return list.filter((v) => v.name !== name);
}
