/**
 * Everything observable through the contract from every viewer's side, as one string, after checking the
 * relationship invariants on the way (mirrored facts, no request between connections, a block excludes the
 * rest, counts match lists, feeds hold only people the viewer connects with or follows).
 */
import { expect } from '@open-wc/testing';
import type { ContactsBackend, PeopleFilter } from '../../src/backend/backend.js';
import { PEOPLE_FILTERS } from '../../src/backend/vocabulary.js';

const FILTERS = PEOPLE_FILTERS.filter((f): f is Exclude<PeopleFilter, 'all'> => f !== 'all');

/** Everything the `backends` (one per person of the world) observe; throws when an invariant fails. */
export async function observe(backends: ContactsBackend[]): Promise<string> {
  const PEOPLE = backends.map((b) => b.viewerId);
  const rel = new Map<string, Awaited<ReturnType<ContactsBackend['getRelationship']>>>();
  const views: unknown[] = [];
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
    for (const filter of FILTERS) {
      lists[filter] = (await b.searchPeople({ filter, limit: 200 })).items.map((e) => e.person.id);
      expect(counts[filter], `${v}'s ${filter} count`).to.equal(lists[filter]!.length);
    }
    const feed = (await b.getFeed({ limit: 100 })).items.map((e) => e.activity);
    const visible = new Set([...lists['connections']!, ...lists['following']!]);
    for (const a of feed) {
      expect(visible.has(a.actorId), `${v}'s feed holds ${a.actorId}, who is neither connected nor followed`).to.be.true;
    }
    views.push({ v, counts, lists, feed: feed.map((a) => a.id) });
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
      expect(ab.requestSent && ab.requestReceived, `no two-way pending requests, ${where}`).to.be.false;
      if (ab.connected) expect(ab.requestSent || ab.requestReceived, `no request between connections, ${where}`).to.be.false;
      if (ab.blocking || ab.blockedBy) {
        expect(ab.connected || ab.requestSent || ab.requestReceived || ab.following || ab.followedBy, `a block excludes the rest, ${where}`)
          .to.be.false;
      }
    }
  }
  return JSON.stringify([views, [...rel]]);
}
