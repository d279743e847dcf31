/**
 * Cold start (issue 21): what `<contacts-center>` asks of an adapter it has just made — the viewer, the counts and
 * the first page of everyone — beside the raw reads of the same rows on a connection opened for them. Both sides
 * open and close their own connection each time, so the database's opening is in both.
 */
import { openDB } from 'idb';
import { IndexedDBBackend } from '../src/backend/indexeddb/index.js';

/** A new adapter's viewer + counts + first page of 50, then closed. */
export async function coldStart(databaseName: string, viewerId: string): Promise<unknown> {
  const backend = new IndexedDBBackend({ databaseName, viewerId });
  try {
    return await Promise.all([backend.getViewer(), backend.getCounts(), backend.searchPeople({ limit: 50 })]);
  } finally {
    backend.close();
  }
}

/** The same rows read raw: the viewer, the viewer's relation, mute and request counts, the first 50 in name order. */
export async function rawColdStart(databaseName: string, viewerId: string): Promise<unknown> {
  const db = await openDB(databaseName);
  try {
    const tx = db.transaction(['people', 'relations', 'requests', 'mutes']);
    const range = (type: string) => IDBKeyRange.bound([viewerId, type], [viewerId, type, []]);
    const relations = tx.objectStore('relations');
    return await Promise.all([
      tx.objectStore('people').get(viewerId),
      ...['connection', 'follow', 'block'].map((type) => relations.count(range(type))),
      tx.objectStore('mutes').count(IDBKeyRange.bound([viewerId], [viewerId, []])),
      relations.index('byTarget').count(range('follow')),
      tx.objectStore('requests').index('inbox').count(range('pending')),
      tx.objectStore('requests').index('outbox').count(range('pending')),
      tx.objectStore('people').index('bySort').getAll(undefined, 50),
    ]);
  } finally {
    db.close();
  }
}
