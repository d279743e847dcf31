import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sizes the page's viewport in every browser the suite runs in (scripts/test-browsers.js: `setViewport` from
 * @web/test-runner-commands refuses WebDriver sessions, WebKit's).
 */
export async function setViewportSize(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', size);
}
