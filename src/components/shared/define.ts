/**
 * Lit's `@customElement`, safe to repeat: when a second copy of the package reaches the page (the bundle from two
 * URLs, micro-frontends, a CDN copy beside the npm one), the name is already taken and the first definition stays,
 * instead of `customElements.define` throwing "has already been used". The manifest analyzer knows the decorator by
 * its name, so the elements keep their tag names in `custom-elements.json`.
 */
export const customElement =
  (tagName: string) =>
  (elementClass: CustomElementConstructor): void => {
    // Through a local name: the analyzer would take a literal `customElements.define(…)` here for a definition.
    const registry = customElements;
    if (!registry.get(tagName)) registry.define(tagName, elementClass);
  };
