import { expect } from '@open-wc/testing';
import type { WorldData } from '../../src/backend/indexeddb/index.js';
import { NO_RELATIONSHIP, type Relationship } from '../../src/model/relationship.js';
import { DEMO_PEOPLE, DEMO_VIEWER_ID, generateWorld, type SeedWorld } from '../../demo/seed/world.js';
import { createWorld, type TestWorld } from '../helpers/world.js';

const NOW = Date.UTC(2026, 10, 25, 12);

/** The seed's output is what importWorld takes (a compile-time check as much as a runtime one). */
const asWorldData = (world: SeedWorld): WorldData => world;

const rel = (facts: Partial<Relationship>): Relationship => ({ ...NO_RELATIONSHIP, ...facts });

describe('demo seed: generateWorld', () => {
  it('is deterministic: the same options give the same world, another seed another one', () => {
    const a = JSON.stringify(generateWorld({ now: NOW }));
    expect(JSON.stringify(generateWorld({ now: NOW }))).to.equal(a);
    expect(JSON.stringify(generateWorld({ now: NOW, seed: 7 }))).not.to.equal(a);
  });

  it('makes about 200 people with unique ids, the named ones included', () => {
    const { people } = generateWorld({ now: NOW });
    expect(people).to.have.length(200);
    expect(new Set(people.map((p) => p.id)).size).to.equal(200);
    const byId = new Map(people.map((p) => [p.id, p]));
    expect(byId.get('joe-bloggs')?.displayName).to.equal('Joe Bloggs');
    expect(byId.get('richard-roe')?.displayName).to.equal('Richard Roe');
    expect(byId.get('john-doe')?.displayName).to.equal('John Doe');
    const jane = byId.get('jane-doe')!;
    expect(jane.displayName).to.equal('Jane Doe');
    // "Full contact details": every kind of field is filled.
    expect(jane.emails!.map((e) => e.type)).to.have.members(['work', 'home', 'other']);
    expect(jane.phones!.length).to.be.at.least(3);
    expect(jane.addresses!.length).to.equal(2);
    expect(jane.urls!.length).to.equal(2);
    for (const field of [
      'givenName',
      'familyName',
      'additionalNames',
      'jobTitle',
      'organization',
      'birthday',
      'note',
      'avatarUrl',
    ] as const) {
      expect(jane[field], field).to.be.a('string').and.not.empty;
    }
  });

  it('covers many scripts, with kana readings for Japanese names', () => {
    const { people } = generateWorld({ now: NOW });
    const names = people.map((p) => p.displayName).join(' ');
    for (const [script, pattern] of [
      ['Han', /\p{Script=Han}/u],
      ['Hangul', /\p{Script=Hangul}/u],
      ['Arabic', /\p{Script=Arabic}/u],
      ['Cyrillic', /\p{Script=Cyrillic}/u],
      ['accented Latin', /[À-ɏ]/u],
    ] as const) {
      expect(pattern.test(names), script).to.be.true;
    }
    const japanese = people.filter((p) => p.phoneticName && /\p{Script=Hiragana}/u.test(p.phoneticName));
    expect(japanese.length).to.be.greaterThan(5);
    expect(people.find((p) => p.id === 'yamada-taro')?.phoneticName).to.equal('やまだ たろう');
  });

  it('draws avatars locally as inline SVG that the browser can decode', async () => {
    const { people } = generateWorld({ now: NOW });
    const avatars = people.map((p) => p.avatarUrl).filter((url): url is string => Boolean(url));
    expect(avatars.length).to.be.within(40, 160);
    for (const url of avatars) expect(url).to.match(/^data:image\/svg\+xml;charset=utf-8,/);
    const image = new Image();
    image.src = avatars[0]!;
    await image.decode();
    expect(image.naturalWidth).to.be.greaterThan(0);
  });

  it('makes a few thousand activities of every kind over the last months, never after now', () => {
    const { activities, people } = generateWorld({ now: NOW });
    expect(activities.length).to.be.within(2000, 6000);
    const kinds = new Set(activities.map((a) => a.kind));
    expect([...kinds]).to.have.members(['post', 'joined', 'profile-updated', 'connected']);
    const ids = new Set(people.map((p) => p.id));
    for (const a of activities) {
      expect(a.createdAt).to.be.at.most(NOW);
      expect(ids.has(a.actorId)).to.be.true;
      if (a.link) expect(a.link).to.match(/^https:\/\//);
    }
    const oldest = Math.min(...activities.map((a) => a.createdAt));
    expect(NOW - oldest).to.be.greaterThan(60 * 86_400_000);
    expect(activities.filter((a) => a.link).length).to.be.greaterThan(50);
  });

  it('scales: 10,000 people with unique ids', () => {
    const world = generateWorld({ now: NOW, people: 10_000, activities: false });
    expect(world.people).to.have.length(10_000);
    expect(world.activities).to.have.length(0);
    expect(new Set(world.people.map((p) => p.id)).size).to.equal(10_000);
  });
});

describe('demo seed: imported into IndexedDB', () => {
  let world: TestWorld;
  const seed = generateWorld({ now: NOW });

  before(async function () {
    // About 3,000 activities fan out to some 38,000 feed rows: seconds, more on a busy machine.
    this.timeout(180_000);
    world = await createWorld(asWorldData(seed));
  });
  after(async () => {
    await world?.cleanup();
  });

  it('gives Joe Bloggs, the default viewer, one person in each relationship state', async () => {
    const joe = world.backendFor(DEMO_VIEWER_ID);
    expect((await joe.getViewer()).displayName).to.equal('Joe Bloggs');
    const expected: Record<Exclude<keyof typeof DEMO_PEOPLE, 'viewer'>, Relationship> = {
      connected: rel({ connected: true, following: true, followedBy: true }),
      unrelated: rel({}),
      // The demo's received request comes with a note, which both sides' relationship carries.
      requestReceived: {
        ...rel({ requestReceived: true }),
        requestNote: seed.requests.find((r) => r.fromId === DEMO_PEOPLE.requestReceived && r.toId === DEMO_VIEWER_ID)!.note!,
      },
      requestSent: rel({ requestSent: true }),
      following: rel({ following: true }),
      followedBy: rel({ followedBy: true }),
      blocking: rel({ blocking: true }),
      blockedBy: rel({ blockedBy: true }),
    };
    for (const [state, relationship] of Object.entries(expected)) {
      const id = DEMO_PEOPLE[state as keyof typeof expected];
      expect(await joe.getRelationship(id), `${state} (${id})`).to.deep.equal(relationship);
    }
  });

  it('stores Joe’s numbers as the seed made them', async () => {
    const joe = world.backendFor(DEMO_VIEWER_ID);
    const touches = (type: string, from?: string, to?: string) =>
      seed.relations.filter((r) => r.type === type && (from === undefined || r.fromId === from) && (to === undefined || r.toId === to))
        .length;
    const counts = await joe.getCounts();
    expect(counts).to.deep.equal({
      connections: touches('connection', DEMO_VIEWER_ID) + touches('connection', undefined, DEMO_VIEWER_ID),
      following: touches('follow', DEMO_VIEWER_ID),
      followers: touches('follow', undefined, DEMO_VIEWER_ID),
      incoming: seed.requests.filter((r) => r.toId === DEMO_VIEWER_ID).length,
      outgoing: seed.requests.filter((r) => r.fromId === DEMO_VIEWER_ID).length,
      blocked: touches('block', DEMO_VIEWER_ID),
      muted: 0,
    });
    expect(counts.connections).to.be.at.least(20);
    expect(counts.incoming).to.be.at.least(3);
    const incoming = await joe.listRequests('incoming');
    expect(incoming.items.map((e) => e.person.id)).to.include('john-doe');
  });

  it('sees the relations from the other side too', async () => {
    const jane = world.backendFor('jane-doe');
    expect((await jane.getRelationship(DEMO_VIEWER_ID)).connected).to.be.true;
    const richard = world.backendFor('richard-roe');
    expect(await richard.getRelationship(DEMO_VIEWER_ID)).to.deep.equal(rel({}));
    const john = world.backendFor('john-doe');
    expect((await john.getRelationship(DEMO_VIEWER_ID)).requestSent).to.be.true;
  });

  it('finds people by name in any script, and by kana reading', async () => {
    const joe = world.backendFor(DEMO_VIEWER_ID);
    const ids = async (query: string) => (await joe.searchPeople({ query, limit: 200 })).items.map((e) => e.person.id);
    expect(await ids('doe')).to.include.members(['jane-doe', 'john-doe']);
    expect(await ids('やまだ')).to.include('yamada-taro');
    expect(await ids('山田')).to.include('yamada-taro');
  });

  it('fills Joe’s feed, newest first, without people in a block with him', async () => {
    const joe = world.backendFor(DEMO_VIEWER_ID);
    const page = await joe.getFeed({ limit: 50 });
    expect(page.items).to.have.length(50);
    expect(page.next).to.be.a('string');
    const times = page.items.map((e) => e.activity.createdAt);
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
    for (const entry of page.items) expect([DEMO_PEOPLE.blocking, DEMO_PEOPLE.blockedBy]).not.to.include(entry.actor.id);
  });
});
