/**
 * Name order in the IndexedDB adapter against `Intl.Collator`, in English and Japanese, listing everyone in one
 * page and in several small ones, and search by the folded forms of the same names.
 *
 * A person sorts by their reading (`phoneticName`) when they have one, else by their display name, trimmed
 * (`sortTextOf`). Where 'en' and 'ja' order names differently, the adapter keeps one order (README,
 * "Localization"); the last tests pin each of those choices.
 */
import { expect } from '@open-wc/testing';
import type { ContactsBackend } from '../../src/backend/backend.js';
import { collationKey } from '../../src/backend/collation.js';
import { sortTextOf } from '../../src/backend/search-text.js';
import type { PersonInput } from '../../src/model/person.js';
import { createWorld, person } from '../helpers/world.js';

type World = Awaited<ReturnType<typeof createWorld>>;

/** Latin names: case, accents, letters NFKD keeps whole, punctuation and spaces, digits. */
const LATIN: PersonInput[] = [
  person('anna-lee', 'Anna Lee'),
  person('anna-lee-lower', 'anna lee'),
  person('ann-smith', 'Ann Smith'),
  person('emile', 'Émile Zola'),
  person('emil', 'Emil Nolde'),
  person('zoe-umlaut', 'Zoë Adams'),
  person('zoe', 'Zoe Baker'),
  person('muller', 'Muller Hans'),
  person('mueller', 'Mueller Jan'),
  person('mueller-umlaut', 'Müller Eva'),
  person('asa', 'Åsa Berg'),
  person('asa-plain', 'Asa Lind'),
  person('oystein', 'Øystein Berg'),
  person('orla', 'Orla Kelly'),
  person('ostlund', 'Östlund Ruben'),
  person('aegir', 'Ægir Berg'),
  person('aeron', 'Aeron Smith'),
  person('adam', 'Adam Ant'),
  person('oeuvre', 'Œlund Marie'),
  person('oelund', 'Oelund Per'),
  person('strasser', 'Straßer Tom'),
  person('strasse', 'Strasse Tim'),
  person('strath', 'Strath Ian'),
  person('lukasz', 'Łukasz Nowak'),
  person('lukas', 'Lukas Meyer'),
  person('luz', 'Luz Maria'),
  person('dorde', 'Đorđe Petrović'),
  person('dorothy', 'Dorothy Gale'),
  person('dottir', 'Ðóra Dóttir'),
  person('thora', 'Þóra Jónsdóttir'),
  person('zygmunt', 'Zygmunt Bauman'),
  person('obrien', "O'Brien Pat"),
  person('oneil', 'O’Neil Shaq'),
  person('obama', 'Obama Barack'),
  person('oakley', 'Oakley Annie'),
  person('delacruz', 'de la Cruz Juan'),
  person('delahoya', 'De La Hoya Oscar'),
  person('dean', 'Dean James'),
  person('delacroix', 'Delacroix Eugène'),
  person('jean-luc', 'Jean-Luc Picard'),
  person('jeanne', 'Jeanne Moreau'),
  person('hooft', "'t Hooft Gerard"),
  person('spaces', '   Zed Spaces   '),
  person('tupac', '2Pac Shakur'),
  person('fifty', '50 Cent'),
  person('tencc', '10cc Band'),
  person('ilhan', 'Ilhan Omar'),
  person('ismail', 'İsmail Kaya'),
];

/** Japanese names: kanji with a hiragana or katakana reading, kana names without one, a kanji name without one. */
const JAPANESE: PersonInput[] = [
  person('sato', '佐藤 花子', { phoneticName: 'さとう はなこ' }),
  person('saito', '斎藤 健', { phoneticName: 'サイトウ ケン' }),
  person('saito-hira', '齋藤 健', { phoneticName: 'さいとう けん' }),
  person('yamada', '山田 太郎', { phoneticName: 'やまだ たろう' }),
  person('yamamoto', '山本一郎', { phoneticName: 'やまもと いちろう' }),
  person('kobayashi', '小林 大輔', { phoneticName: 'こばやし だいすけ' }),
  person('gotou', '後藤 真希', { phoneticName: 'ごとう まき' }),
  person('kondou', '近藤 勇', { phoneticName: 'こんどう いさみ' }),
  person('hattori', '服部 半蔵', { phoneticName: 'はっとり はんぞう' }),
  person('hatta', '八田 與一', { phoneticName: 'はった よいち' }),
  person('baba', '馬場 ゆき', { phoneticName: 'ばば ゆき' }),
  person('papa', 'パパ ジョン'),
  person('haha', 'はは'),
  person('kyouko', '今日子', { phoneticName: 'きょうこ' }),
  person('kiyoko', '清子', { phoneticName: 'きよこ' }),
  person('suzuki', 'スズキ イチロー'),
  person('tokyo', '東京 一'),
];

