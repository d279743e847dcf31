// `contacts-center/contacts-backend.js` alone defines its element, which provides its backend to an element
// defined by another entry.
import 'contacts-center/contacts-backend.js';
import 'contacts-center/activity-feed.js';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const provider = document.createElement('contacts-backend');
provider.backend = joesBackend();
provider.append(document.createElement('activity-feed'));
document.body.append(provider);

await report({
  'the entry defines <contacts-backend>': () => check(customElements.get('contacts-backend'), 'contacts-backend is not defined'),
  'an element inside gets its backend': () =>
    until(() => shadowText(provider.querySelector('activity-feed')).includes('Shipped it'), "the feed inside shows Jane's post"),
});
