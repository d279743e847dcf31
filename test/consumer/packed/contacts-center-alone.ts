// `contacts-center/contacts-center.js` alone (with an adapter): a profile shows its "Recent activity", so the
// entry defined the <activity-feed> it renders there, and its events are typed without the root entry.
import 'contacts-center/contacts-center.js';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const center = document.createElement('contacts-center');
center.backend = joesBackend();
center.personId = 'jane';
const selections: (string | null)[] = [];
center.addEventListener('cc-select', (event) => selections.push(event.detail.personId));
document.body.append(center);

const feed = () => center.shadowRoot?.querySelector('activity-feed');
await report({
  'the entry defines <contacts-center> and the <activity-feed> it uses': () => {
    check(customElements.get('contacts-center'), 'contacts-center is not defined');
    check(customElements.get('activity-feed'), 'activity-feed is not defined');
  },
  "the profile's recent activity renders": async () => {
    await until(() => shadowText(center).includes('Jane Doe'), 'the profile shows Jane');
    await until(() => shadowText(feed()).includes('Shipped it'), "the profile's feed shows Jane's post");
  },
  'cc-select is heard': async () => {
    center.shadowRoot!.querySelector<HTMLElement>('[part~="back-button"]')!.click();
    await until(() => selections.includes(null), 'cc-select with no person after "Back to list"');
  },
});
