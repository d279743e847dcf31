/**
 * Property-based: random sequences of changes by several viewers, on the IndexedDB and the in-memory adapter. After
 * every step the relationship invariants hold from every side, counts match lists, feeds respect blocks and mutes,
 * private notes stay with their owner, and a rejected change left everything as it was.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContactsBackend } from '../../src/backend/backend.js';
import { PRIVATE_NOTE_MAX } from '../../src/backend/limits.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { MUTE_DURATION_MS, MUTE_DURATIONS, type MuteDuration, type RelationshipMutation } from '../../src/backend/vocabulary.js';
import type { Relationship } from '../../src/model/relationship.js';
import { observe } from '../helpers/invariants.js';
import { isContactsError } from '../../src/model/errors.js';
import { createWorld, person } from '../helpers/world.js';

const PEOPLE = ['p0', 'p1', 'p2'];
/** `note`: setPrivateNote; `wait`: the clock moves on (past a mute's end, sometimes). */
type Op = RelationshipMutation | 'post' | 'note' | 'wait';
type NoteKind = 'short' | 'empty' | 'longest' | 'too-long';
type Step = { actor: number; op: Op; target: string; duration: MuteDuration; note: NoteKind; wait: number };

/** Ops that build relationships come more often, so sequences reach interesting states (then break them). */
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Op>('requestConnection', 'acceptRequest', 'follow') },
  { weight: 2, arbitrary: fc.constantFrom<Op>('mute', 'post') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Op>(
      'block',
      'unblock',
      'disconnect',
      'unfollow',
      'removeFollower',
      'cancelRequest',
      'declineRequest',
      'ignoreRequests',
      'unignoreRequests',
      'dismissSuggestion',
      'unmute',
      'note',
      'wait',
    ),
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
    duration: fc.constantFrom(...MUTE_DURATIONS),
    note: fc.constantFrom<NoteKind>('short', 'short', 'empty', 'longest', 'too-long'),
    // A minute, or just past one of the mute durations.
    wait: fc.constantFrom(60_000, ...Object.values(MUTE_DURATION_MS).map((ms) => ms + 1)),
  })
  .map(({ actor, other, ...rest }) => ({
    ...rest,
    actor,
    target: other > 0 ? PEOPLE[(actor + other) % PEOPLE.length]! : other === 0 ? PEOPLE[actor]! : other === -1 ? 'ghost' : '',
  }));

/** A world of PEOPLE on one adapter, with a clock the test moves. */
interface Adapter {
  name: string;
  open(clock: () => number): Promise<{ backends: ContactsBackend[]; cleanup(): Promise<void> }>;
}
const people = PEOPLE.map((id) => person(id, `Person ${id}`));
const ADAPTERS: Adapter[] = [
  {
    name: 'IndexedDB',
    async open(clock) {
      const world = await createWorld({ people });
      const backends = PEOPLE.map((id) => world.backendFor(id));
      // createWorld's clock is fixed by setTime; keep it in step with the test's.
      return { backends: backends.map((b) => withClock(b, () => world.setTime(clock()))), cleanup: () => world.cleanup() };
    },
  },
  {
    name: 'memory',
    async open(clock) {
      const world = new MemoryWorld({ people }, { clock });
      return { backends: PEOPLE.map((id) => world.backendFor(id)), cleanup: async () => {} };
    },
  },
];

/** `backend`, calling `sync` before each method so the world's clock reads the test's time. */
function withClock(backend: ContactsBackend, sync: () => void): ContactsBackend {
  return new Proxy(backend, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        sync();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The text a step stores as a private note: `label` padded by spaces, none, the longest allowed, one too long. */
function noteText(kind: NoteKind, label: string): string {
  if (kind === 'short') return ` ${label} `;
  if (kind === 'empty') return '';
  return 'n'.repeat(kind === 'longest' ? PRIVATE_NOTE_MAX : PRIVATE_NOTE_MAX + 1);
}

/** The relationship from `a` to `id`, or undefined when `id` is nobody else in the world. */
async function relation(a: ContactsBackend, id: string): Promise<Relationship | undefined> {
  return PEOPLE.includes(id) && id !== a.viewerId ? a.getRelationship(id) : undefined;
}

for (const adapter of ADAPTERS) {
  describe(`relationship invariants under random changes (${adapter.name})`, () => {
    it('hold after every step, and rejected steps change nothing', async function () {
      this.timeout(180_000);
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 20 }), async (steps) => {
          let now = Date.UTC(2026, 0, 1);
          const { backends, cleanup } = await adapter.open(() => now);
          const notes = new Map<string, string>();
          try {
            let before = await observe(backends, { now, notes });
            for (const [i, s] of steps.entries()) {
              now += s.op === 'wait' ? s.wait : 1000;
              const actor = backends[s.actor]!;
              const target = backends.find((b) => b.viewerId === s.target);
              const [mine, theirs] = [await relation(actor, s.target), target && (await relation(target, actor.viewerId))];
              const text = noteText(s.note, `note ${i} by ${actor.viewerId}`);
              let rejected = false;
              try {
                if (s.op === 'post') await actor.postActivity({ kind: 'post', text: `by ${actor.viewerId}` });
                else if (s.op === 'note') {
                  const stored = await actor.setPrivateNote(s.target, text);
                  expect(s.note, 'a note over the limit is refused').not.to.equal('too-long');
                  if (stored === '') notes.delete(`${actor.viewerId}>${s.target}`);
                  else notes.set(`${actor.viewerId}>${s.target}`, stored);
                } else if (s.op === 'mute') await actor.mute(s.target, { duration: s.duration });
                else if (s.op !== 'wait') await actor[s.op](s.target);
              } catch (error) {
                expect(isContactsError(error), `${s.op} failed with ${String(error)}`).to.be.true;
                expect(isContactsError(error, 'storage'), `${s.op} failed with a storage error: ${String(error)}`).to.be.false;
                // Whom the note is about is checked before its length: oneself is `self`, nobody `not-found`.
                const aboutAnother = PEOPLE.includes(s.target) && s.target !== actor.viewerId;
                if (s.op === 'note' && s.note === 'too-long' && aboutAnother)
                  expect(isContactsError(error, 'invalid-input'), String(error)).to.be.true;
                rejected = true;
              }
              if (s.target === actor.viewerId && s.op !== 'post' && s.op !== 'wait')
                expect(rejected, `${s.op} on oneself must be refused`).to.be.true;
              if (s.op === 'mute' && (mine?.blocking || mine?.blockedBy)) expect(rejected, 'a mute across a block is refused').to.be.true;
              if ((s.op === 'mute' || s.op === 'unmute') && !rejected && mine && theirs) {
                const after = (await relation(actor, s.target))!;
                const until = s.op === 'unmute' || s.duration === 'until-unmuted' ? null : now + MUTE_DURATION_MS[s.duration];
                expect(after, `${s.op} changes only the mute`).to.deep.equal({ ...mine, muted: s.op === 'mute', mutedUntil: until });
                expect(await relation(target!, actor.viewerId), `${s.op} is not seen by ${s.target}`).to.deep.equal(theirs);
              }
              const after = await observe(backends, { now, notes });
              if (rejected) expect(after, `a rejected ${s.op} by ${actor.viewerId} on "${s.target}" changed data`).to.equal(before);
              before = after;
            }
          } finally {
            await cleanup();
          }
        }),
        { numRuns: 20 },
      );
    });
  });
}
