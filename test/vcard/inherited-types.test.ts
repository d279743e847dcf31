/**
 * Types are looked up as own entries only: a person from any adapter whose email, phone or address type is the
 * name of an Object.prototype member (`constructor`, `__proto__`, `toString`) gets the default type, never
 * Object's function text, so every parser still reads the file.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Person } from '../../src/model/person.js';
import { toVCard } from '../../src/vcard/index.js';
import { makePerson, parseCards } from './helpers.js';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('vCard type lookup', () => {
  for (const version of ['4.0', '3.0'] as const) {
    it(`never writes inherited properties into a ${version} card`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...INHERITED), (type) => {
          const person = makePerson('p', 'Pat', {
            emails: [{ type, value: 'pat@example.com' }],
            phones: [{ type, value: '+1 555 0100' }],
            addresses: [{ type, street: 'Main St 1' }],
          } as unknown as Partial<Person>);
          const card = toVCard(person, { version });
          expect(card).not.to.contain('function');
          expect(card).not.to.contain('[object');
          expect(parseCards(card).length).to.equal(1);
        }),
      );
    });
  }
});
