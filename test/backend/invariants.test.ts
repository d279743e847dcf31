/**
 * Property-based: random sequences of changes by several viewers. After every step the relationship invariants
 * hold from every side, counts match lists, feeds respect blocks, and a rejected change left everything as it was.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContactsBackend, PeopleFilter } from '../../src/backend/backend.js';
import { PEOPLE_FILTERS, type RelationshipMutation } from '../../src/backend/vocabulary.js';
import { isContactsError } from '../../src/model/errors.js';
import { createWorld, person } from '../helpers/world.js';

const PEOPLE = ['p0', 'p1', 'p2'];
type Change = RelationshipMutation;
type Step = { actor: number; op: Change | 'post'; target: string };

/** Ops that build relationships come more often, so sequences reach interesting states (then break them). */
const op: fc.Arbitrary<Change | 'post'> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Change | 'post'>('requestConnection', 'acceptRequest', 'follow') },
  { weight: 1, arbitrary: fc.constantFrom<Change | 'post'>('block', 'unblock', 'disconnect', 'unfollow', 'cancelRequest', 'declineRequest', 'post') },
);

const step: fc.Arbitrary<Step> = fc
  .record({
    actor: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
    op,
    // Another person mostly; sometimes the actor themself ('self'), an unknown id or a malformed one.
    other: fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: PEOPLE.length - 1 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, -2) }),
  })
  .map(({ actor, op, other }) => ({
    actor,
    op,
    target: other > 0 ? PEOPLE[(actor + other) % PEOPLE.length]! : other === 0 ? PEOPLE[actor]! : other === -1 ? 'ghost' : '',
  }));

const FILTERS = PEOPLE_FILTERS.filter((f): f is Exclude<PeopleFilter, 'all'> => f !== 'all');

/** Everything observable, checked for invariants on the way. */
async function observe(backends: ContactsBackend[]): Promise<string> {
  const rel = new Map<string, Awaited<ReturnType<ContactsBackend['getRelationship']>>>();
  const views: unknown[] = [];
  for (const b of backends) {
    const v = b.viewerId;
    // Relationships come with search results; only people who block the viewer are missing from both lists.
    for (const entry of [...(await b.searchPeople({ limit: 200 })).items, ...(await b.searchPeople({ filter: 'blocked', limit: 200 })).items]) {
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
        expect(ab.connected || ab.requestSent || ab.requestReceived || ab.following || ab.followedBy, `a block excludes the rest, ${where}`).to.be.false;
      }
    }
  }
  return JSON.stringify([views, [...rel]]);
}

describe('relationship invariants under random changes', () => {
  it('hold after every step, and rejected steps change nothing', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 20 }), async (steps) => {
        const world = await createWorld({ people: PEOPLE.map((id) => person(id, `Person ${id}`)) });
        try {
          const backends = PEOPLE.map((id) => world.backendFor(id));
          let before = await observe(backends);
          for (const s of steps) {
            const actor = backends[s.actor]!;
            let rejected = false;
            try {
              if (s.op === 'post') await actor.postActivity({ kind: 'post', text: `by ${actor.viewerId}` });
              else await actor[s.op](s.target);
            } catch (error) {
              expect(isContactsError(error), `${s.op} failed with ${String(error)}`).to.be.true;
              expect(isContactsError(error, 'storage'), `${s.op} failed with a storage error: ${String(error)}`).to.be.false;
              rejected = true;
            }
            if (s.target === actor.viewerId && s.op !== 'post') expect(rejected, `${s.op} on oneself must be refused`).to.be.true;
            const after = await observe(backends);
            if (rejected) expect(after, `a rejected ${s.op} by ${actor.viewerId} on "${s.target}" changed data`).to.equal(before);
            before = after;
          }
        } finally {
          await world.cleanup();
        }
      }),
      { numRuns: 20 },
    );
  });
});
