// What the project exports, it imports back: generated people through toVCard and parseVCards, both versions.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ADDRESS_TYPES, EMAIL_TYPES, PHONE_TYPES, type Person, type PostalAddress } from '../../src/model/person.js';
import { nameParts } from '../../src/vcard/names.js';
import { parseVCards, personUid, toVCard, type ImportedPerson } from '../../src/vcard/index.js';

// Characters that stress escaping, folding and decoding: CJK, a 4-byte character, emoji, vCard's specials.
const NAME_CHARS = ['a', 'Z', '0', 'é', '山', 'た', '𠮷', '🎉', ';', '\\', ':', '"', '.'];
const TEXT_CHARS = [...NAME_CHARS, ' ', ',', '\n'];
const word = fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 12 });
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 120 }).filter((t) => /\S/.test(t));
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const international = fc.tuple(digits(2), digits(3), digits(4)).map(([a, b, c]) => `+${a} ${b}-${c}`);
const local = fc.tuple(digits(2), digits(4), digits(4)).map(([a, b, c]) => `0${a}-${b}-${c}`);

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const avatar = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,10}$/).map((slug) => `https://cdn.example.com/avatars/${slug}.jpg`),
  fc.constant(`data:image/png;base64,${PNG}`),
);

const address: fc.Arbitrary<PostalAddress> = fc
  .record(
    {
      type: fc.constantFrom(...ADDRESS_TYPES),
      poBox: optional(text),
      extended: optional(text),
      street: optional(text),
      locality: optional(text),
      region: optional(text),
      postalCode: optional(text),
      country: optional(text),
    },
    { requiredKeys: ['type'] },
  )
  .filter((a) => Object.entries(a).some(([k, v]) => k !== 'type' && v !== undefined));

const birthday = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2000, 11, 31)), noInvalidDate: true })
    .map((d) => `--${d.toISOString().slice(5, 10)}`),
);

const person: fc.Arbitrary<Person> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    displayName: words,
    names: optional(fc.record({ givenName: optional(words), familyName: optional(words), additionalNames: optional(words) })),
    phoneticName: optional(words),
    jobTitle: optional(text),
    organization: optional(text),
    emails: fc.array(fc.record({ type: fc.constantFrom(...EMAIL_TYPES), value: fc.emailAddress() }), { maxLength: 3 }),
    phones: fc.array(fc.record({ type: fc.constantFrom(...PHONE_TYPES), value: fc.oneof(international, local) }), { maxLength: 3 }),
    addresses: fc.array(address, { maxLength: 2 }),
    urls: fc.array(
      fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `https://example.com/~${s}`),
      { maxLength: 2 },
    ),
    birthday: optional(birthday),
    note: optional(text),
    avatarUrl: optional(avatar),
    updatedAt: fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000),
  })
  .map(({ names, ...rest }) => {
    const p: Person = { ...rest, ...(names ?? {}) };
    // Without structured names the card's N is derived from the display name, and a reading of several words is
    // put back in that derived name's order, which need not be the display name's: one word keeps the case exact.
    if (!p.givenName && !p.familyName && !p.additionalNames && p.phoneticName) p.phoneticName = p.phoneticName.split(' ')[0];
    return JSON.parse(JSON.stringify(p)) as Person;
  });

/** What a card says about a person: N's parts (derived from the display name when the person has none), and in
 * 4.0 international numbers as tel: URIs, whose separators are hyphens. */
function expected(p: Person, version: '4.0' | '3.0'): ImportedPerson {
  const { id: _id, updatedAt: _updatedAt, ...rest } = p;
  const n = nameParts(p);
  const out: ImportedPerson = { ...rest };
  if (n.given) out.givenName = n.given;
  if (n.family) out.familyName = n.family;
  if (n.additional) out.additionalNames = n.additional;
  if (version === '4.0')
    out.phones = p.phones.map((t) => ({ ...t, value: t.value.startsWith('+') ? t.value.replace(/ /g, '-') : t.value }));
  return JSON.parse(JSON.stringify(out)) as ImportedPerson;
}

describe('parseVCards round trip over generated people', () => {
  for (const version of ['4.0', '3.0'] as const) {
    it(`${version}: every field comes back`, () => {
      fc.assert(
        fc.property(fc.array(person, { minLength: 1, maxLength: 4 }), (people) => {
          const { cards, errors } = parseVCards(toVCard(people, { version }));
          expect(errors).to.deep.equal([]);
          expect(cards).to.have.length(people.length);
          cards.forEach((card, i) => {
            const p = people[i]!;
            expect(card.warnings).to.deep.equal([]);
            expect(card.version).to.equal(version);
            expect(card.uid).to.equal(personUid(p.id));
            expect(card.revision).to.equal(p.updatedAt);
            expect(card.person).to.deep.equal(expected(p, version));
          });
        }),
        { numRuns: 300 },
      );
    });

    it(`${version}: the same file as bytes, as a string, and as UTF-16 reads the same`, () => {
      fc.assert(
        fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), (people) => {
          const textFile = toVCard(people, { version });
          const utf8 = new TextEncoder().encode(textFile);
          const units = new Uint16Array(textFile.length);
          for (let i = 0; i < textFile.length; i++) units[i] = textFile.charCodeAt(i);
          const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(units.buffer)]);
          const fromText = parseVCards(textFile);
          expect(parseVCards(utf8)).to.deep.equal(fromText);
          expect(parseVCards(utf16.buffer)).to.deep.equal(fromText);
        }),
        { numRuns: 50 },
      );
    });
  }
});
