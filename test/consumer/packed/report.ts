// Shared by the pages of the packed-package test (scripts/test-packed.js): each page runs its checks and leaves
// the outcome in `window.packedResult`, which the script reads from the browser.
export interface PackedResult {
  passed: string[];
  failed: string[];
}

declare global {
  interface Window {
    packedResult?: PackedResult;
  }
}

/** Resolves once `condition()` holds; rejects with `what` after `timeout` ms. */
export async function until(condition: () => unknown, what: string, timeout = 15_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element: Element | null | undefined): string => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Runs the checks in order (a later one may rely on an earlier one's effect) and publishes the outcome. */
export async function report(checks: Record<string, () => unknown>): Promise<void> {
  const result: PackedResult = { passed: [], failed: [] };
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      result.passed.push(name);
    } catch (error) {
      result.failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  window.packedResult = result;
}

/** Throws `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