/** Greek, Cyrillic and Korean names. */
const OTHER_SCRIPTS: PersonInput[] = [
  person('sokratis', 'Σωκράτης'),
  person('alexandros', 'Αλέξανδρος'),
  person('yuri', 'Юрий Гагарин'),
  person('anna-ru', 'Анна Каренина'),
  person('yozhik', 'Ёжик Туманов'),
  person('yizhak', 'Їжак Іван'),
  person('ivan', 'Иван Йовович'),
  person('minjun', '김민준'),
  person('seoyeon', '이서연'),
  person('jihun', '박지훈'),
];

const VIEWER = person('me', 'Viewer');

/**
 * The apostrophe variants ‘ ’ ‚: in the CLDR root order the keys follow (that of Chromium's and Firefox's own ICU,
 * and of Node's ICU 78), they differ from ' at the tertiary level only. Older CLDR, as in Debian 12's system ICU 72
 * that WebKitGTK uses, gives each a primary weight of its own after ': there "’" sorts after "'z". The keys keep one
 * order in every engine (an index must not change order with the browser), so names with these characters are
 * compared with the collator only where it has that order, and pinned by a test of their own everywhere.
 */
const APOSTROPHE_VARIANTS = /[‘’‚]/;

/** Whether `collator` orders the apostrophe variants as the keys do. */
function apostrophesAsKeysDo(collator: Intl.Collator): boolean {
  return [...'‘’‚'].every((variant) => collator.compare(variant, "'a") < 0);
}

/** The collator's order of these people's sort texts. */
function collatorOrder(people: readonly PersonInput[], locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return people.map((p) => sortTextOf(p)).sort(collator.compare);
}

/** Whether two lists hold the same texts in an order the collator treats as the same (ties may swap). */
function sameOrder(actual: readonly string[], expected: readonly string[], locale: string): boolean {
  const collator = new Intl.Collator(locale);
  return actual.length === expected.length && actual.every((text, i) => collator.compare(text, expected[i]!) === 0);
}

/** Everyone the viewer sees, as sort texts, reading pages of `limit` until there is no next page. */
async function listAll(backend: ContactsBackend, limit: number): Promise<string[]> {
  const texts: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await backend.searchPeople({ limit, cursor });
    texts.push(...page.items.map((e) => sortTextOf(e.person)));
    cursor = page.next;
  } while (cursor);
  return texts;
}

async function withWorld(people: PersonInput[], run: (backend: ContactsBackend) => Promise<void>): Promise<void> {
  const world: World = await createWorld({ people: [VIEWER, ...people] });
  try {
    await run(world.backendFor('me'));
  } finally {
    await world.cleanup();
  }
}

