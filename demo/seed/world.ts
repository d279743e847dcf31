/**
 * The demo world: about 200 people from many cultures and scripts, relations of every kind and a few
 * thousand activities over the last months. Deterministic (a seeded generator, no network): the same
 * options always give the same world, so stories, tests and screenshots are reproducible.
 */
import type { Activity } from '../../src/model/activity.js';
import type { Email, Phone, PersonInput, PostalAddress } from '../../src/model/person.js';
import { geometricAvatar, initialsAvatar } from './avatar.js';
import { CULTURES, type Culture, type NamePart } from './cultures.js';
import { RelationGraph, type SeedRelation, type SeedRequest } from './graph.js';
import { Random } from './random.js';
import { EMAIL_DOMAINS, JOB_TITLES, LINK_POSTS, NOTES, ORGANIZATIONS, POSTS, PROFILE_UPDATES } from './texts.js';

/** The world in the shape `importWorld` takes (structurally `WorldData`). */
export interface SeedWorld {
  people: PersonInput[];
  relations: SeedRelation[];
  requests: SeedRequest[];
  activities: Activity[];
}

export interface SeedOptions {
  /** PRNG seed; default 2024. */
  seed?: number;
  /** "Now" in epoch ms: activities and relations lie before it. Default `Date.now()`. */
  now?: number;
  /** Total number of people, the named ones included; default 200, at least 9. */
  people?: number;
  /** Average number of posts per person; default 10 (about 3,000 activities for 200 people). */
  postsPerPerson?: number;
  /**
   * Whether to make activities at all; default true. Off for very large worlds, where every activity is
   * copied into the feed of each person who sees it and the import would take minutes.
   */
  activities?: boolean;
}

/** The default viewer of the demo. */
export const DEMO_VIEWER_ID = 'joe-bloggs';

/**
 * Named people with a fixed relationship to Joe Bloggs, one per relationship state,
 * for stories, tests and the README.
 */
export const DEMO_PEOPLE = {
  /** The viewer. */
  viewer: 'joe-bloggs',
  /** Connected to Joe (and they follow each other); full contact details. */
  connected: 'jane-doe',
  /** No relation to Joe at all. */
  unrelated: 'richard-roe',
  /** Sent Joe a connection request that is pending. */
  requestReceived: 'john-doe',
  /** Joe sent them a connection request that is pending (山田 太郎). */
  requestSent: 'yamada-taro',
  /** Joe follows them; not connected. */
  following: 'zoe-dubois',
  /** Follows Joe; not connected. */
  followedBy: 'oleg-petrov',
  /** Joe blocks them. */
  blocking: 'mallory-black',
  /** Blocks Joe. */
  blockedBy: 'eve-marsh',
} as const;

const DAY = 86_400_000;

/** Generates the demo world. */
export function generateWorld(options: SeedOptions = {}): SeedWorld {
  const r = new Random(options.seed ?? 2024);
  const now = options.now ?? Date.now();
  const total = Math.max(options.people ?? 200, 9);
  const postsPerPerson = options.postsPerPerson ?? 10;

  const named = namedPeople(r);
  const used = new Set(named.map((p) => p.id));
  const people: PersonInput[] = [...named];
  const languages = new Map<string, keyof typeof POSTS>(named.map((p) => [p.id, p.id === 'yamada-taro' ? 'ja' : 'en']));
  while (people.length < total) {
    const { person, language } = randomPerson(r, used);
    people.push(person);
    languages.set(person.id, language);
  }

  // Everyone "joined" between a year and six weeks ago; everything they do comes after.
  const joinedAt = new Map(people.map((p) => [p.id, now - r.int(42, 365) * DAY - r.int(0, DAY)]));
  for (const p of people) p.updatedAt = joinedAt.get(p.id)!;
  const after = (ids: string[], withinDays = Infinity) => {
    const start = Math.max(...ids.map((id) => joinedAt.get(id)!), now - withinDays * DAY);
    return Math.floor(start + r.next() * (now - start));
  };

  const graph = buildGraph(r, people, after);
  const activities =
    options.activities === false ? [] : buildActivities(r, people, graph.relations, languages, joinedAt, now, postsPerPerson);
  return { people, relations: graph.relations, requests: graph.requests, activities };
}

