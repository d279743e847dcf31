// Checks for the plain HTML page the packed-package test writes from the README's "Use it in plain HTML" snippets
// (the bundle from the installed package instead of the CDN). The elements connect before `importWorld` is done
// (a first visit: the viewer cannot be read yet, and `cc-error` says so); they must recover when the data arrives.
import { check, report, shadowText, until } from './report.js';

await new Promise((resolve) => addEventListener('load', resolve, { once: true }));

const center = () => document.querySelector('contacts-center');
await report({
  'the elements render the imported people': () =>
    until(() => shadowText(center()).includes('Jane Doe') && shadowText(center()).includes('山田 太郎'), 'Jane and Taro are listed'),
  "the viewer's header shows": () =>
    until(() => center()?.shadowRoot?.querySelector('[part~="viewer-name"]')?.textContent === 'Joe Bloggs', 'Joe is shown'),
  'the feed and the inbox render': async () => {
    await until(() => shadowText(document.querySelector('activity-feed')).includes('Hello from Jane!'), "the feed shows Jane's post");
    await until(() => shadowText(document.querySelector('contact-requests')).includes('山田 太郎'), "the inbox shows Taro's request");
  },
  'no error is left on show': () => {
    const shown = [...document.querySelectorAll('contacts-center, activity-feed, contact-requests')].flatMap((element) =>
      [...element.shadowRoot!.querySelectorAll('[role="alert"], [part~="error"], [part~="list-error"]')].map((node) =>
        node.textContent!.trim(),
      ),
    );
    check(
      shown.every((text) => text === ''),
      `shown: ${shown.join('; ')}`,
    );
  },
  'a second copy of the bundle (another URL) loads without throwing': async () => {
    const first = customElements.get('contacts-center');
    const bundle = document.querySelector<HTMLScriptElement>('script[src*="contacts-center.bundle.js"]')!.src;
    await import(/* @vite-ignore */ `${bundle}?copy=2`);
    check(customElements.get('contacts-center') === first, 'the first definition was replaced');
  },
});
