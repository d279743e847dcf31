/**
 * A tiny assertion module, so the conformance suite depends on no test library at run time. Each failure
 * throws an Error whose message says what was expected and what came instead.
 */
import type { ContactsErrorCode } from '../../model/errors.js';

/** Thrown when a conformance expectation fails. */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Fails unless `condition` is truthy. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Fails unless `actual === expected`. */
export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}.`);
}

/** Fails unless both values have the same JSON form (key order included). */
export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  const a = show(actual);
  const e = show(expected);
  if (a !== e) throw new AssertionError(`${what}:\n  expected ${e}\n  got      ${a}`);
}

/** The same fields in name order, at every depth (adapters may store them in any order, as JSONB does). */
export const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;

/** The code of a ContactsError, duck-typed so a second copy of the library still counts. */
export function errorCode(error: unknown): string | undefined {
  const e = error as { name?: unknown; code?: unknown } | null;
  return typeof e === 'object' && e !== null && e.name === 'ContactsError' && typeof e.code === 'string' ? e.code : undefined;
}

/**
 * Awaits `action` (a promise, or a function that may throw synchronously or return one) and fails unless it
 * rejects with a ContactsError of `code` and a non-empty message. Returns the error.
 */
export async function rejects(action: Promise<unknown> | (() => unknown), code: ContactsErrorCode, what: string): Promise<Error> {
  let result: unknown;
  try {
    result = await (typeof action === 'function' ? action() : action);
  } catch (error) {
    const actual = errorCode(error);
    if (actual !== code) {
      throw new AssertionError(`${what}: expected a ContactsError '${code}', got ${actual ? `'${actual}'` : show(String(error))}.`);
    }
    const message = (error as Error).message;
    ok(typeof message === 'string' && message.trim().length > 0, `${what}: the '${code}' error has no message.`);
    return error as Error;
  }
  throw new AssertionError(`${what}: expected a ContactsError '${code}', but it resolved with ${show(result)}.`);
}
