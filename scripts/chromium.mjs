// Debian's Chromium, launched the one way that works on these machines: as root (no sandbox),
// without a GPU, and without the background traffic a closed network refuses. Every browser run of
// the project — tests, Storybook check, API docs check, bench — goes through here.
import puppeteer from 'puppeteer-core';

/** The Chromium binary: `CHROME_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Command-line flags for headless Chromium on a CI machine. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
]);

/** Launch headless Chromium through puppeteer-core; `options` are merged into the launch options. */
export function launchChromium(options = {}) {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs], ...options });
}
