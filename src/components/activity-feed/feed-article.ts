/**
 * One feed row drawn as an `<article>` of the ARIA feed: the day heading when it starts a day, the actor (unless it
 * continues a burst under the previous header), what happened, the time, and for a group its expand/collapse button.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedEntry } from '../../backend/backend.js';
import { avatar } from '../shared/avatar.js';
import { sentence, shownName } from '../shared/user-text.js';
import { describe, describeGroup, renderLink, renderTime, type Targets } from './feed-item.js';
import type { FeedRow } from './feed-rows.js';

/** What every article of one render shares. */
export interface ArticleContext {
  /** `aria-setsize`: the number of rows, or -1 while more pages may follow. */
  setSize: number;
  viewerId: string | undefined;
  targets: Targets;
  openPerson(personId: string): void;
  toggleGroup(key: string): void;
  key(entry: FeedEntry): string;
}

export function feedArticle(row: FeedRow, index: number, context: ArticleContext): TemplateResult {
  const { activity, actor } = row.entry;
  const continued = row.headerRow !== index;
  const nameId = `actor-${row.headerRow}`;
  const summaryId = `summary-${index}`;
  const group = row.type === 'group' ? row.group : undefined;
  const classes = ['item', continued ? 'continued' : '', row.run ? 'grouped' : '', row.run === 'last' ? 'last' : '', group ? 'group' : '']
    .filter(Boolean)
    .join(' ');
  const said = group ? describeGroup(group, context.viewerId, context.targets) : describe(activity, context.viewerId, context.targets);
  const summary = typeof said === 'string' ? sentence(said) : said;
  const toggle = group
    ? html`<button
        part="group-toggle"
        type="button"
        aria-expanded=${row.expanded ? 'true' : 'false'}
        @click=${() => context.toggleGroup(context.key(row.entry))}
      >
        ${row.expanded ? msg('Show less') : msg(str`Show all ${group.entries.length}`)}
      </button>`
    : nothing;
  const header = continued
    ? nothing
    : html`<header part="header">
        <button class="name user-text" part="actor" type="button" dir="auto" id=${nameId} @click=${() => context.openPerson(actor.id)}>
          ${shownName(actor)}
        </button>
        ${renderTime(activity.createdAt)}
      </header>`;
  return html`<article
    part=${group ? 'item group' : 'item'}
    class=${classes}
    tabindex="-1"
    aria-posinset=${index + 1}
    aria-setsize=${context.setSize}
    aria-labelledby=${nameId}
    aria-describedby=${summaryId}
  >
    ${row.day ? html`<h3 part="day-heading" class="day">${row.day}</h3>` : nothing}
    <div class="gutter">${continued ? nothing : avatar(actor)}</div>
    <div class="content">
      ${header}
      <p part="summary" id=${summaryId}>${summary}</p>
      ${group ? nothing : renderLink(activity.link)} ${continued ? renderTime(activity.createdAt) : nothing} ${toggle}
    </div>
  </article>`;
}

/** The placeholder rows shown while the first page loads. */
export function skeleton(): TemplateResult {
  const line = html`<div class="skeleton" part="skeleton" aria-hidden="true">
    <span class="disc"></span>
    <span><span class="line short" style="display:block"></span><span class="line" style="display:block"></span></span>
  </div>`;
  return html`${line}${line}${line}`;
}
