/**
 * updateProfile over generated input (fast-check): whatever arrives, the adapter either stores exactly what
 * checkProfileInput makes of it, or refuses with `invalid-input` and the stored profile stays as it was.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IndexedDBBackend, importWorld } from '../../src/backend/indexeddb/index.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { checkProfileInput } from '../../src/backend/profile.js';
import type { ContactsBackend } from '../../src/backend/backend.js';
import { isContactsError } from '../../src/model/errors.js';
import { EMAIL_TYPES, PHONE_TYPES } from '../../src/model/person.js';

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '\u200b', '\ud800', 'https://ok.example.com/', 'javascript:x'),
);
const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(text, { maxLength: 2 }));
const typed = (types: readonly string[]) =>
  fc.record({ type: fc.oneof(fc.constantFrom(...types), text), value: fc.oneof(text, fc.integer()) });
const input = fc.oneof(
  { weight: 1, arbitrary: value },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        displayName: text,
        givenName: value,
        phoneticName: value,
        emails: fc.oneof(fc.array(typed(EMAIL_TYPES), { maxLength: 2 }), value),
        phones: fc.array(typed(PHONE_TYPES), { maxLength: 2 }),
        urls: fc.oneof(fc.array(text, { maxLength: 2 }), value),
        birthday: fc.oneof(fc.constantFrom('2000-01-31', '--04-01', 'April'), text),
        avatarUrl: fc.oneof(fc.constantFrom('data:image/png;base64,AA==', 'data:text/html,x'), text),
        colour: value,
      },
      { requiredKeys: ['displayName'] },
    ),
  },
);

async function property(backend: ContactsBackend, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(input, async (candidate) => {
      const before = await backend.getViewer();
      let expected: ReturnType<typeof checkProfileInput> | undefined;
      try {
        expected = checkProfileInput(candidate, backend.viewerId);
      } catch {
        expected = undefined;
      }
      try {
        const saved = await backend.updateProfile(candidate as never);
        expect(expected, 'accepted only what the check accepts').to.not.equal(undefined);
        expect({ ...saved, updatedAt: 0 }).to.deep.equal({ ...expected, updatedAt: 0 });
        expect(await backend.getViewer()).to.deep.equal(saved);
      } catch (error) {
        if (!isContactsError(error)) throw error;
        expect(error.code).to.equal('invalid-input');
        expect(expected, `refused only what the check refuses: ${error.message}`).to.equal(undefined);
        expect(await backend.getViewer()).to.deep.equal(before);
      }
    }),
    { numRuns: runs },
  );
}

describe('updateProfile over generated input', () => {
  it('memory: stores what the check makes of it, or refuses it and keeps the profile', async () => {
    await property(new MemoryWorld({ people: [{ id: 'me', displayName: 'Me' }] }).backendFor('me'), 200);
  });

  it('IndexedDB: the same', async () => {
    const databaseName = `profile-property-${crypto.randomUUID()}`;
    await importWorld(databaseName, { people: [{ id: 'me', displayName: 'Me' }] });
    const backend = new IndexedDBBackend({ databaseName, viewerId: 'me' });
    try {
      await property(backend, 60);
    } finally {
      backend.close();
      indexedDB.deleteDatabase(databaseName);
    }
  });
});
