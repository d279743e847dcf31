// A large world generated inside PostgreSQL (generate_series), for the EXPLAIN test and the server bench: loading
// it row by row through the import takes minutes, these statements take seconds. The shape follows the adapter
// bench's world: a dense viewer p000000 (follows 500, connected to 500, 300 followers, 20 blocks, 50 requests each
// way, 20,000 feed rows) among people who each follow 5, are connected to 4 and block 1, with one pending request
// out and in, plus activities spread over everyone and one feed row per activity. Triggers that derive rows are
// switched off while loading (the rows are written already consistent: connections mirrored, feed marks set).
// Names are few and repeated, so a search word matches thousands of people, the planner's hard case.

/** The issue's sizes: 100,000 people, 1,000,000 relations, 1,000,000 activities. */
export const SCALE = { people: 100_000, activities: 1_000_000 };

const GIVEN = ['Mary', 'Mark', 'Martha', 'Marco', 'Maria', 'Maja', 'John', 'Jane', 'Peter', 'Paula', 'Ahmed', 'Amina', 'Chen', 'Wei'];
const FAMILY = ['Smith', 'Major', 'Martin', 'Müller', 'García', 'Rossi', 'Nowak', 'Silva', 'Okafor', 'Patel', 'Nguyen', 'Kim'];
const START = 1_700_000_000_000;

/** The viewer ids the bench and the test read as: dense, and an ordinary person. */
export const VIEWERS = { dense: 'p000000', ordinary: 'p012345' };

const sqlArray = (list) => `ARRAY[${list.map((s) => `'${s}'`).join(', ')}]`;

/** The statements, in order, for a migrated, empty schema (run them in one transaction on its search_path). */
export function scaleWorldStatements({ people = SCALE.people, activities = SCALE.activities } = {}) {
  const n = people;
  const pid = (expr) => `'p' || lpad((${expr})::text, 6, '0')`;
  return [
    'ALTER TABLE relations DISABLE TRIGGER USER',
    'ALTER TABLE feed DISABLE TRIGGER USER',
    `CREATE TEMP TABLE names ON COMMIT DROP AS
       SELECT i, ${pid('i')} AS id, g.given, f.family
         FROM generate_series(0, ${n - 1}) AS i,
              LATERAL (SELECT (${sqlArray(GIVEN)})[1 + i % ${GIVEN.length}] AS given) g,
              LATERAL (SELECT (${sqlArray(FAMILY)})[1 + (i / ${GIVEN.length}) % ${FAMILY.length}] AS family) f`,
    `INSERT INTO people (id, data, sort_key)
       SELECT id, jsonb_build_object('id', id, 'displayName', given || ' ' || family, 'givenName', given, 'familyName', family,
                'emails', jsonb_build_array(jsonb_build_object('type', 'work', 'value', id || '@example.com')),
                'phones', '[]'::jsonb, 'addresses', '[]'::jsonb, 'urls', '[]'::jsonb),
              convert_to(lower(given || ' ' || family), 'UTF8') || convert_to(id, 'UTF8')
         FROM names`,
    `INSERT INTO name_tokens (token, person_id)
       SELECT lower(given), id FROM names UNION SELECT lower(family), id FROM names`,
    // Every prefix of 1 to 6 characters of each token, with the person's sort key (what putPerson writes).
    `INSERT INTO name_prefixes (prefix, sort_key, person_id)
       SELECT DISTINCT left(t.token, k), p.sort_key, p.id
         FROM name_tokens t JOIN people p ON p.id = t.person_id COLLATE "C", generate_series(1, least(length(t.token), 6)) k`,
    // Everyone: follows i+3…i+7, connected both ways with i±1 and i±2, blocks i+33,333 (1,000,000 rows).
    `INSERT INTO relations (from_id, type, to_id, created_at)
       SELECT ${pid('i')}, 'follow', ${pid(`(i + k) % ${n}`)}, ${START} + i FROM generate_series(0, ${n - 1}) i, generate_series(3, 7) k
       UNION ALL
       SELECT ${pid('i')}, 'connection', ${pid(`(i + k) % ${n}`)}, ${START} + i FROM generate_series(0, ${n - 1}) i, generate_series(1, 2) k
       UNION ALL
       SELECT ${pid(`(i + k) % ${n}`)}, 'connection', ${pid('i')}, ${START} + i FROM generate_series(0, ${n - 1}) i, generate_series(1, 2) k
       UNION ALL
       SELECT ${pid('i')}, 'block', ${pid(`(i + 33333) % ${n}`)}, ${START} + i FROM generate_series(0, ${n - 1}) i`,
    // The dense viewer.
    `INSERT INTO relations (from_id, type, to_id, created_at)
       SELECT 'p000000', 'follow', ${pid('i')}, ${START} FROM generate_series(8, 507) i
       UNION ALL SELECT 'p000000', 'connection', ${pid('i')}, ${START} FROM generate_series(508, 1007) i
       UNION ALL SELECT ${pid('i')}, 'connection', 'p000000', ${START} FROM generate_series(508, 1007) i
       UNION ALL SELECT ${pid('i')}, 'follow', 'p000000', ${START} FROM generate_series(20001, 20300) i
       UNION ALL SELECT 'p000000', 'block', ${pid('i')}, ${START} FROM generate_series(30001, 30020) i`,
    `INSERT INTO requests (id, from_id, to_id, status, created_at, responded_at)
       SELECT 'r' || i, ${pid('i')}, ${pid(`(i + 1000) % ${n}`)}, 'pending', ${START} + i, NULL FROM generate_series(0, ${n - 1}) i
       UNION ALL
       SELECT 'h' || i, ${pid('i')}, ${pid(`(i + 2000) % ${n}`)}, 'accepted', ${START} + i, ${START} + i + 1 FROM generate_series(0, ${n - 1}) i
       UNION ALL SELECT 'ri' || i, ${pid('i')}, 'p000000', 'pending', ${START} + i, NULL FROM generate_series(40001, 40050) i
       UNION ALL SELECT 'ro' || i, 'p000000', ${pid('i')}, 'pending', ${START} + i, NULL FROM generate_series(50001, 50050) i`,
    // Every tenth activity announces a connection (it has a target, which the feed checks against blocks).
    `INSERT INTO activities (id, actor_id, data, created_at)
       SELECT 'a' || lpad(j::text, 7, '0'), ${pid(`j % ${n}`)},
              jsonb_build_object('id', 'a' || lpad(j::text, 7, '0'), 'actorId', ${pid(`j % ${n}`)}, 'kind', CASE WHEN j % 10 = 0 THEN 'connection' ELSE 'post' END,
                'text', 'Post number ' || j, 'createdAt', ${START} + j * 1000)
              || CASE WHEN j % 10 = 0 THEN jsonb_build_object('targetId', ${pid(`(j + 1) % ${n}`)}) ELSE '{}'::jsonb END,
              ${START} + j * 1000
         FROM generate_series(0, ${activities - 1}) j`,
    // One feed row per activity, owned by one of its actor's connections (i-1) or followers (i-4); odd people get both kinds,; the dense
    // viewer's 20,000 rows on top, a third of them from connections and a third from people followed.
    `INSERT INTO feed (owner_id, activity_id, actor_id, created_at, data, via_connection, via_follow)
       SELECT ${pid(`(a.j + ${n} - CASE WHEN a.j % 2 = 0 THEN 1 ELSE 4 END) % ${n}`)}, a.id, a.actor_id, a.created_at, a.data, a.j % 2 = 0, a.j % 2 = 1
         FROM (SELECT id, actor_id, created_at, data, substr(id, 2)::int AS j FROM activities) a
       UNION ALL
       SELECT 'p000000', a.id, a.actor_id, a.created_at, a.data, a.j % 3 = 0, a.j % 3 = 1
         FROM (SELECT id, actor_id, created_at, data, substr(id, 2)::int AS j FROM activities) a
        WHERE a.j % ${Math.max(1, Math.floor(activities / 20_000))} = 0`,
    // Three finished contact imports per person (migration 010), so the latest-import read has rows to skip.
    `INSERT INTO contact_imports (owner_id, id, state, source, total, done, merges, started_at)
       SELECT ${pid('i')}, 'import-' || i || '-' || k, 'done', 'phone.vcf', 10, 10, 1, ${START} + i * 10 + k
         FROM generate_series(0, ${n - 1}) i, generate_series(1, 3) k`,
    'ALTER TABLE relations ENABLE TRIGGER USER',
    'ALTER TABLE feed ENABLE TRIGGER USER',
  ];
}

