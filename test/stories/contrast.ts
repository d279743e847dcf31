/**
 * axe reports text whose colour contrast it could not measure as "incomplete", not as a violation, so a pass
 * alone does not show that contrast was checked. This lists the text it could not measure for reasons other
 * than the two expected ones.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, NodeResult } from 'axe-core';

interface Axe {
  run(context: Element, options: object): Promise<AxeResults>;
}

function axe(): Axe {
  const loaded = (window as unknown as { axe?: Axe }).axe;
  if (!loaded) throw new Error('axe-core did not register window.axe');
  return loaded;
}

/** The element an axe target names; shadow DOM targets are a path of selectors, one per shadow root. */
function resolve(node: NodeResult): Element | null {
  const target = node.target[node.target.length - 1];
  const path = Array.isArray(target) ? target : [target];
  let scope: ParentNode | null = document;
  let found: Element | null = null;
  for (const selector of path) {
    found = scope?.querySelector(String(selector)) ?? null;
    scope = found?.shadowRoot ?? null;
  }
  return found;
}

/** The element's parent, crossing out of a shadow root to its host. */
function composedParent(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/**
 * Whether a scrolling ancestor cuts the element off: it, or a box between it and that ancestor (its row, whose
 * background axe reads), is only partly inside that ancestor's box. An edge within a pixel of the ancestor's
 * counts, since engines round fractional boxes differently (in WebKit axe once found the text of the list's last
 * visible row "partially obscured" while this check saw it inside).
 */
function clippedByScroller(el: Element): boolean {
  const boxes = [el.getBoundingClientRect()];
  for (let up = composedParent(el); up; up = composedParent(up)) {
    const { overflowX, overflowY } = getComputedStyle(up);
    if (overflowX === 'visible' && overflowY === 'visible') {
      boxes.push(up.getBoundingClientRect());
      continue;
    }
    const clip = up.getBoundingClientRect();
    const cut = (box: DOMRect) =>
      box.top < clip.top + 1 || box.bottom > clip.bottom - 1 || box.left < clip.left + 1 || box.right > clip.right - 1;
    if (boxes.some(cut)) return true;
    boxes.splice(0, boxes.length, clip);
  }
  return false;
}

/**
 * Text under `root` whose contrast axe could not measure, except: the initials of an avatar (decorative,
 * `aria-hidden`, drawn under the person's picture when there is one) and text cut off at the edge of a
 * scrolling list (it is measured once scrolled into view, and the same rows are measured unclipped above it).
 */
export async function unmeasuredContrast(root: Element): Promise<string[]> {
  const results = await axe().run(root, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['incomplete'],
  });
  const unexplained: string[] = [];
  for (const node of results.incomplete.flatMap((rule) => rule.nodes)) {
    const el = resolve(node);
    if (el && (el.closest('.avatar') || clippedByScroller(el))) continue;
    const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join('; ');
    unexplained.push(`${JSON.stringify(node.target)}: ${why}`);
  }
  return unexplained;
}

/** The text under `root` that fails colour contrast, each as its target path (host tags, then selector). */
export async function contrastViolations(root: Element): Promise<string[][]> {
  const results = await axe().run(root, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations'],
  });
  return results.violations
    .flatMap((rule) => rule.nodes)
    .map((node) => {
      const target = node.target[node.target.length - 1];
      return (Array.isArray(target) ? target : [target]).map(String);
    });
}