function namedPeople(r: Random): PersonInput[] {
  return [
    {
      id: 'joe-bloggs',
      displayName: 'Joe Bloggs',
      givenName: 'Joe',
      familyName: 'Bloggs',
      jobTitle: 'Product Manager',
      organization: 'Northwind Traders',
      emails: [
        { type: 'work', value: 'joe.bloggs@northwind.example' },
        { type: 'home', value: 'joe@example.com' },
      ],
      phones: [{ type: 'mobile', value: '+44 7700 900123' }],
      addresses: [{ type: 'home', street: '12 High Street', locality: 'London', postalCode: 'SW1A 1AA', country: 'United Kingdom' }],
      urls: ['https://joebloggs.example.com'],
      birthday: '1986-04-12',
      note: 'This is you in the demo. Switch “Viewing as” to see the world as someone else.',
      avatarUrl: geometricAvatar(r),
    },
    {
      id: 'jane-doe',
      displayName: 'Jane Doe',
      givenName: 'Jane',
      additionalNames: 'Quinn',
      familyName: 'Doe',
      jobTitle: 'Engineering Manager',
      organization: 'Contoso Ltd',
      emails: [
        { type: 'work', value: 'jane.doe@contoso.example' },
        { type: 'home', value: 'jane@example.org' },
        { type: 'other', value: 'jq.doe@mail.example' },
      ],
      phones: [
        { type: 'mobile', value: '+44 7700 900456' },
        { type: 'work', value: '+44 7700 900789' },
        { type: 'home', value: '+1 555 0142 1234' },
        { type: 'fax', value: '+44 7700 900000' },
      ],
      addresses: [
        {
          type: 'work',
          street: '1 Canal Side',
          extended: 'Floor 4',
          locality: 'Manchester',
          postalCode: 'M1 3LB',
          country: 'United Kingdom',
        },
        {
          type: 'home',
          poBox: 'PO Box 77',
          street: '5 Elm Street',
          locality: 'Boston',
          region: 'MA',
          postalCode: '02108',
          country: 'United States',
        },
      ],
      urls: ['https://janedoe.example.com', 'https://example.org/@jane'],
      birthday: '1990-07-23',
      note: 'Met at the 2019 accessibility conference.\nLikes climbing, sourdough and well-labelled forms.',
      avatarUrl: initialsAvatar('JD', r),
    },
    {
      id: 'john-doe',
      displayName: 'John Doe',
      givenName: 'John',
      familyName: 'Doe',
      jobTitle: 'Sales Director',
      organization: 'Fabrikam',
      emails: [{ type: 'work', value: 'john.doe@fabrikam.example' }],
      phones: [{ type: 'work', value: '+1 555 0100 4242' }],
      addresses: [
        { type: 'work', street: '400 Harbour View', locality: 'Toronto', region: 'ON', postalCode: 'M5V 2A1', country: 'Canada' },
      ],
      birthday: '--11-02',
    },
    {
      id: 'richard-roe',
      displayName: 'Richard Roe',
      givenName: 'Richard',
      familyName: 'Roe',
      jobTitle: 'Lawyer',
      organization: 'Lucerne Publishing',
      emails: [{ type: 'work', value: 'richard.roe@lucerne.example' }],
      phones: [{ type: 'mobile', value: '+1 555 0199 8080' }],
      urls: ['https://richardroe.example.net'],
    },
    {
      id: 'yamada-taro',
      displayName: '山田 太郎',
      givenName: '太郎',
      familyName: '山田',
      phoneticName: 'やまだ たろう',
      jobTitle: 'Software Engineer',
      organization: 'さくら工業株式会社',
      emails: [{ type: 'work', value: 'taro.yamada@sakura.example' }],
      phones: [{ type: 'mobile', value: '+81 90 1234 5678' }],
      addresses: [{ type: 'work', street: '丸の内1-1-1', locality: '千代田区', region: '東京都', postalCode: '100-0005', country: '日本' }],
      avatarUrl: geometricAvatar(r),
    },
    {
      id: 'zoe-dubois',
      displayName: 'Zoë Dubois',
      givenName: 'Zoë',
      familyName: 'Dubois',
      jobTitle: 'Illustrator',
      organization: 'Freelance',
      emails: [{ type: 'home', value: 'zoe@example.fr' }],
      urls: ['https://zoedubois.example.com'],
      avatarUrl: geometricAvatar(r),
    },
    {
      id: 'oleg-petrov',
      displayName: 'Олег Петров',
      givenName: 'Олег',
      familyName: 'Петров',
      jobTitle: 'Data Scientist',
      emails: [{ type: 'work', value: 'oleg.petrov@example.net' }],
      phones: [{ type: 'mobile', value: '+7 912 345-67-89' }],
    },
    { id: 'mallory-black', displayName: 'Mallory Black', givenName: 'Mallory', familyName: 'Black', jobTitle: 'Growth Hacker' },
    { id: 'eve-marsh', displayName: 'Eve Marsh', givenName: 'Eve', familyName: 'Marsh', organization: 'Tailspin Toys' },
  ];
}

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9-]/g, '')
    .toLowerCase();
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function familyFor(family: NamePart, given: NamePart): { native: string; roman: string } {
  return given.gender === 'f' && family.feminine
    ? { native: family.feminine, roman: family.feminineRoman ?? family.roman }
    : { native: family.native, roman: family.roman };
}

