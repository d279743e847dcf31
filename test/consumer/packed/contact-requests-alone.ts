// `contacts-center/contact-requests.js` alone (with an adapter) defines and renders its element.
import 'contacts-center/contact-requests.js';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const inbox = document.createElement('contact-requests');
inbox.backend = joesBackend();
document.body.append(inbox);

await report({
  'the entry defines <contact-requests>': () => check(customElements.get('contact-requests'), 'contact-requests is not defined'),
  'the inbox renders': () => until(() => shadowText(inbox).includes('Richard Roe'), "the inbox shows Richard's request"),
});