describe('name order matches Intl.Collator', () => {
  for (const [label, people, locales] of [
    ['Latin names', LATIN, ['en', 'ja']],
    ['Japanese names', JAPANESE, ['en', 'ja']],
    ['Greek, Cyrillic and Korean names', OTHER_SCRIPTS, ['en', 'ja']],
    ['Latin, Greek, Cyrillic, Korean and Japanese names together', [...LATIN, ...OTHER_SCRIPTS, ...JAPANESE], ['en']],
    ['Latin and Japanese names together', [...LATIN, ...JAPANESE], ['ja']],
  ] as const) {
    for (const locale of locales) {
      it(`${label}: '${locale}' order, in one page and in pages of 4`, async () => {
        const expected = collatorOrder(people, locale);
        await withWorld([...people], async (backend) => {
          for (const limit of [100, 4]) {
            const actual = await listAll(backend, limit);
            expect(
              sameOrder(actual, expected, locale),
              `limit ${limit}\nadapter:  ${actual.join(' | ')}\ncollator: ${expected.join(' | ')}`,
            ).to.be.true;
          }
        });
      });
    }
  }

  it('collation keys agree with the collator on pairs that differ only in case, accents or kana', () => {
    const pairs: [string, string][] = [
      ['anna', 'Anna'],
      ['Zoe', 'Zoë'],
      ['resume', 'résumé'],
      ['cote', 'côte'],
      ['ss', 'ß'],
      ['o', 'ø'],
      ['AE', 'Æ'],
      ["O'Brien", 'O’Brien'],
      ['はな', 'ばな'],
      ['ばな', 'ぱな'],
      ['きゃ', 'きや'],
      ['さいとう', 'サイトウ'],
      ['1', '１'],
    ];
    for (const [lower, higher] of pairs) {
      expect(new Intl.Collator('en').compare(lower, higher), `${lower} < ${higher} in en`).to.equal(-1);
      expect(collationKey(lower) < collationKey(higher), `key of ${lower} < key of ${higher}`).to.be.true;
    }
  });

  it('collation keys agree with the collator on thousands of generated names (en; ja for kana)', () => {
    let seed = 20261125;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const latin = [
      ...'abdeiosyzABDEIOSZ',
      'é',
      'É',
      'è',
      'ë',
      'ö',
      'Ö',
      'ü',
      'å',
      'ñ',
      'ç',
      'ø',
      'Ø',
      'æ',
      'Æ',
      'œ',
      'ß',
      'ł',
      'Ł',
      'đ',
      'ð',
      'þ',
      'ı',
      'İ',
      'ŋ',
      'ə',
      'ő',
      'ā',
      'ž',
      'č',
      'Ａ',
    ];
    const punctuation = [...' -.,\'’"!?()/&_@#:;', '・', '1', '2', '9', '１'];
    const otherScripts = [...'αβσςΣάωабгґеёєжиіїйјкуўяЁ가각간나김이'];
    const kana = [...'あいうかがきぎくしじすたちっつてなはばぱやゃゆょよらわんアイカガキャッツハバパヤャヨンー', 'ｶ', 'ｷﾞ', 'ｰ', 'ヴ'];
    const name = (pools: readonly (readonly string[])[]): string =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(pick(pools))).join('');
    // Characters that differ only in accents, case, kana kind or size: swapping them exercises the lower levels.
    const families = [
      'oOöÖøØóœ',
      'aAåÅāæÆ',
      'eEéÉèë',
      'sSßẞ',
      'lLłŁ',
      'dDđĐð',
      'iIİı',
      'uUü',
      'nNñ',
      'かカｶがガ',
      'はハばバぱパ',
      'やヤゃャ',
      'つツっッ',
      'うウーｰ',
    ].map((f) => [...f]);
    const sibling = (text: string): string =>
      [...text]
        .map((ch) => {
          const family = families.find((f) => f.includes(ch));
          return family && random() < 0.5 ? pick(family) : ch;
        })
        .join('');
    const sign = (n: number): number => Math.sign(n);
    const keyOrder = (a: string, b: string): number => (collationKey(a) < collationKey(b) ? -1 : collationKey(a) > collationKey(b) ? 1 : 0);
    const disagreements: string[] = [];
    for (const [locale, pools, tiesAllowed] of [
      ['en', [latin, punctuation], false],
      ['en', [latin, punctuation, otherScripts], false],
      ['ja', [kana, latin, punctuation], true],
    ] as const) {
      const collator = new Intl.Collator(locale);
      const comparable = apostrophesAsKeysDo(collator)
        ? () => true
        : (...texts: string[]) => !texts.some((t) => APOSTROPHE_VARIANTS.test(t));
      for (let i = 0; i < 3000; i++) {
        const shared = random() < 0.5 ? name(pools) : '';
        const a = shared + name(pools);
        const b = random() < 0.5 ? sibling(a) : shared + name(pools);
        const expected = sign(collator.compare(a, b));
        if (a === b || (tiesAllowed && expected === 0) || !comparable(a, b)) continue;
        if (keyOrder(a, b) !== expected) disagreements.push(`${locale}: ${a} vs ${b}`);
      }
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('collation keys order the apostrophe variants as apostrophes, whatever the engine’s own collator does', () => {
    const ascending = ['’', "'a", '‘b', "'t Hooft", '’t Hooft', '‚u', 'a'];
    for (let i = 1; i < ascending.length; i++) {
      const [lower, higher] = [ascending[i - 1]!, ascending[i]!];
      expect(collationKey(lower) < collationKey(higher), `key of ${lower} < key of ${higher}`).to.be.true;
    }
    // The order of the newer CLDR, where the engine has it.
    const en = new Intl.Collator('en');
    if (apostrophesAsKeysDo(en)) expect([...ascending].sort(en.compare)).to.deep.equal(ascending);
  });

  it('keeps keys short: only the first 100 characters of a name count', () => {
    const long = 'Ä'.repeat(1000);
    expect(collationKey(long)).to.equal(collationKey(long + 'b'));
    expect(collationKey(long).length).to.be.below(400);
    // An unaccented lower-case name needs nothing but its letters and the level ends.
    expect(collationKey('anna lee')).to.have.length('anna lee'.length + 3);
  });
});

describe('search finds names by their folded forms', () => {
  async function search(backend: ContactsBackend, query: string): Promise<string[]> {
    return (await backend.searchPeople({ query, limit: 50 })).items.map((e) => e.person.id);
  }

  it('letters NFKD keeps whole, accents, punctuation left out, kana of either kind', async () => {
    await withWorld([...LATIN, ...JAPANESE, ...OTHER_SCRIPTS], async (backend) => {
      expect(await search(backend, 'o')).to.include.members(['oystein', 'ostlund', 'orla', 'obrien', 'oneil', 'oeuvre']);
      expect(await search(backend, 'oy')).to.deep.equal(['oystein']);
      expect(await search(backend, 'strasse')).to.deep.equal(['strasse', 'strasser']);
      expect(await search(backend, 'STRASSER')).to.deep.equal(['strasser']);
      expect(await search(backend, 'lukasz')).to.deep.equal(['lukasz']);
      expect(await search(backend, 'dorde petrovic')).to.deep.equal(['dorde']);
      expect(await search(backend, 'thora')).to.deep.equal(['thora']);
      expect(await search(backend, 'aegir')).to.deep.equal(['aegir']);
      expect(await search(backend, 'oelund')).to.deep.equal(['oeuvre', 'oelund']);
      expect(await search(backend, 'obrien')).to.deep.equal(['obrien']);
      expect(await search(backend, "o'brien")).to.deep.equal(['obrien']);
      expect(await search(backend, 'o’neil')).to.deep.equal(['oneil']);
      expect(await search(backend, 'jeanluc')).to.deep.equal(['jean-luc']);
      expect(await search(backend, 'hooft')).to.deep.equal(['hooft']);
      expect(await search(backend, 'サトウ')).to.deep.equal(['sato']);
      expect(await search(backend, 'さいとう')).to.deep.equal(['saito-hira', 'saito']);
      expect(await search(backend, 'ｻｲﾄｳ')).to.deep.equal(['saito-hira', 'saito']);
      expect(await search(backend, 'いちろー')).to.deep.equal(['suzuki']);
      expect(await search(backend, 'ёжик')).to.deep.equal(['yozhik']);
      expect(await search(backend, 'ежик')).to.deep.equal(['yozhik']);
      expect(await search(backend, 'σωκρατης')).to.deep.equal(['sokratis']);
      expect(await search(backend, '민준')).to.deep.equal(['minjun']);
    });
  });

  it('returns matches in name order', async () => {
    await withWorld(LATIN, async (backend) => {
      const matches = (await backend.searchPeople({ query: 'o', limit: 50 })).items.map((e) => sortTextOf(e.person));
      const expected = [...matches].sort(new Intl.Collator('en').compare);
      expect(matches).to.deep.equal(expected);
    });
  });
});

describe('where English and Japanese collation disagree, the adapter keeps one order', () => {
  const en = new Intl.Collator('en');
  const ja = new Intl.Collator('ja');

  it('other scripts before Japanese, as in English (Japanese collation puts kana and kanji first)', async () => {
    const people = [
      person('alexandros', 'Αλέξανδρος'),
      person('yuri', 'Юрий'),
      person('minjun', '김민준'),
      person('sato', '佐藤', { phoneticName: 'さとう' }),
      person('tokyo', '東京'),
    ];
    await withWorld(people, async (backend) => {
      const actual = await listAll(backend, 2);
      expect(actual).to.deep.equal(['Αλέξανδρος', 'Юрий', '김민준', 'さとう', '東京']);
      expect(actual).to.deep.equal([...actual].sort(en.compare));
      expect([...actual].sort(ja.compare)).to.deep.equal(['さとう', '東京', 'Αλέξανδρος', 'Юрий', '김민준']);
    });
  });

  it('ー counts as the vowel it lengthens, as in Japanese (English sorts it before every letter)', async () => {
    const people = [
      person('jordan', 'ジョーダン'),
      person('joudan', '冗談', { phoneticName: 'じょうだん' }),
      person('joan', 'ジョアン'),
      person('jo', 'ジョ'),
    ];
    await withWorld(people, async (backend) => {
      const actual = await listAll(backend, 2);
      expect(actual).to.deep.equal(['ジョ', 'ジョアン', 'じょうだん', 'ジョーダン']);
      expect(actual).to.deep.equal([...actual].sort(ja.compare));
      expect([...actual].sort(en.compare)).to.deep.equal(['ジョ', 'ジョーダン', 'ジョアン', 'じょうだん']);
    });
  });

  it('kanji without a reading by code point, as in English (Japanese collation uses JIS order)', async () => {
    const people = [person('yama', '山口'), person('ai', '愛川')];
    await withWorld(people, async (backend) => {
      const actual = await listAll(backend, 1);
      expect(actual).to.deep.equal(['山口', '愛川']);
      expect([...actual].sort(en.compare)).to.deep.equal(['山口', '愛川']);
      expect([...actual].sort(ja.compare)).to.deep.equal(['愛川', '山口']);
    });
  });
});
