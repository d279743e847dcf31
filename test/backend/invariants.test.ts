/**
 * Property-based: random sequences of changes by several viewers. After every step the relationship invariants
 * hold from every side, counts match lists, feeds respect blocks, and a rejected change left everything as it was.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { RelationshipMutation } from '../../src/backend/vocabulary.js';
import { observe } from '../helpers/invariants.js';
import { isContactsError } from '../../src/model/errors.js';
import { createWorld, person } from '../helpers/world.js';

const PEOPLE = ['p0', 'p1', 'p2'];
type Change = RelationshipMutation;
type Step = { actor: number; op: Change | 'post'; target: string };

/** Ops that build relationships come more often, so sequences reach interesting states (then break them). */
const op: fc.Arbitrary<Change | 'post'> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Change | 'post'>('requestConnection', 'acceptRequest', 'follow') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Change | 'post'>('block', 'unblock', 'disconnect', 'unfollow', 'cancelRequest', 'declineRequest', 'post'),
  },
);

const step: fc.Arbitrary<Step> = fc
  .record({
    actor: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
    op,
    // Another person mostly; sometimes the actor themself ('self'), an unknown id or a malformed one.
    other: fc.oneof(
      { weight: 15, arbitrary: fc.integer({ min: 1, max: PEOPLE.length - 1 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -1, -2) },
    ),
  })
  .map(({ actor, op, other }) => ({
    actor,
    op,
    target: other > 0 ? PEOPLE[(actor + other) % PEOPLE.length]! : other === 0 ? PEOPLE[actor]! : other === -1 ? 'ghost' : '',
  }));

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
