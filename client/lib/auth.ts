/**
 * The API key that opens corrections and uploads, kept for this browser tab only
 * (sessionStorage), and the name the user gives for the corrections list (localStorage).
 * The key is checked with `GET /api/key` before it is kept.
 */
import { check } from './api-client.js';

const KEY = 'baoxun.apiKey';
const AUTHOR = 'baoxun.author';
const listeners = new Set<() => void>();

export const apiKey = (): string | null => sessionStorage.getItem(KEY);
export const authorName = (): string => localStorage.getItem(AUTHOR) ?? '';
/** The header that carries the key. */
export const keyHeaders = (): Record<string, string> => { const k = apiKey(); return k ? { 'x-api-key': k } : {}; };

/** Calls `fn` whenever the key is set or dropped. */
export function onKeyChange(fn: () => void): void {
  listeners.add(fn);
}

/** Checks the key with the server and keeps it; throws the server's refusal (401, 403 writes disabled). */
export async function signIn(key: string, name: string): Promise<void> {
  await check('/api/key', { 'x-api-key': key });
  sessionStorage.setItem(KEY, key);
  localStorage.setItem(AUTHOR, name.trim());
  for (const fn of listeners) fn();
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  for (const fn of listeners) fn();
}
