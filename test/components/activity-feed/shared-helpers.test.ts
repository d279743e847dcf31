import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { LitElement, html } from 'lit';
import type { Page } from '../../../src/backend/backend.js';
import { appendUnique, loadAtLeast } from '../../../src/controllers/paging.js';
import { isoTime, MinuteClockController, relativeTime } from '../../../src/components/shared/relative-time.js';

const MINUTE = 60_000;
const now = Date.parse('2026-03-10T12:00:00Z');

describe('relativeTime', () => {
  it('reads like a person would say it', () => {
    expect(relativeTime(now - 20_000, now)).to.equal('now');
    expect(relativeTime(now - 5 * MINUTE, now)).to.equal('5 minutes ago');
    expect(relativeTime(now - 59 * MINUTE, now)).to.equal('59 minutes ago');
    expect(relativeTime(now - 3 * 60 * MINUTE, now)).to.equal('3 hours ago');
    expect(relativeTime(now - 26 * 60 * MINUTE, now)).to.equal('yesterday');
    expect(relativeTime(now - 10 * 24 * 60 * MINUTE, now)).to.equal('last week');
    expect(relativeTime(now - 90 * 24 * 60 * MINUTE, now)).to.equal('3 months ago');
    expect(relativeTime(now - 800 * 24 * 60 * MINUTE, now)).to.equal('2 years ago');
    expect(relativeTime(now + 2 * 60 * MINUTE, now)).to.equal('in 2 hours');
  });

  it('gives an ISO time, empty for nonsense', () => {
    expect(isoTime(now)).to.equal('2026-03-10T12:00:00.000Z');
    expect(isoTime(Number.NaN)).to.equal('');
  });
});

describe('MinuteClockController', () => {
  class Ticking extends LitElement {
    renders = 0;
    constructor() {
      super();
      new MinuteClockController(this, 20);
    }
    protected override render() {
      this.renders++;
      return html`${this.renders}`;
    }
  }
  customElements.define('ticking-test-element', Ticking);

  it('re-renders its host on every tick while connected, and stops when removed', async () => {
    const el = await fixture<Ticking>(testHtml`<ticking-test-element></ticking-test-element>`);
    await waitUntil(() => el.renders >= 3, 'did not tick');
    el.remove();
    const after = el.renders;
    await new Promise((r) => setTimeout(r, 80));
    expect(el.renders).to.equal(after);
  });
});

describe('paging helpers', () => {
  const source = Array.from({ length: 25 }, (_, i) => `i${i}`);
  const fetchPage = async (cursor: string | null, limit: number): Promise<Page<string>> => {
    const start = cursor ? Number(cursor) : 0;
    return { items: source.slice(start, start + limit), next: start + limit < source.length ? String(start + limit) : null };
  };

  it('loadAtLeast gathers pages up to the count and returns the cursor after them', async () => {
    const limits: number[] = [];
    const page = await loadAtLeast(
      (c, l) => (limits.push(l), fetchPage(c, l)),
      12,
      5,
      (s) => s,
    );
    expect(page.items).to.deep.equal(source.slice(0, 12));
    expect(page.next).to.equal('12');
    expect(limits).to.deep.equal([5, 5, 2]);
    const all = await loadAtLeast(fetchPage, 100, 10, (s) => s);
    expect(all.items).to.have.length(25);
    expect(all.next).to.equal(null);
  });

  it('loadAtLeast goes on past the count until covered, within the maximum', async () => {
    const covered = await loadAtLeast(
      fetchPage,
      5,
      5,
      (s) => s,
      (items) => items.includes('i13'),
      30,
    );
    // Whole pages of 5: the page holding i13 ends at i14.
    expect(covered.items).to.deep.equal(source.slice(0, 15));
    const capped = await loadAtLeast(
      fetchPage,
      5,
      5,
      (s) => s,
      () => false,
      8,
    );
    expect(capped.items).to.have.length(8);
  });

  it('appendUnique drops repeats', () => {
    expect(appendUnique(['a', 'b'], ['b', 'c'], (s) => s)).to.deep.equal(['a', 'b', 'c']);
  });
});
