/**
 * The feed's tab bar, as the ARIA tabs pattern has it: a `tablist` of `tab` buttons, one selected and in the tab
 * order (roving tabindex); Left/Right arrows move between tabs (wrapping), Home and End go to the first and last,
 * and moving selects (automatic activation: each tab is one cheap indexed read).
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { FEED_TABS, type FeedTab } from '../../backend/vocabulary.js';

/** The id of a tab's button (the panel is labelled by it). */
export const tabId = (tab: FeedTab): string => `tab-${tab}`;
/** The id of the panel the tabs control. */
export const PANEL_ID = 'feed-panel';

/** A tab's name, in the current locale. */
export function tabLabel(tab: FeedTab): string {
  switch (tab) {
    case 'all':
      return msg('All');
    case 'connections':
      return msg('Connections');
    case 'following':
      return msg('Following');
    case 'me':
      return msg('Me', { desc: 'Feed tab: the viewer’s own activity' });
  }
}

/** The tab a key moves to from `current`, or `undefined` for a key the tab bar does not handle. */
export function tabForKey(current: FeedTab, key: string): FeedTab | undefined {
  const index = FEED_TABS.indexOf(current);
  const last = FEED_TABS.length - 1;
  switch (key) {
    case 'ArrowRight':
      return FEED_TABS[index === last ? 0 : index + 1];
    case 'ArrowLeft':
      return FEED_TABS[index === 0 ? last : index - 1];
    case 'Home':
      return FEED_TABS[0];
    case 'End':
      return FEED_TABS[last];
    default:
      return undefined;
  }
}

/** The tab bar; `select(tab, byKey)` is called when the user picks a tab (by key: focus moves with it). */
export function tabBar(current: FeedTab, select: (tab: FeedTab, byKey: boolean) => void): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const tab = tabForKey(current, event.key);
    if (!tab) return;
    event.preventDefault();
    select(tab, true);
  };
  return html`<div part="tabs" role="tablist" aria-label=${msg('Activity')} @keydown=${onKeydown}>
    ${FEED_TABS.map(
      (tab) =>
        html`<button
          part=${tab === current ? 'tab selected-tab' : 'tab'}
          type="button"
          role="tab"
          id=${tabId(tab)}
          aria-selected=${tab === current ? 'true' : 'false'}
          aria-controls=${PANEL_ID}
          tabindex=${tab === current ? 0 : -1}
          @click=${() => select(tab, false)}
        >
          ${tabLabel(tab)}
        </button>`,
    )}
  </div>`;
}

/** Why a tab (or, `undefined`, one person's feed) is empty. */
export function emptyText(tab: FeedTab | undefined): string {
  switch (tab) {
    case undefined:
      return msg('No recent activity.');
    case 'connections':
      return msg('No activity from your connections yet.');
    case 'following':
      return msg('No activity from people you follow yet.');
    case 'me':
      return msg('You have not posted anything yet.');
    case 'all':
      return msg('Connect with or follow people to see their activity here.');
  }
}
