/**
 * Screenshots of every view at 1440×900 and at 390×844 (a phone), written to
 * test-results/screens/ by the e2e run so a person can look at them: the landing view, a
 * selection's details, an exploration, a meeting, the console, a timeline (and its picker),
 * the attendance matrix, the corrections list and the upload dialog.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { resultsDir, waitReady } from './harness.js';
import { E2E_API_KEY } from './app-under-test.js';
import { settled, still } from './page-helpers.js';

export const SIZES = [{ width: 1440, height: 900 }, { width: 390, height: 844 }] as const;

export interface ScreenSubjects { person: string; meeting: string | null; project: string | null }

interface Shot { name: string; path: string; act?(page: Page): Promise<void> }

function shots(s: ScreenSubjects): Shot[] {
  const at = (id: string) => encodeURIComponent(id);
  return [
    { name: 'landing', path: '/' },
    {
      name: 'landing-details', path: '/',
      act: async (page) => {
        // On a phone the ranked list is in the bottom sheet: open it first.
        if (page.viewportSize()!.width < 760) await page.locator('#side-right [data-panel="ranked"]').click();
        await page.locator('#ranked .rank-name').first().click();
        await page.waitForSelector('#details[data-entity] .entity-name');
      },
    },
    { name: 'exploration', path: `/?start=${at(s.person)}&focus=${at(s.person)}` },
    ...(s.meeting ? [{ name: 'meeting', path: `/?start=${at(s.meeting)}&focus=${at(s.meeting)}` }] : []),
    {
      name: 'console', path: `/?view=console&q=${encodeURIComponent('MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) RETURN p, r, m LIMIT 40')}`,
      act: async (page) => {
        await page.locator('[data-testid="console"] .cm-content').waitFor();
        await page.getByTestId('console-run').click();
        await page.waitForSelector('#view-console .result[data-status="idle"] .result-info');
      },
    },
    { name: 'timeline', path: `/?view=timeline&subject=${at(s.person)}` },
    ...(s.project ? [{ name: 'project-history', path: `/?view=timeline&subject=${at(s.project)}` }] : []),
    { name: 'timeline-picker', path: '/?view=timeline' },
    { name: 'attendance', path: '/?view=attendance', act: async (page) => { await page.waitForSelector('#view-attendance .matrix-wrap[data-status="idle"]'); } },
    { name: 'audit', path: '/?view=audit', act: async (page) => { await page.waitForSelector('#view-audit .audit-body[data-status="idle"]'); } },
    {
      name: 'upload', path: '/',
      act: async (page) => {
        await page.evaluate((key) => sessionStorage.setItem('baoxun.apiKey', key), E2E_API_KEY);
        await page.reload();
        await waitReady(page);
        await page.locator('#btn-upload').click();
        await page.waitForSelector('#upload-dialog[open] [data-testid="drop-zone"]');
      },
    },
  ];
}

/** Writes every view at both sizes as `<prefix>-<view>-<w>x<h>.png`; returns the files written. */
export async function shootViews(browser: Browser, baseUrl: string, prefix: string, subjects: ScreenSubjects): Promise<string[]> {
  const dir = join(resultsDir, 'screens');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const size of SIZES) {
    for (const shot of shots(subjects)) {
      const page = await browser.newPage({ viewport: size });
      try {
        await page.goto(`${baseUrl}${shot.path}`);
        await waitReady(page);
        await settled(page);
        if (shot.act) await shot.act(page);
        await settled(page);
        await still(page);
        const file = join(dir, `${prefix}-${shot.name}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      } finally {
        await page.close();
      }
    }
  }
  return written;
}
