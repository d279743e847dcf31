// A Vite plugin for the drop-in bundle: minifies the static text of `html`, `svg` and `css` tagged templates
// (see template-text.ts). Only the literal text between `${…}` expressions changes, so every binding stays put.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { minifyCssText, minifyHtmlText } from './template-text.js';

const MINIFIERS: Record<string, (text: string) => string> = { html: minifyHtmlText, svg: minifyHtmlText, css: minifyCssText };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Source offsets [start, end) of a template's literal pieces, without their delimiters (`` ` ``, `${`, `}`). */
function literalSpans(template: ts.TemplateLiteral): [number, number][] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const spans: [number, number][] = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const { literal } of template.templateSpans) {
    spans.push([literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
  }
  return spans;
}

/** `code` with its html/svg/css templates minified, or null when nothing changes. */
export function minifyTemplates(code: string, fileName: string): string | null {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? MINIFIERS[node.tag.text] : undefined;
    if (minify) {
      for (const [start, end] of literalSpans((node as ts.TaggedTemplateExpression).template)) {
        const text = minify(code.slice(start, end));
        if (text !== code.slice(start, end)) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'contacts-center:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
