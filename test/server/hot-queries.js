// The server's hot reads, as the requests a page makes, and a way to capture the SQL each one runs: the app is
// given a database that records every query (text and parameters) and passes it on. The EXPLAIN test plans the
// captured queries; the bench runs them again directly against the database beside the same request over HTTP.
import { VIEWERS } from './scale-world.js';

/** [label, viewer, path] for every hot read: people page, search, filters, each feed tab, counts, relationships, the latest import. */
export function hotReads() {
  const reads = [];
  for (const [who, viewer] of Object.entries(VIEWERS)) {
    const add = (label, path) => reads.push({ label: `${label} (${who} viewer)`, viewer, path });
    add('people, first page of 50', '/people?limit=50');
    add('search "ma", first page of 50', '/people?query=ma&limit=50');
    add('search "mary sm", first page of 50', '/people?query=mary%20sm&limit=50');
    for (const filter of ['connections', 'following', 'followers', 'blocked', 'incoming', 'outgoing'])
      add(`filter ${filter}, first page of 50`, `/people?filter=${filter}&limit=50`);
    add('feed, first page of 20', '/feed?limit=20');
    for (const tab of ['all', 'connections', 'following', 'me']) add(`feed tab ${tab}, first page of 20`, `/feed?tab=${tab}&limit=20`);
    add("one person's activities, first page of 20", '/feed?actorId=p000009&limit=20');
    add('requests incoming, first page', '/requests/incoming');
    add('requests outgoing, first page', '/requests/outgoing');
    add('counts', '/counts');
    add('relationship', '/relationships/p000509');
    add('mutual connections', '/people/p000509/mutual');
    add('viewer', '/viewer');
    add('latest contact import', '/contact-imports/latest');
  }
  return reads;
}

/** `db` with every query made through it (in or out of a transaction) appended to `log` as { text, params }. */
export function recording(db, log) {
  const wrap = (q) => ({
    query: (text, params = []) => {
      log.push({ text, params });
      return q.query(text, params);
    },
  });
  return {
    ...db,
    query: wrap(db).query,
    transaction: (body, schema) => db.transaction((tx) => body(wrap(tx)), schema),
  };
}
