/**
 * Test-runner command `emulate-forced-colors`: turns Chromium's forced-colours mode (Windows high
 * contrast) on or off for the test page. `emulateMedia({ forcedColors })` of
 * @web/test-runner-commands only passes that option to Playwright; with the Puppeteer-based Chrome
 * launcher used here it is silently ignored (and Puppeteer's own `emulateMediaFeatures` refuses
 * `forced-colors`), so this goes to the DevTools protocol directly, which renders the page with
 * the forced palette, not only the media query.
 *
 * In a test: `executeServerCommand('emulate-forced-colors', { active: true })`.
 */
export function forcedColorsCommand() {
  /** One DevTools session per page, reused so that switching back off reaches the same session. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs a Puppeteer-driven Chromium, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
