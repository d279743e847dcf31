/**
 * Keeps README.md honest: every fenced snippet marked `<!-- readme-test: name -->` is checked here, by running it,
 * by comparing it with a type-checked copy under test/demo/readme/, or by checking its claims against the code.
 */
import { openDB } from 'idb';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deleteWorld, importWorld, type WorldData } from '../../src/backend/indexeddb/index.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import '../../src/index.js';
import { button, listSettled, openProfile, profile, rowNames } from '../components/contacts-center/helpers.js';
import { HttpBackend } from './readme/http-adapter.js';

/** Where the README's import specifiers point in this repository (as package.json's "exports" map them). */
const SPECIFIERS: Record<string, string> = {
  'contacts-center': '/src/index.js',
  'contacts-center/conformance.js': '/src/backend/conformance/index.js',
  'contacts-center/indexeddb.js': '/src/backend/indexeddb/index.js',
};
/**
 * The drop-in bundle is `export * from './index.js'` built into one file; in tests the source stands in (as the
 * test server serves it: the `.ts` path, the same module this file imports).
 */
const BUNDLE_SOURCE = '/src/index.ts';
/** The bundle's URL in the README's HTML snippets. */
const BUNDLE = /https:\/\/cdn\.jsdelivr\.net\/npm\/contacts-center\/dist\/contacts-center\.bundle\.js/;

/**
 * A file as written, which is what the README is compared with. The test server compiles `.ts` on the way out;
 * its `/__raw__` route (scripts/raw-files-plugin.js) answers the file as it is on disk.
 */
