/**
 * Which URLs from user data may become a link or an image: one written policy, applied here only, for the
 * elements and the vCard writer alike.
 *
 * - A **link** (a profile's web address, an activity's link, a vCard URL or PHOTO reference) is an absolute
 *   `http:` or `https:` URL without a user name or password (`https://bank.example@evil.example/` reads as one
 *   site and opens another). Relative URLs (they would address the host page's own site), `javascript:`, `data:`,
 *   `file:` and every other scheme stay plain text.
 * - An **image** (an avatar) is a link URL or an inline `data:` image (PNG, JPEG, GIF, WebP, or SVG, whose
 *   scripts never run inside an `<img>`). Anything else falls back to initials.
 * - A link's visible text is made from the parsed URL ({@link linkText}), never from the text that came with
 *   it, so what people read is where it goes.
 */

/** An http(s) URL already in the normal form `new URL` would give (no user info, no dot segments). */
const NORMAL_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?![^?]*\/\.\.?(?:\/|\?|$))\/[A-Za-z0-9\-._~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?$/;

const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);/i;

/** The normalised href when `value` may be a link, else undefined. */
export function linkUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // Most stored URLs are already normal; parsing them would only cost time (vCard export writes thousands).
  if (NORMAL_HTTP_URL.test(trimmed)) return trimmed;
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.username || url.password ? undefined : url.href;
  } catch {
    return undefined;
  }
}

/** The URL to load when `value` may be shown as an image, else undefined. */
export function imageUrl(value: string | undefined): string | undefined {
  if (value && INLINE_IMAGE.test(value)) return value;
  return linkUrl(value);
}

/**
 * What a link shows: its host (in the ASCII form the browser goes to, so look-alike letters show as `xn--…`),
 * path and query, with `http://` kept as a warning and `https://` left out.
 */
export function linkText(href: string): string {
  const url = new URL(href);
  const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return `${url.protocol === 'http:' ? 'http://' : ''}${url.host}${rest}`;
}
