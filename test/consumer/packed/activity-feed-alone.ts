// `contacts-center/activity-feed.js` alone (with an adapter) defines and renders its element.
import 'contacts-center/activity-feed.js';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const feed = document.createElement('activity-feed');
feed.backend = joesBackend();
document.body.append(feed);

await report({
  'the entry defines <activity-feed>': () => check(customElements.get('activity-feed'), 'activity-feed is not defined'),
  'the feed renders': () => until(() => shadowText(feed).includes('Shipped it'), "the feed shows Jane's post"),
});
