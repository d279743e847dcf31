/**
 * Links in plain text, recognised safely: only absolute http(s) URLs become `<a>` elements, built by lit (the href
 * is an attribute binding, the text a text node); everything else stays text. Nothing is ever parsed as HTML.
 */
import { html, type TemplateResult } from 'lit';
import { linkUrl } from '../../model/url-policy.js';

/** Candidates: an http(s) scheme and everything up to whitespace or a character that cannot end a bare URL. */
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?)\]}'"»」』。、]+$/u;

/** The text as text parts and links, in order. */
export function linkified(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = match[0].replace(TRAILING, '');
    const href = linkUrl(candidate);
    if (!href) continue;
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    out.push(html`<a part="text-link" href=${href} target="_blank" rel="noopener noreferrer nofollow">${candidate}</a>`);
    last = start + candidate.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
