// What the drop-in bundle's build does to the static text of Lit's `html` and `css` templates: the whitespace and
// comments JavaScript minifiers leave as written go. Pure string functions, so the browser tests can check them.

/** Whitespace that spans a line break collapses to one space: HTML renders the two the same. */
export function minifyHtmlText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Comments go, runs of whitespace become one space, and the spaces next to `{ } ; ,` and after a colon go.
 * Spaces before a colon stay: in a selector (`a :hover`) they mean something.
 */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}
