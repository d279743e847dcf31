import type { BackendChange, ChangeListener, ContactsBackend } from '../../../src/backend/backend.js';

/** A backend whose every method rejects unless overridden; `notify` plays a change to subscribers. */
export interface StubBackend extends ContactsBackend {
  notify(change: BackendChange): void;
  calls: string[];
}

const METHODS = new Set([
  'getViewer', 'getPerson', 'searchPeople', 'getCounts', 'getRelationship', 'requestConnection', 'cancelRequest',
  'acceptRequest', 'declineRequest', 'disconnect', 'follow', 'unfollow', 'block', 'unblock', 'listRequests',
  'getFeed', 'postActivity',
]);

/** A hand-made adapter for states real storage cannot easily produce (failures, slow answers). */
export function stubBackend(overrides: Partial<ContactsBackend> = {}, viewerId = 'me'): StubBackend {
  const listeners = new Set<ChangeListener>();
  const calls: string[] = [];
  const base: Record<string, unknown> = {
    viewerId,
    calls,
    subscribe(listener: ChangeListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {},
    notify(change: BackendChange) {
      listeners.forEach((listener) => listener(change));
    },
    ...overrides,
  };
  return new Proxy(base, {
    get(target, key: string) {
      if (key in target) {
        const value = target[key];
        if (typeof value === 'function' && key !== 'notify' && key !== 'subscribe' && key !== 'close') {
          return (...args: unknown[]) => {
            calls.push(key);
            return (value as (...a: unknown[]) => unknown)(...args);
          };
        }
        return value;
      }
      if (!METHODS.has(key)) return undefined;
      return () => {
        calls.push(key);
        return Promise.reject(new Error(`stub: ${key} not implemented`));
      };
    },
  }) as unknown as StubBackend;
}

/** A promise with its resolve/reject exposed. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
