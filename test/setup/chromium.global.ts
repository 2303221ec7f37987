/**
 * vitest globalSetup for the `e2e` project: fails at once, with what to do, when the
 * Chromium that playwright-core drives is missing (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { accessSync, constants } from 'node:fs';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default function setup(): void {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `e2e tests need Chromium at ${path} (set CHROMIUM_PATH to use another): ` +
        'install it with `apt-get install -y chromium` (.ci/run does this through scripts/ensure-system-deps.sh)',
    );
  }
}
