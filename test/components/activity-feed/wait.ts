import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` with a 5 s default: the suites share two CPU cores with other work, and IndexedDB round trips
 * plus BroadcastChannel hops can exceed the 1 s default when the machine is busy.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5_000, ...options });
}
