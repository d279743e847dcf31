/**
 * The IndexedDB adapter bench's world, the same on every run: 100,000 people (5% with Japanese names), and a graph
 * of relations, requests and 100,000 activities by 10,000 actors around a dense viewer and a sparse one. Shared by
 * the read suite (adapter.bench.ts) and the import suite (adapter-import.bench.ts).
 */
import type { WorldData, WorldRelation } from '../src/backend/indexeddb/index.js';
import type { Activity } from '../src/model/activity.js';
import type { PersonInput } from '../src/model/person.js';

export const PEOPLE = 100_000;
const ACTORS = 10_000;
const ACTIVITIES = 100_000;

const GIVEN = [
  'Mary',
  'Mark',
  'Martha',
  'Marco',
  'Maria',
  'Maja',
  'John',
  'Jane',
  'Peter',
  'Paula',
  'Ahmed',
  'Amina',
  'Chen',
  'Wei',
  'Olga',
  'Igor',
  'Sven',
  'Ingrid',
  'Luca',
  'Sofia',
  'Noah',
  'Emma',
  'Liam',
  'Olivia',
  'Hugo',
  'Zoë',
  'Émile',
  'Chloé',
  'José',
  'Ana',
  'Kwame',
  'Ama',
  'Ravi',
  'Priya',
  'Omar',
  'Leila',
  'Tomás',
  'Inés',
  'Björn',
  'Åsa',
];
const FAMILY = [
  'Smith',
  'Major',
  'Martin',
  'Müller',
  'García',
  'Rossi',
  'Nowak',
  'Kowalski',
  'Johansson',
  'Dubois',
  'Silva',
  'Ivanov',
  'Okafor',
  'Mensah',
  'Patel',
  'Khan',
  'Nguyen',
  'Kim',
  'Park',
  'Lee',
  'Brown',
  'Taylor',
  'Wilson',
  'Evans',
  'Álvarez',
  'Moreau',
  'Fischer',
  'Novak',
  'Horvat',
  'Costa',
];
const JA = [
  ['山田', 'やまだ'],
  ['田中', 'たなか'],
  ['佐藤', 'さとう'],
  ['鈴木', 'すずき'],
  ['高橋', 'たかはし'],
] as const;
const JA_GIVEN = [
  ['太郎', 'たろう'],
  ['花子', 'はなこ'],
  ['健', 'けん'],
  ['美咲', 'みさき'],
] as const;

/** mulberry32: the same world on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const id = (i: number) => `p${String(i).padStart(6, '0')}`;

export function makePeople(rand: () => number): PersonInput[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: PEOPLE }, (_, i) => {
    if (rand() < 0.05) {
      const [family, familyKana] = pick(JA);
      const [given, givenKana] = pick(JA_GIVEN);
      return {
        id: id(i),
        displayName: `${family} ${given}`,
        familyName: family,
        givenName: given,
        phoneticName: `${familyKana} ${givenKana}`,
        emails: [{ type: 'work', value: `${id(i)}@example.com` }],
      };
    }
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    return {
      id: id(i),
      displayName: `${given} ${family}`,
      givenName: given,
      familyName: family,
      organization: 'Example Corp',
      jobTitle: 'Engineer',
      emails: [{ type: 'work', value: `${given.toLowerCase()}.${i}@example.com` }],
      phones: [{ type: 'mobile', value: `+1555${String(i).padStart(7, '0')}` }],
    };
  });
}

/** The dense viewer p000000: follows 500 actors, connected to 500 more, 300 followers, requests, blocks. */
export function makeGraph(rand: () => number): Pick<WorldData, 'relations' | 'requests' | 'activities'> {
  const relations: WorldRelation[] = [];
  for (let i = 1; i <= 500; i++) relations.push({ type: 'follow', fromId: id(0), toId: id(i) });
  for (let i = 501; i <= 1000; i++) relations.push({ type: 'connection', fromId: id(0), toId: id(i) });
  for (let i = 20_001; i <= 20_300; i++) relations.push({ type: 'follow', fromId: id(i), toId: id(0) });
  for (let i = 30_001; i <= 30_020; i++) relations.push({ type: 'block', fromId: id(0), toId: id(i) });
  // The dense viewer's connections p000501–p000600 each know 10 of p060001–p062000: the people suggested to them.
  for (let k = 0; k < 100; k++) {
    for (let j = 0; j < 10; j++)
      relations.push({ type: 'connection', fromId: id(501 + k), toId: id(60_001 + ((k * 37 + j * 211) % 2000)) });
  }
  // The muting viewer follows the dense viewer's 1,000 actors (the bench mutes 100 of them).
  for (let i = 1; i <= 1000; i++) relations.push({ type: 'follow', fromId: id(PEOPLE - 2), toId: id(i) });
  // The sparse viewer follows 10 actors.
  for (let i = 1; i <= 10; i++) relations.push({ type: 'follow', fromId: id(PEOPLE - 1), toId: id(i * 997) });
  const requests = [
    ...Array.from({ length: 50 }, (_, i) => ({ fromId: id(40_001 + i), toId: id(0), createdAt: 1_700_000_000_000 + i })),
    ...Array.from({ length: 50 }, (_, i) => ({ fromId: id(0), toId: id(50_001 + i), createdAt: 1_700_000_000_000 + i })),
  ];
  const start = 1_700_000_000_000;
  const activities: Activity[] = Array.from({ length: ACTIVITIES }, (_, i) => ({
    id: `a${String(i).padStart(6, '0')}`,
    actorId: id(1 + Math.floor(rand() * ACTORS)),
    kind: 'post',
    text: `Post number ${i}`,
    createdAt: start + i * 60_000 + Math.floor(rand() * 1000),
  }));
  return { relations, requests, activities };
}
