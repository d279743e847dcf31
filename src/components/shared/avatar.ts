import { css, html, type TemplateResult } from 'lit';
import type { Person } from '../../model/person.js';
import { imageUrl } from '../../model/url-policy.js';
import { shownName } from './user-text.js';

/** Up to two initials from a display name; one character for CJK names, which have no initials. */
export function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0]!;
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(first)) return first;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable hue for a person, so their disc keeps its colour everywhere. */
function hue(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % 360;
}

function dropBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).remove();
}

/**
 * A person's avatar: their image over a coloured disc with initials, which shows when there is no image
 * or it fails to load. Decorative (`aria-hidden`): the name is always next to it.
 */
export function avatar(person: Pick<Person, 'id' | 'displayName' | 'avatarUrl' | 'emails'>, part = 'avatar'): TemplateResult {
  const src = imageUrl(person.avatarUrl);
  return html`<span class="avatar" part=${part} aria-hidden="true" style="--_hue:${hue(person.id)}"
    >${initials(shownName(person))}${
      src ? html`<img src=${src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${dropBrokenImage} />` : null
    }</span
  >`;
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    overflow: hidden;
    /* 30% lightness keeps white initials above 4.5:1 on every hue. */
    background: hsl(var(--_hue) 45% 30%);
    color: #fff;
    font-weight: 600;
    font-size: calc(var(--_avatar-size) * 0.38);
    user-select: none;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