function randomPerson(r: Random, used: Set<string>): { person: PersonInput; language: keyof typeof POSTS } {
  const culture: Culture = r.weighted(CULTURES.map((c) => [c, c.weight] as const));
  const given = r.pick(culture.givens);
  const family = familyFor(r.pick(culture.families), given);
  const familyPart = culture.families.find((f) => f.native === family.native || f.feminine === family.native)!;

  const base = `${ascii(given.roman)}-${ascii(family.roman)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);

  const displayName = culture.familyFirst
    ? `${family.native}${culture.separator}${given.native}`
    : `${given.native}${culture.separator}${family.native}`;
  const person: PersonInput = { id, displayName, givenName: given.native, familyName: family.native };
  if (given.phonetic && familyPart.phonetic) person.phoneticName = `${familyPart.phonetic} ${given.phonetic}`;
  else if (culture.romanPhonetic) person.phoneticName = `${capital(family.roman)} ${capital(given.roman)}`;

  if (r.chance(0.85)) person.jobTitle = r.pick(JOB_TITLES);
  if (r.chance(0.8)) person.organization = r.pick(culture.organizations && r.chance(0.6) ? culture.organizations : ORGANIZATIONS);

  const local = `${ascii(given.roman)}.${ascii(family.roman)}`;
  const emails: Email[] = [];
  if (person.organization && r.chance(0.7))
    emails.push({ type: 'work', value: `${local}@${ascii(person.organization).slice(0, 12) || 'work'}.example` });
  if (emails.length === 0 || r.chance(0.5))
    emails.push({ type: 'home', value: `${local}${r.chance(0.3) ? r.int(1, 99) : ''}@${r.pick(EMAIL_DOMAINS)}` });
  person.emails = emails;

  const phones: Phone[] = [];
  if (r.chance(0.85)) phones.push({ type: 'mobile', value: culture.phone(r) });
  if (r.chance(0.3)) phones.push({ type: r.pick(['work', 'home'] as const), value: culture.phone(r) });
  person.phones = phones;

  const addresses: PostalAddress[] = [];
  const addressCount = r.weighted([
    [0, 25],
    [1, 60],
    [2, 15],
  ] as const);
  for (let i = 0; i < addressCount; i++) {
    const place = r.pick(culture.places);
    addresses.push({
      type: i === 0 ? r.pick(['home', 'work'] as const) : 'other',
      street: culture.street(r),
      locality: place.locality,
      ...(place.region ? { region: place.region } : {}),
      postalCode: place.postalCode(r),
      country: place.country,
    });
  }
  person.addresses = addresses;

  if (r.chance(0.3)) person.urls = [r.chance(0.5) ? `https://${id}.example.net` : `https://example.com/@${id}`];
  if (r.chance(0.6)) {
    const month = String(r.int(1, 12)).padStart(2, '0');
    const day = String(r.int(1, 28)).padStart(2, '0');
    person.birthday = r.chance(0.7) ? `${r.int(1955, 2004)}-${month}-${day}` : `--${month}-${day}`;
  }
  if (r.chance(0.2)) person.note = r.pick(NOTES);
  if (r.chance(0.45)) {
    person.avatarUrl = r.chance(0.7)
      ? geometricAvatar(r)
      : initialsAvatar(`${[...given.roman][0]!.toUpperCase()}${[...family.roman][0]!.toUpperCase()}`, r);
  }
  return { person, language: culture.language };
}

