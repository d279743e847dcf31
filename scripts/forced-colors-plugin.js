// A test-runner command, `forced-colors` ({ active: boolean }), that emulates the forced-colors media feature where
// the runner can: Chromium, through CDP's Emulation.setEmulatedMedia (the runner's own emulateMedia drops
// `forcedColors` for puppeteer sessions, and puppeteer's emulateMediaFeatures refuses it). Firefox (WebDriver BiDi)
// and WebKit (WebDriver classic) have no such call: the command answers false there, and the tests fall back to
// switching the elements' `@media (forced-colors: active)` rules on (test/stories/forced-colors.test.ts).
const cdpSessions = new Map();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const { browser } = session;
      if (browser.type !== 'puppeteer') return false;
      try {
        // The CDP session stays open: emulation set through it lasts as long as it does.
        let cdp = cdpSessions.get(session.id);
        if (!cdp) {
          cdp = await browser.getPage(session.id).createCDPSession();
          cdpSessions.set(session.id, cdp);
        }
        const value = payload?.active ? 'active' : 'none';
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}
