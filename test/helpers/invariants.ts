/**
 * Everything observable through the contract from every viewer's side, as one string, after checking the
 * relationship invariants on the way (mirrored facts, no request between connections, a block excludes the
 * rest, counts match lists, feeds hold only people the viewer connects with or follows, suggestions never hold
 * anyone excluded and say how many connections are shared, a muted person's activities appear on no feed tab, a
 * block drops a mute, and each viewer reads only their own private notes).
 */
import { expect } from '@open-wc/testing';
import type { ContactsBackend } from '../../src/backend/backend.js';
import { COUNTED_FILTERS, FEED_TABS } from '../../src/backend/vocabulary.js';

/** What the caller knows that the adapters must agree with. */
export interface Expected {
  /** The adapters' time now: no mute read may have ended by then. */
  now?: number;
  /** Every private note stored, by `viewer>person`: each viewer reads exactly their own, and nobody else's. */
  notes?: ReadonlyMap<string, string>;
}

/** Everything the `backends` (one per person of the world) observe; throws when an invariant fails. */
export async function observe(backends: ContactsBackend[], expected: Expected = {}): Promise<string> {
  const PEOPLE = backends.map((b) => b.viewerId);
  const rel = new Map<string, Awaited<ReturnType<ContactsBackend['getRelationship']>>>();
  const views: unknown[] = [];
  const suggested = new Map<string, Set<string>>();
  for (const b of backends) {
    const v = b.viewerId;
    // Relationships come with search results; only people who block the viewer are missing from both lists.
    for (const entry of [
      ...(await b.searchPeople({ limit: 200 })).items,
      ...(await b.searchPeople({ filter: 'blocked', limit: 200 })).items,
    ]) {
      rel.set(`${v}>${entry.person.id}`, entry.relationship);
    }
    for (const other of PEOPLE) if (other !== v && !rel.has(`${v}>${other}`)) rel.set(`${v}>${other}`, await b.getRelationship(other));
    const counts = await b.getCounts();
    const lists: Record<string, string[]> = {};
    for (const filter of COUNTED_FILTERS) {
      lists[filter] = (await b.searchPeople({ filter, limit: 200 })).items.map((e) => e.person.id);
      expect(counts[filter], `${v}'s ${filter} count`).to.equal(lists[filter]!.length);
    }
    const feed = (await b.getFeed({ limit: 100 })).items.map((e) => e.activity);
    const visible = new Set([...lists['connections']!, ...lists['following']!]);
    for (const a of feed) {
      expect(visible.has(a.actorId), `${v}'s feed holds ${a.actorId}, who is neither connected nor followed`).to.be.true;
    }
    const muted = new Set(lists['muted']);
    for (const tab of [undefined, ...FEED_TABS]) {
      const items = tab === undefined ? feed : (await b.getFeed({ tab, limit: 100 })).items.map((e) => e.activity);
      for (const a of items) expect(muted.has(a.actorId), `${v}'s ${tab ?? 'network'} feed holds ${a.actorId}, who is muted`).to.be.false;
    }
    const notes: Record<string, string> = {};
    for (const other of PEOPLE) {
      if (other === v) continue;
      const r = rel.get(`${v}>${other}`)!;
      expect(r.muted, `${v}'s Muted list and relationship with ${other} agree`).to.equal(muted.has(other));
      if (r.muted && expected.now !== undefined && r.mutedUntil !== null) {
        expect(r.mutedUntil, `${v}'s mute of ${other} is read after it ended`).to.be.greaterThan(expected.now);
      }
      notes[other] = await b.getPrivateNote(other);
      if (expected.notes) expect(notes[other], `${v}'s private note about ${other}`).to.equal(expected.notes.get(`${v}>${other}`) ?? '');
    }
    const suggestions = (await b.getSuggestions({ limit: 50 })).items;
    const excluded = new Set([v, ...lists['connections']!, ...lists['blocked']!, ...lists['incoming']!, ...lists['outgoing']!]);
    const mutual = await b.getMutualConnectionsFor(suggestions.map((s) => s.person.id));
    suggestions.forEach((s, i) => {
      const id = s.person.id;
      const r = s.relationship;
      expect(excluded.has(id) || r.blockedBy || r.ignoringRequests, `${v} is suggested ${id}, who is excluded`).to.be.false;
      expect(s.mutualCount, `${v}'s suggestion ${id} counts the mutual connections`).to.equal(mutual[i]!.count);
    });
    suggested.set(v, new Set(suggestions.map((s) => s.person.id)));
    views.push({ v, counts, lists, feed: feed.map((a) => a.id), suggestions: suggestions.map((s) => s.person.id), notes });
  }
  for (const a of PEOPLE) {
    for (const b of PEOPLE) {
      if (a === b) continue;
      const ab = rel.get(`${a}>${b}`)!;
      const ba = rel.get(`${b}>${a}`)!;
      const where = `${a} and ${b}: ${JSON.stringify(ab)}`;
      expect(ab.connected, `connection symmetric, ${where}`).to.equal(ba.connected);
      expect(ab.requestSent, `request mirrored, ${where}`).to.equal(ba.requestReceived);
      expect(ab.following, `follow mirrored, ${where}`).to.equal(ba.followedBy);
      expect(ab.blocking, `block mirrored, ${where}`).to.equal(ba.blockedBy);
      if (suggested.get(a)!.has(b)) expect(ba.ignoringRequests, `${a} is suggested ${b}, who ignores them`).to.be.false;
      expect(ab.requestNote, `a request's note is the same on both sides, ${where}`).to.equal(ba.requestNote);
      expect(ab.requestSent && ab.requestReceived, `no two-way pending requests, ${where}`).to.be.false;
      if (ab.connected) expect(ab.requestSent || ab.requestReceived, `no request between connections, ${where}`).to.be.false;
      if (ab.blocking || ab.blockedBy) {
        expect(ab.connected || ab.requestSent || ab.requestReceived || ab.following || ab.followedBy, `a block excludes the rest, ${where}`)
          .to.be.false;
        expect(ab.muted, `a block drops a mute, ${where}`).to.be.false;
      }
    }
  }
  return JSON.stringify([views, [...rel]]);
}
