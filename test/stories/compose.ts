/**
 * Turns a CSF module into renderable stories the way Storybook's preview does, for the browser tests.
 * (Storybook's own `composeStories` lives in `storybook/preview-api`, whose dependency graph includes CommonJS
 * packages the test runner cannot serve as ES modules; the project's stories use only args, loaders,
 * decorators and render, and those few rules are reproduced here.)
 */
import type { TemplateResult } from 'lit';

/** What a loader, decorator or render function receives; the project's stories read `args` and `loaded`. */
export interface StoryContext {
  id: string;
  title: string;
  name: string;
  args: Record<string, unknown>;
  loaded: Record<string, unknown>;
}

type StoryFn = () => unknown;
export type Decorator = (story: StoryFn, context: StoryContext) => unknown;
export type Loader = (context: StoryContext) => Promise<object | void> | object | void;
type Render = (args: Record<string, unknown>, context: StoryContext) => unknown;

interface Annotations {
  name?: string;
  title?: string;
  args?: Record<string, unknown>;
  decorators?: Decorator[];
  loaders?: Loader[];
  render?: Render;
}

/** A story of a CSF module with the component's annotations folded in. */
export interface ComposedStory {
  /** The module's export name, e.g. `TenThousandPeople`. */
  exportName: string;
  /** Storybook's id, e.g. `elements-contacts-center--ten-thousand-people`. */
  id: string;
  title: string;
  /** The sidebar name: `name`, else the export name in words. */
  name: string;
  args: Record<string, unknown>;
  /** Story decorators first (innermost), then the component's: Storybook's order. */
  decorators: Decorator[];
  /** The component's loaders, then the story's. */
  loaders: Loader[];
  render: Render;
}

/** "TenThousandPeople" → "Ten Thousand People" (Storybook's `storyNameFromExport`). */
function words(exportName: string): string {
  return exportName
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Storybook's id fragment: lower case, runs of anything else become one dash. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every story a CSF module exports (every named export but `__namedExportsOrder`), in export order. */
export function composeStories(module: Record<string, unknown>): ComposedStory[] {
  const meta = module['default'] as Annotations & { title: string };
  if (!meta?.title) throw new Error('a CSF module needs a default export with a title');
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .map(([exportName, value]) => {
      const story = value as Annotations;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${meta.title} ${exportName} has no render function`);
      return {
        exportName,
        id: `${slug(meta.title)}--${slug(words(exportName))}`,
        title: meta.title,
        name: story.name ?? words(exportName),
        args: { ...meta.args, ...story.args },
        decorators: [...(story.decorators ?? []), ...(meta.decorators ?? [])],
        loaders: [...(meta.loaders ?? []), ...(story.loaders ?? [])],
        render,
      };
    });
}

/**
 * Runs the story's loaders (all at once, results merged in order, as Storybook does), then renders it through
 * its decorators and `outer` (project-level decorators: the outermost, last applies outside).
 */
export async function prepare(story: ComposedStory, outer: Decorator[] = []): Promise<TemplateResult> {
  const context: StoryContext = { id: story.id, title: story.title, name: story.name, args: story.args, loaded: {} };
  const results = await Promise.all(story.loaders.map((load) => load(context)));
  context.loaded = Object.assign({}, ...results.map((r) => r ?? {}));
  let decorated: StoryFn = () => story.render(context.args, context);
  for (const decorator of [...story.decorators, ...outer]) {
    const inner = decorated;
    decorated = () => decorator(inner, context);
  }
  return decorated() as TemplateResult;
}
