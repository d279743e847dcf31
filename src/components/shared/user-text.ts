/**
 * How people's own text is shown, whatever it holds: right-to-left or mixed-direction text with bidi controls,
 * nothing but zero-width characters, floods of combining marks, 10,000 characters without a space. Names go
 * through here, so every element shows them the same way.
 */
import { html, type TemplateResult } from 'lit';
import { hasVisibleText } from '../../backend/limits.js';
import type { Person } from '../../model/person.js';

/**
 * The name to show for a person: their display name, or, when it would render as nothing, the first email
 * address or else the id, so a person can still be told apart and recognised.
 */
export function shownName(person: Pick<Person, 'id' | 'displayName'> & { emails?: readonly { value: string }[] }): string {
  if (hasVisibleText(person.displayName)) return person.displayName;
  const email = person.emails?.find((e) => hasVisibleText(e.value));
  return email ? email.value : person.id;
}

/**
 * `text` as a direction-isolated run (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) for sentences built as
 * strings, where a `<bdi>` cannot go: an RTL name, or one holding an unclosed override, then cannot reorder the
 * words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A person's name inside a sentence: {@link shownName}, isolated. */
export function nameInText(person: Parameters<typeof shownName>[0]): string {
  return isolate(shownName(person));
}

/**
 * A sentence for the page, its {@link isolate}d runs as `<bdi>` elements (the isolation marks themselves
 * dropped), so the text reads the same to scripts and screen readers while names keep their own direction.
 */
export function sentence(text: string): (string | TemplateResult)[] {
  if (!text.includes('\u2068')) return [text];
  return text.split(/\u2068([^\u2068\u2069]*)\u2069/u).map((part, i) => (i % 2 === 1 ? html`<bdi>${part}</bdi>` : part));
}