function buildGraph(r: Random, people: PersonInput[], after: (ids: string[], withinDays?: number) => number): RelationGraph {
  const graph = new RelationGraph();
  const joe = DEMO_VIEWER_ID;
  const d = DEMO_PEOPLE;
  for (const id of Object.values(d)) graph.reserve(joe, id);

  // Joe's fixed relationships: one person per state.
  graph.connect(joe, d.connected, after([joe, d.connected]), true);
  graph.follow(joe, d.connected, after([joe, d.connected]), true);
  graph.follow(d.connected, joe, after([joe, d.connected]), true);
  // With a note, as a request from someone one has only just met often comes.
  graph.request(
    d.requestReceived,
    joe,
    after([joe, d.requestReceived], 3),
    true,
    'We met at the design meetup last week. Good to stay in touch!',
  );
  graph.request(joe, d.requestSent, after([joe, d.requestSent], 5), true);
  graph.follow(joe, d.following, after([joe, d.following]), true);
  graph.follow(d.followedBy, joe, after([joe, d.followedBy]), true);
  graph.block(joe, d.blocking, after([joe, d.blocking]), true);
  graph.block(d.blockedBy, joe, after([joe, d.blockedBy]), true);

  // Joe's wider network, scaled down for small worlds.
  const others = people.map((p) => p.id).filter((id) => id !== joe && !Object.values(d).includes(id as never));
  const scale = Math.min(1, others.length / 190);
  const pool = r.sample(others, others.length);
  let next = 0;
  const take = (n: number) => pool.slice(next, (next += Math.round(n * scale)));
  for (const id of take(30)) graph.connect(joe, id, after([joe, id]));
  const connected = pool.slice(0, next);
  for (const id of r.sample(connected, Math.round(8 * scale))) graph.follow(joe, id, after([joe, id]));
  for (const id of take(12)) graph.follow(joe, id, after([joe, id]));
  for (const id of take(20)) graph.follow(id, joe, after([joe, id]));
  for (const id of r.sample(connected, Math.round(10 * scale))) graph.follow(id, joe, after([joe, id]));
  for (const id of take(5)) graph.request(id, joe, after([joe, id], 20));
  for (const id of take(3)) graph.request(joe, id, after([joe, id], 20));
  for (const id of take(1)) graph.block(joe, id, after([joe, id]));

  // Everyone else: a loose small world (nobody else touches Joe, so his numbers stay as above).
  const everyone = people.map((p) => p.id).filter((id) => id !== joe);
  const randomOther = () => r.pick(everyone);
  for (const id of everyone) {
    for (let i = r.int(2, 7); i > 0; i--) {
      const other = randomOther();
      graph.connect(id, other, after([id, other]));
    }
    for (let i = r.int(0, 5); i > 0; i--) {
      const other = randomOther();
      graph.follow(id, other, after([id, other]));
    }
    if (r.chance(0.35)) {
      const other = randomOther();
      graph.request(id, other, after([id, other], 30));
    }
    if (r.chance(0.02)) {
      const other = randomOther();
      graph.block(id, other, after([id, other]));
    }
  }
  return graph;
}

function buildActivities(
  r: Random,
  people: PersonInput[],
  relations: SeedRelation[],
  languages: Map<string, keyof typeof POSTS>,
  joinedAt: Map<string, number>,
  now: number,
  postsPerPerson: number,
): Activity[] {
  const activities: Activity[] = [];
  const add = (activity: Omit<Activity, 'id'>) => activities.push({ id: `seed-activity-${activities.length + 1}`, ...activity });
  // Recent days are busier: the power pulls times towards now.
  const sometimeAfter = (start: number) => Math.floor(now - (now - start) * r.next() ** 1.6);

  for (const person of people) {
    const joined = joinedAt.get(person.id)!;
    add({ actorId: person.id, kind: 'joined', text: '', createdAt: joined });
    if (r.chance(0.5))
      add({ actorId: person.id, kind: 'profile-updated', text: r.pick(PROFILE_UPDATES), createdAt: sometimeAfter(joined) });
    const posts = r.int(0, postsPerPerson * 2);
    const language = languages.get(person.id) ?? 'en';
    for (let i = 0; i < posts; i++) {
      const createdAt = sometimeAfter(joined);
      if (r.chance(0.15)) {
        const link = r.pick(LINK_POSTS);
        add({
          actorId: person.id,
          kind: 'post',
          text: link.text,
          link: `https://${r.pick(['example.com', 'www.example.org', 'blog.example.net'])}/${link.path}`,
          createdAt,
        });
      } else {
        add({ actorId: person.id, kind: 'post', text: r.pick(r.chance(0.8) ? POSTS[language] : POSTS.en), createdAt });
      }
    }
  }
  // Most new connections are announced by one of the two.
  for (const relation of relations) {
    if (relation.type === 'connection' && r.chance(0.7)) {
      add({ actorId: relation.fromId, kind: 'connected', text: '', targetId: relation.toId, createdAt: relation.createdAt });
    }
  }
  return activities;
}
