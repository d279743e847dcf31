/**
 * Adapters for element tests: an in-memory world, and one wrapper for the states real data does not hold still
 * (a failing, slow or counted method, or a change announced by hand).
 */
import type { BackendChange, ChangeListener, ContactsBackend } from '../../src/backend/backend.js';
import { MemoryWorld, type MemoryBackend, type WorldData } from '../../src/backend/memory/index.js';

/** An in-memory adapter acting for `viewerId` over a new world holding `data` (its `world` acts for the others). */
export function memoryBackend(data: WorldData, viewerId = 'me'): MemoryBackend {
  return new MemoryWorld(data).backendFor(viewerId);
}

/** A wrapped adapter: every method call is recorded by name, and `notify` plays a change to its subscribers. */
export interface WrappedBackend extends ContactsBackend {
  /** The names of the methods called, in order. */
  readonly calls: string[];
  /** Calls this wrapper's subscribers with `change`, as if the adapter had announced it. */
  notify(change: BackendChange): void;
}

/**
 * Wraps an adapter, replacing some methods (the others pass through, called on the real adapter so its private
 * fields keep working). An override calls the real adapter itself when it wants to, e.g.
 * `wrapBackend(real, { getFeed: (o) => (fail ? Promise.reject(error) : real.getFeed(o)) })`.
 */
export function wrapBackend(backend: ContactsBackend, overrides: Partial<ContactsBackend> = {}): WrappedBackend {
  const calls: string[] = [];
  const listeners = new Set<ChangeListener>();
  const own: Partial<WrappedBackend> = {
    calls,
    notify: (change) => [...listeners].forEach((listener) => listener(change)),
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = (overrides.subscribe ?? backend.subscribe.bind(backend))(listener);
      return () => {
        listeners.delete(listener);
        unsubscribe();
      };
    },
  };
  return new Proxy(backend, {
    get(target, prop) {
      if (Object.hasOwn(own, prop)) return own[prop as keyof WrappedBackend];
      const overridden = Object.hasOwn(overrides, prop);
      const value = (overridden ? overrides[prop as keyof ContactsBackend] : Reflect.get(target, prop, target)) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return (value as (...a: unknown[]) => unknown).apply(overridden ? overrides : target, args);
      };
    },
  }) as WrappedBackend;
}

/** A promise with its resolve and reject exposed, to hold an answer back until the test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What `promise` rejected with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected a rejection');
}