const TABLES = ['people', 'name_tokens', 'name_prefixes', 'relations', 'requests', 'activities', 'feed', 'contact_imports'];

/**
 * Drops the tables' keys, foreign keys (also those pointing into them) and indexes (whatever the migrations made),
 * runs `load`, then recreates them from their own definitions: building an index once over loaded rows is many times
 * faster than maintaining it per row, and a foreign key added afterwards is checked with one join.
 */
async function withoutIndexes(tx, schema, load) {
  const tables = `ARRAY[${TABLES.map((t) => `'${t}'`).join(', ')}]`;
  const constraints = await tx.query(
    `SELECT c.conname AS name, t.relname AS table, c.contype AS type, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND c.contype IN ('p', 'u', 'f')
        AND (t.relname = ANY (${tables})
          -- and the foreign keys of other tables that point into them (mutes, private notes), which a key depends on
          OR (c.contype = 'f' AND c.confrelid IN (SELECT oid FROM pg_class WHERE relnamespace = n.oid AND relname = ANY (${tables}))))
      ORDER BY c.contype = 'f' DESC`,
    [schema],
  );
  const indexes = await tx.query(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = $1 AND tablename = ANY (${tables})
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = $1::regnamespace)`,
    [schema],
  );
  for (const c of constraints) await tx.query(`ALTER TABLE "${c.table}" DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await tx.query(`DROP INDEX "${i.name}"`);
  await load();
  await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const c of [...constraints].reverse()) await tx.query(`ALTER TABLE "${c.table}" ADD CONSTRAINT "${c.name}" ${c.def}`);
  for (const i of indexes) await tx.query(i.def);
}

/** Generates the world into the migrated `schema` and analyzes it; resolves with the row counts. */
export async function loadScaleWorld(db, schema, sizes) {
  await db.transaction(
    (tx) =>
      withoutIndexes(tx, schema, async () => {
        for (const statement of scaleWorldStatements(sizes)) await tx.query(statement);
      }),
    schema,
  );
  // VACUUM as autovacuum would after a load: it sets the visibility map, so index-only scans skip the heap.
  for (const table of TABLES) await db.query(`VACUUM (ANALYZE) "${schema}".${table}`);
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM "${schema}".people)::int AS people, (SELECT count(*) FROM "${schema}".relations)::int AS relations,
            (SELECT count(*) FROM "${schema}".activities)::int AS activities, (SELECT count(*) FROM "${schema}".feed)::int AS feed`,
  );
  return counts;
}

export { START as SCALE_START };
