// `contacts-center/contacts-center.js` alone (with an adapter): a profile shows its "Recent activity", so the
// profile pane, which the entry loads on first use, defines the <activity-feed> it renders there; the element's
// events are typed without the root entry.
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
  'the entry defines <contacts-center>, and its profile pane the <activity-feed> it uses': async () => {
    check(customElements.get('contacts-center'), 'contacts-center is not defined');
    await until(() => customElements.get('activity-feed'), 'activity-feed is not defined once the profile pane loads');
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
