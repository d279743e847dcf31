import { expect } from '@open-wc/testing';
import { dayHeading, dayNumber } from '../../../src/components/activity-feed/day-headings.js';

const HOUR = 3_600_000;

describe('day headings (a fixed clock)', () => {
  it('says Today and Yesterday either side of midnight in the viewer’s zone', () => {
    // 00:05 on Tuesday 3 March 2026 in New York (05:05 UTC).
    const now = Date.parse('2026-03-03T05:05:00Z');
    const ny = { now, locale: 'en', timeZone: 'America/New_York' };
    expect(dayHeading(Date.parse('2026-03-03T05:01:00Z'), ny)).to.equal('Today');
    expect(dayHeading(Date.parse('2026-03-03T04:59:00Z'), ny)).to.equal('Yesterday');
    // The same instants in Tokyo (UTC+9) are both on 3 March: today.
    const tokyo = { now, locale: 'en', timeZone: 'Asia/Tokyo' };
    expect(dayHeading(Date.parse('2026-03-03T04:59:00Z'), tokyo)).to.equal('Today');
    expect(dayHeading(Date.parse('2026-03-02T14:59:00Z'), tokyo)).to.equal('Yesterday');
  });

  it('counts calendar days across a daylight-saving change (23- and 25-hour days)', () => {
    // New York springs forward on Sunday 8 March 2026; 9 March 00:30 EDT is 04:30 UTC.
    const ny = { now: Date.parse('2026-03-09T04:30:00Z'), locale: 'en', timeZone: 'America/New_York' };
    // 22:30 EST on 7 March is 25 hours earlier, across the 23-hour day: two days ago, a Saturday.
    expect(dayHeading(ny.now - 25 * HOUR, ny)).to.equal('Saturday');
    expect(dayHeading(ny.now - 23.5 * HOUR, ny)).to.equal('Yesterday');
    expect(dayNumber(ny.now, ny.timeZone) - dayNumber(ny.now - 23 * HOUR, ny.timeZone)).to.equal(1);
    // Berlin falls back on Sunday 25 October 2026: that day has 25 hours. 26 Oct 00:30 CET is 25 Oct 23:30 UTC.
    const berlin = { now: Date.parse('2026-10-25T23:30:00Z'), locale: 'en', timeZone: 'Europe/Berlin' };
    // 25.25 hours earlier is 00:15 CEST on 25 October: still yesterday, though more than 24 hours ago.
    expect(dayHeading(berlin.now - 25.25 * HOUR, berlin)).to.equal('Yesterday');
    expect(dayHeading(berlin.now - 25.75 * HOUR, berlin)).to.equal('Saturday');
  });

  it('names weekdays within the week, then dates, with the year only for other years', () => {
    const en = { now: Date.parse('2026-12-01T12:00:00Z'), locale: 'en-US', timeZone: 'UTC' };
    expect(dayHeading(Date.parse('2026-11-29T12:00:00Z'), en)).to.equal('Sunday');
    expect(dayHeading(Date.parse('2026-11-25T12:00:00Z'), en)).to.equal('Wednesday');
    expect(dayHeading(Date.parse('2026-11-24T12:00:00Z'), en)).to.equal('November 24');
    expect(dayHeading(Date.parse('2025-12-24T12:00:00Z'), en)).to.equal('December 24, 2025');
  });

  it('writes Japanese in Japanese order', () => {
    const ja = { now: Date.parse('2026-12-01T12:00:00Z'), locale: 'ja', timeZone: 'Asia/Tokyo' };
    expect(dayHeading(ja.now - HOUR, ja)).to.equal('今日');
    expect(dayHeading(ja.now - 24 * HOUR, ja)).to.equal('昨日');
    expect(dayHeading(Date.parse('2026-11-29T12:00:00Z'), ja)).to.equal('日曜日');
    expect(dayHeading(Date.parse('2026-11-03T12:00:00Z'), ja)).to.equal('11月3日');
    expect(dayHeading(Date.parse('2025-02-03T12:00:00Z'), ja)).to.equal('2025年2月3日');
  });
});
