/**
 * The URL when it is an absolute http(s) URL, else `undefined`. User data is never trusted in an href:
 * `javascript:`, `data:` and relative URLs are shown as text, never linked.
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