async function rawFile(path: string): Promise<string> {
  const response = await fetch(`/__raw__?path=${encodeURIComponent(path)}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let readme = '';
const snippets = new Map<string, string>();

/** The README's import specifiers mapped as the mirror files under test/demo/readme/ have them. */
function mirrored(code: string): string {
  return code.replace(/((?:from|import) ')([^']+)(')/g, (all, before: string, specifier: string, after: string) =>
    SPECIFIERS[specifier] ? `${before}../../..${SPECIFIERS[specifier]}${after}` : all,
  );
}

/** The custom-element tags in a piece of HTML. */
function customTags(markup: string): string[] {
  return [...markup.matchAll(/<([a-z]+(?:-[a-z]+)+)[\s>]/g)].map((m) => m[1]!);
}

/** Runs `code` as a page's inline `<script type="module">` would, resolving when it has finished. */
function runModuleScript(code: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = `readme-snippet-${crypto.randomUUID()}`;
    const onError = (event: ErrorEvent) => reject(event.error ?? new Error(event.message));
    window.addEventListener('error', onError, { once: true });
    window.addEventListener(
      done,
      () => {
        window.removeEventListener('error', onError);
        resolve();
      },
      { once: true },
    );
    const script = document.createElement('script');
    script.type = 'module';
    script.onerror = () => reject(new Error('The module script failed to load.'));
    script.textContent = `${code}\nwindow.dispatchEvent(new Event(${JSON.stringify(done)}));`;
    document.body.append(script);
    script.remove();
  });
}

async function resetDatabase(): Promise<void> {
  await deleteWorld('my-contacts');
}

before(async () => {
  readme = await (await fetch('/README.md')).text();
  for (const m of readme.matchAll(/<!-- readme-test: ([\w-]+) -->\n```\w+\n([\s\S]*?)```/g)) snippets.set(m[1]!, m[2]!);
});

/** The people the React and Vue tests show: Joe ("me") is connected with Jane and has a request from Taro. */
const FRAMEWORK_WORLD: WorldData = {
  people: [
    { id: 'me', displayName: 'Joe Bloggs' },
    { id: 'jane', displayName: 'Jane Doe' },
    { id: 'taro', displayName: '山田 太郎' },
  ],
  relations: [{ type: 'connection', fromId: 'me', toId: 'jane' }],
  requests: [{ fromId: 'taro', toId: 'me' }],
  activities: [{ id: 'hello', actorId: 'jane', kind: 'post', text: 'Hello from Jane!', createdAt: Date.now() }],
};

/** What /readme-snippets/react.js exports: the snippet's component, and React's API from the same copy of React. */
interface ReactSnippet {
  Contacts: (props: { viewerId: string }) => unknown;
  createElement(type: ReactSnippet['Contacts'], props: { viewerId: string }): unknown;
  createRoot(container: Element): { render(node: unknown): void; unmount(): void };
  flushSync(update: () => void): void;
}

/** What /readme-snippets/vue.js exports: the snippet's component, and Vue's API from the same copy of Vue. */
interface VueSnippet {
  Contacts: object;
  createApp(root: { render: () => unknown }): {
    mount(container: Element): unknown;
    unmount(): void;
    config: { warnHandler?: (message: string) => void };
  };
  h(type: object, props: { viewerId: string }): unknown;
  nextTick(): Promise<void>;
  ref<T>(value: T): { value: T };
}

/** The README's React or Vue snippet, compiled by test/demo/readme/framework-snippets.js (the test server's plugin). */
function loadSnippet<T>(name: 'react' | 'vue'): Promise<T> {
  const url = `/readme-snippets/${name}.js`;
  return import(url) as Promise<T>;
}

/** Records console.log and console.error calls (the snippets log each cc-action) until `restore()`. */
function spyOnConsole(): { logs: unknown[][]; errors: unknown[][]; restore(): void } {
  const { log, error } = console;
  const spy = {
    logs: [] as unknown[][],
    errors: [] as unknown[][],
    restore() {
      console.log = log;
      console.error = error;
    },
  };
  console.log = (...args: unknown[]) => spy.logs.push(args);
  console.error = (...args: unknown[]) => spy.errors.push(args);
  return spy;
}

/**
 * What the React and Vue snippets must do once mounted in `host` for viewer "me" on FRAMEWORK_WORLD: the three
 * elements show that viewer's data (the list filtered to connections, the compact inbox with its count, the feed);
 * a new viewer reaches `viewer-id` and the list follows; an action in the list reaches the snippet's listener,
 * which logs it. Returns the `<contacts-center>`.
 */
async function expectSnippetWorks(
  host: HTMLElement,
  setViewer: (viewerId: string) => void | Promise<void>,
  spy: { logs: unknown[][] },
): Promise<ContactsCenter> {
  const provider = host.querySelector('contacts-backend')!;
  expect(provider, 'the snippet renders <contacts-backend>').to.exist;
  expect(provider.getAttribute('database-name')).to.equal('my-contacts');
  expect(provider.getAttribute('viewer-id')).to.equal('me');
  const center = provider.querySelector('contacts-center')!;
  const requests = provider.querySelector('contact-requests')!;
  const feed = provider.querySelector('activity-feed')!;
  expect(center.filter).to.equal('connections');
  await waitUntil(() => listSettled(center) && rowNames(center).join() === 'Jane Doe', 'the list shows the connection', {
    timeout: 10_000,
  });
  expect(requests.compact).to.be.true;
  await waitUntil(
    () => requests.shadowRoot?.querySelector('[part~="badge"]')?.textContent === '1',
    'the compact inbox counts the request',
    { timeout: 10_000 },
  );
  await waitUntil(() => feed.shadowRoot?.textContent?.includes('Hello from Jane!'), 'the post appears in the feed', { timeout: 10_000 });

  await setViewer('jane');
  expect(provider.getAttribute('viewer-id')).to.equal('jane');
  expect(host.querySelector('contacts-center'), 'the same element, so its listener stays').to.equal(center);
  await waitUntil(() => listSettled(center) && rowNames(center).join() === 'Joe Bloggs', "the list shows Jane's connection", {
    timeout: 10_000,
  });

  expect(spy.logs).to.deep.equal([]);
  await openProfile(center, 'Joe Bloggs');
  button(profile(center), 'Follow').click();
  await waitUntil(() => spy.logs.length > 0, 'the snippet logged the action', { timeout: 10_000 });
  expect(spy.logs).to.deep.equal([['follow', ['me']]]);
  return center;
}

describe('README', () => {
  it('marks its snippets for testing, and every fenced block after "Build" is one of them', () => {
    expect([...snippets.keys()]).to.have.members([
      'plain-html',
      'plain-html-data',
      'plain-html-server',
      'npm',
      'react',
      'vue',
      'theme',
      'http-adapter',
      'conformance',
    ]);
    const after = readme.slice(readme.indexOf('## Screenshot'));
    const fences = [...after.matchAll(/```(\w+)\n/g)].length;
    // One fence per snippet, plus the unmarked `npm install` command.
    expect(fences).to.equal(snippets.size + 1);
  });

  it('imports only from entry points the package exports, mapped here to their sources', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, { default?: string } | string> };
    const used = new Set([...readme.matchAll(/(?:from|import) '(contacts-center[^']*)'/g)].map((m) => m[1]!));
    expect([...used].sort()).to.deep.equal(Object.keys(SPECIFIERS).sort());
    for (const specifier of used) {
      const entry = pkg.exports[specifier === 'contacts-center' ? '.' : `./${specifier.slice('contacts-center/'.length)}`];
      const target = typeof entry === 'string' ? entry : entry?.default;
      expect(target, specifier).to.equal(`./dist${SPECIFIERS[specifier]!.slice('/src'.length)}`);
    }
  });

  it('shows a screenshot that exists', async () => {
    const src = /!\[[^\]]+\]\(([^)]+\.png)\)/.exec(readme)?.[1];
    expect(src).to.equal('docs/screenshot.png');
    const image = new Image();
    image.src = `/${src}`;
    await image.decode();
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([1280, 800]);
  });

  describe('plain HTML', () => {
    afterEach(resetDatabase);

    it('points <contacts-backend> at a server with attributes the element documents', async () => {
      const snippet = snippets.get('plain-html-server')!;
      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
      };
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'contacts-backend')!;
      const documented = new Set((element.attributes ?? []).map((a) => a.name));
      const opening = /<contacts-backend([^>]*)>/.exec(snippet)![1]!;
      const used = [...opening.matchAll(/([a-z-]+)=/g)].map((m) => m[1]!);
      expect(used).to.have.members(['api-url', 'token-url', 'viewer-id']);
      for (const name of used) expect(documented.has(name), name).to.equal(true);
      for (const tag of customTags(snippet)) expect(customElements.get(tag), tag).to.exist;
    });

    it('loads the bundle the package ships, and its markup renders the elements with the built-in adapter', async () => {
      const snippet = snippets.get('plain-html')!;
      const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
      const src = /<script type="module" src="([^"]+)">/.exec(snippet)?.[1] ?? '';
      expect(src).to.match(BUNDLE);
      expect(pkg.exports['./bundle.js']).to.include({ default: './dist/contacts-center.bundle.js' });

      const markup = snippet.replace(/<script[\s\S]*?<\/script>/g, '');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // The markup is a fixed README string, parsed as the page would; no user data involved.
      host.append(document.createRange().createContextualFragment(markup));
      for (const tag of customTags(markup)) expect(customElements.get(tag), tag).to.exist;

      // The data snippet, as a module, with the bundle URL pointing at the library's source.
      const script = /<script type="module">([\s\S]*?)<\/script>/.exec(snippets.get('plain-html-data')!)?.[1] ?? '';
      const code = script.replace(BUNDLE, new URL(BUNDLE_SOURCE, location.href).href);
      await runModuleScript(code);

      const center = host.querySelector('contacts-center')!;
      await waitUntil(() => center.shadowRoot?.textContent?.includes('Jane Doe'), 'Jane appears in the list', { timeout: 10_000 });
      const requests = host.querySelector('contact-requests')!;
      await waitUntil(() => requests.shadowRoot?.textContent?.includes('山田 太郎'), 'the request appears in the inbox', {
        timeout: 10_000,
      });
      const feed = host.querySelector('activity-feed')!;
      await waitUntil(() => feed.shadowRoot?.textContent?.includes('Hello from Jane!'), 'the post appears in the feed', {
        timeout: 10_000,
      });
      host.remove(); // <contacts-backend> closes its adapter, so the database can be deleted
    });

    it('the data snippet, run on every page load, does not grow the data', async () => {
      const script = /<script type="module">([\s\S]*?)<\/script>/.exec(snippets.get('plain-html-data')!)?.[1] ?? '';
      const code = script.replace(BUNDLE, new URL(BUNDLE_SOURCE, location.href).href);
      const stored = async () => {
        const db = await openDB('my-contacts');
        const all = await Promise.all(['people', 'relations', 'requests', 'activities', 'feed'].map((store) => db.getAll(store)));
        db.close();
        return JSON.stringify(all);
      };
      await runModuleScript(code);
      const first = await stored();
      await runModuleScript(code);
      await runModuleScript(code);
      expect(await stored()).to.equal(first);
    });
  });

  describe('npm', () => {
    afterEach(resetDatabase);

    it('the snippet is the type-checked test/demo/readme/npm.ts, and running it shows the list', async () => {
      expect(mirrored(snippets.get('npm')!)).to.equal(await rawFile('/test/demo/readme/npm.ts'));
      await import('./readme/npm.js');
      const center = document.querySelector('body > contacts-center') as HTMLElementTagNameMap['contacts-center'];
      expect(center).to.exist;
      await waitUntil(() => center.shadowRoot?.textContent?.includes('Jane Doe'), 'Jane appears', { timeout: 10_000 });
      center.backend?.close();
      center.remove();
    });
  });

  describe('React and Vue', () => {
    afterEach(resetDatabase);

    it("react: the JSX snippet, compiled and mounted with createRoot, shows the viewer's elements and hears cc-action until unmounted", async () => {
      const react = await loadSnippet<ReactSnippet>('react');
      await importWorld('my-contacts', FRAMEWORK_WORLD);
      const spy = spyOnConsole();
      const host = await fixture<HTMLElement>(html`<div style="width: 1000px"></div>`);
      const root = react.createRoot(host);
      const show = (viewerId: string) => react.flushSync(() => root.render(react.createElement(react.Contacts, { viewerId })));
      try {
        show('me');
        const center = await expectSnippetWorks(host, show, spy);

        root.unmount();
        expect(host.childElementCount).to.equal(0);
        // The effect's cleanup took the snippet's listener off the element.
        center.dispatchEvent(new CustomEvent('cc-action', { detail: { action: 'follow', personIds: ['jane'] } }));
        expect(spy.logs).to.have.length(1);
        expect(spy.errors, 'React reported no errors').to.deep.equal([]);
      } finally {
        spy.restore();
        root.unmount(); // a no-op once unmounted
      }
    });

    it("vue: the SFC snippet, compiled with the README's compiler options and mounted with createApp, shows the viewer's elements and hears cc-action", async () => {
      const vue = await loadSnippet<VueSnippet>('vue');
      await importWorld('my-contacts', FRAMEWORK_WORLD);
      const spy = spyOnConsole();
      const host = await fixture<HTMLElement>(html`<div style="width: 1000px"></div>`);
      const viewer = vue.ref('me');
      const app = vue.createApp({ render: () => vue.h(vue.Contacts, { viewerId: viewer.value }) });
      // A tag Vue took for a component it cannot resolve would be a warning here.
      const warnings: string[] = [];
      app.config.warnHandler = (message) => warnings.push(message);
      let mounted = false;
      try {
        app.mount(host);
        mounted = true;
        await expectSnippetWorks(
          host,
          async (viewerId) => {
            viewer.value = viewerId;
            await vue.nextTick();
          },
          spy,
        );
        expect(warnings).to.deep.equal([]);
        app.unmount();
        mounted = false;
        expect(host.childElementCount).to.equal(0);
      } finally {
        spy.restore();
        if (mounted) app.unmount();
      }
    });
  });

  describe('API tables and theming', () => {
    it('documents attributes each element observes and properties it has', () => {
      for (const part of readme.split('\n### `<').slice(1)) {
        const tag = part.slice(0, part.indexOf('>'));
        const section = part.split('\n## ')[0]!;
        const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
        if (!element) continue; // e.g. the React and Vue headings
        const instance = document.createElement(tag);
        const rows = [...section.matchAll(/^\| `([a-z-]+)`(?: \/ `([a-zA-Z]+)`)?( \(property only\))? \|/gm)];
        expect(rows.length, tag).to.be.greaterThan(2);
        for (const [, first, property, propertyOnly] of rows) {
          if (propertyOnly) expect(first! in instance, `${tag}.${first}`).to.be.true;
          else expect(element.observedAttributes, `${tag} [${first}]`).to.include(first);
          if (property) expect(property in instance, `${tag}.${property}`).to.be.true;
        }
        for (const method of section.matchAll(/`([a-zA-Z]+)\(\)`/g)) {
          expect(typeof (instance as unknown as Record<string, unknown>)[method[1]!], `${tag}.${method[1]}()`).to.equal('function');
        }
      }
    });

    it('lists exactly the public tokens of the theme, and the theme snippet uses only those', async () => {
      const theme = await rawFile('/src/styles/theme.styles.ts');
      const tokens = new Set([...theme.matchAll(/var\((--cc-[a-z-]+)/g)].map((m) => m[1]!));
      const themingSection = readme.slice(readme.indexOf('## Theming'), readme.indexOf('## Write your own adapter'));
      const documented = new Set([...themingSection.matchAll(/^\| `(--cc-[a-z-]+)`/gm)].map((m) => m[1]!));
      expect([...documented].sort()).to.deep.equal([...tokens].sort());
      for (const used of snippets.get('theme')!.matchAll(/(--cc-[a-z-]+)/g)) expect(tokens.has(used[1]!), used[1]).to.be.true;
    });
  });

  describe('Write your own adapter', () => {
    it('the conformance snippet is the type-checked test/demo/readme/conformance.ts', async () => {
      expect(mirrored(snippets.get('conformance')!)).to.equal(await rawFile('/test/demo/readme/conformance.ts'));
      // The same factory, for the same adapter, runs the whole suite in test/backend/indexeddb.conformance.test.ts.
    });

    it('the HTTP adapter sketch is the type-checked test/demo/readme/http-adapter.ts', async () => {
      expect(mirrored(snippets.get('http-adapter')!)).to.equal(await rawFile('/test/demo/readme/http-adapter.ts'));
    });

    it('the HTTP adapter sketch works against a server: calls, typed errors, pushed changes, aborted reads, close', async () => {
      const server = await fakeServer();
      try {
        const joe = new HttpBackend(server.baseUrl, 'me');
        expect((await joe.getViewer()).displayName).to.equal('Joe Bloggs');
        expect((await joe.searchPeople()).items.map((e) => e.person.id)).to.deep.equal(['jane']);
        const heard = new Promise((resolve) => joe.subscribe(resolve));
        expect((await joe.follow('jane')).following).to.be.true;
        expect(await heard)
          .to.have.property('topics')
          .that.includes('relationships');
        const error = await joe.follow('me').catch((e: unknown) => e);
        expect(error).to.have.property('code', 'self');
        const aborted = await joe.searchPeople({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
        expect(aborted).to.be.instanceOf(DOMException).and.have.property('name', 'AbortError');
        expect((await joe.getPerson('jane', { signal: new AbortController().signal })).displayName).to.equal('Jane Doe');
        joe.close();
        expect(await joe.getViewer().catch((e: unknown) => e)).to.have.property('code', 'storage');
      } finally {
        await server.close();
      }
    });
  });
});

/**
 * A stand-in for the sketch's HTTP server, inside the page: `fetch` to its base URL calls the reference adapter
 * acting for the request's viewer, and `EventSource` streams that adapter's changes.
 */
async function fakeServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const databaseName = `readme-http-${crypto.randomUUID()}`;
  const baseUrl = `https://contacts.test/${databaseName}`;
  await importWorld(databaseName, {
    people: [
      { id: 'me', displayName: 'Joe Bloggs' },
      { id: 'jane', displayName: 'Jane Doe' },
    ],
  });
  const { IndexedDBBackend } = await import('../../src/backend/indexeddb/index.js');
  const adapters = new Map<string, InstanceType<typeof IndexedDBBackend>>();
  const adapterFor = (viewerId: string) => {
    let adapter = adapters.get(viewerId);
    if (!adapter) adapters.set(viewerId, (adapter = new IndexedDBBackend({ databaseName, viewerId })));
    return adapter;
  };
  const realFetch = window.fetch;
  const RealEventSource = window.EventSource;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(`${baseUrl}/`)) return realFetch(input, init);
    // As fetch does: an aborted request rejects with the signal's reason.
    init?.signal?.throwIfAborted();
    const method = url.slice(baseUrl.length + 1);
    const { viewerId, args } = JSON.parse(String(init?.body)) as { viewerId: string; args: unknown[] };
    const adapter = adapterFor(viewerId) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    try {
      return Response.json(await adapter[method]!(...args));
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      return Response.json({ code, message }, { status: 400 });
    }
  };
  class ChangeStream {
    onmessage: ((event: MessageEvent) => void) | null = null;
    private readonly unsubscribe: () => void;
    constructor(url: string) {
      const viewerId = new URL(url).searchParams.get('viewer')!;
      this.unsubscribe = adapterFor(viewerId).subscribe((change) =>
        this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(change) })),
      );
    }
    close(): void {
      this.unsubscribe();
    }
  }
  window.EventSource = ChangeStream as unknown as typeof EventSource;
  return {
    baseUrl,
    async close() {
      window.fetch = realFetch;
      window.EventSource = RealEventSource;
      for (const adapter of adapters.values()) adapter.close();
      await deleteWorld(databaseName);
    },
  };
}
