/**
 * Each storage failure gets its own typed `reason` (no message parsing), its own words, and Retry only where
 * it can work: IndexedDB refused (`indexedDB.open` throwing SecurityError), a newer schema on disk, a database
 * deleted or upgraded in another tab, quota, and the rest.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBBackend, deleteWorld, importWorld } from '../../src/backend/indexeddb/index.js';
import { openDatabase } from '../../src/backend/indexeddb/connection.js';
import { toContactsError } from '../../src/backend/indexeddb/errors.js';
import { DB_VERSION, migrate } from '../../src/backend/indexeddb/schema.js';
import '../../src/components/activity-feed/activity-feed.js';
import { errorText } from '../../src/components/shared/error-text.js';
import { canRetry, ContactsError, isContactsError, STORAGE_FAILURES, type StorageFailure } from '../../src/model/errors.js';
import { part, settled } from '../components/activity-feed/dom.js';
import { memoryBackend, wrapBackend, rejection } from '../helpers/backend.js';
import { freshDatabaseNames, person } from '../helpers/world.js';

function reasonOf(error: unknown): StorageFailure | undefined {
  expect(isContactsError(error, 'storage'), String(error)).to.be.true;
  return (error as ContactsError).reason;
}

describe('storage failures', () => {
  const fresh = freshDatabaseNames('test-storage-failures');

  it('maps each IndexedDB failure to its reason', () => {
    const cases: [string, StorageFailure][] = [
      ['QuotaExceededError', 'quota'],
      ['VersionError', 'newer-schema'],
      ['SecurityError', 'unavailable'],
      ['InvalidStateError', 'lost'],
      ['AbortError', 'failed'],
      ['UnknownError', 'failed'],
    ];
    for (const [name, reason] of cases) expect(reasonOf(toContactsError(new DOMException('x', name))), name).to.equal(reason);
    // A quota failure that arrives only as the transaction's abort is still quota.
    expect(reasonOf(toContactsError(new DOMException('x', 'AbortError'), new DOMException('x', 'QuotaExceededError')))).to.equal('quota');
  });

  it('reports indexedDB.open throwing SecurityError as unavailable, not a raw SecurityError', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      expect(reasonOf(await rejection(openDatabase(fresh())))).to.equal('unavailable');
    } finally {
      indexedDB.open = open;
    }
  });

  it('reports a database written by a newer version as newer-schema', async () => {
    const name = fresh();
    (await openDB(name, DB_VERSION + 5)).close();
    expect(reasonOf(await rejection(openDatabase(name)))).to.equal('newer-schema');
  });

  it('reports a database deleted in another tab as version-change (reload)', async () => {
    const name = fresh();
    await importWorld(name, { people: [person('a', 'Ann')] });
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    await backend.getViewer();
    await deleteWorld(name);
    const error = await rejection(backend.getViewer());
    expect(reasonOf(error)).to.equal('version-change');
    expect(canRetry(error)).to.be.false;
    backend.close();
  });

  it('reports an upgrade held up by an old tab as blocked, with Retry, and opens once that tab is gone', async () => {
    const name = fresh();
    // An old page's connection at version 1 that never steps aside for an upgrade.
    const old = await openDB(name, 1, { upgrade: (db, oldVersion, _new, tx) => migrate(db as never, tx as never, oldVersion, 1) });
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'a', openTimeoutMs: 300 });
    const error = await rejection(backend.getViewer());
    expect(reasonOf(error)).to.equal('blocked');
    expect(canRetry(error)).to.be.true;
    old.close();
    // Retry works: the same adapter opens and upgrades now (an empty world has no viewer yet).
    const again = await rejection(backend.getViewer());
    expect(isContactsError(again, 'not-found'), String(again)).to.be.true;
    backend.close();
  });

  it('reports a database the browser discarded as lost, not as an empty world', async () => {
    const name = fresh();
    await importWorld(name, { people: [person('a', 'Ann')] });
    // What eviction under disk pressure does: the database is gone, nobody called deleteWorld.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    const error = await rejection(backend.getViewer());
    expect(reasonOf(error)).to.equal('lost');
    expect((error as Error).message).to.contain('discarded');
    expect(canRetry(error)).to.be.false;
    backend.close();
    // Once said, the next page starts again (an empty world), and a new import is kept as ever.
    await importWorld(name, { people: [person('a', 'Ann')] });
    const reader = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    expect((await reader.getViewer()).displayName).to.equal('Ann');
    reader.close();
    await deleteWorld(name);
  });

  it('treats a database deleted on purpose (deleteWorld) as never filled', async () => {
    const name = fresh();
    await importWorld(name, { people: [person('a', 'Ann')] });
    await deleteWorld(name);
    const backend = new IndexedDBBackend({ databaseName: name, viewerId: 'a' });
    const error = await rejection(backend.getViewer());
    expect(isContactsError(error, 'not-found'), String(error)).to.be.true;
    backend.close();
    await deleteWorld(name);
  });

  it('gives every reason its own words, and Retry only where it can work', () => {
    const texts = new Set(STORAGE_FAILURES.map((reason) => errorText(new ContactsError('storage', 'x', { reason }))));
    expect(texts.size).to.equal(STORAGE_FAILURES.length);
    const retryable = STORAGE_FAILURES.filter((reason) => canRetry(new ContactsError('storage', 'x', { reason })));
    expect(retryable).to.deep.equal(['blocked', 'quota', 'failed']);
    expect(canRetry(new ContactsError('not-found', 'x'))).to.be.true;
  });

  for (const [reason, retry] of [
    ['unavailable', false],
    ['quota', true],
  ] as const) {
    it(`<activity-feed> shows the ${reason} sentence ${retry ? 'with' : 'without'} "Try again"`, async () => {
      const backend = wrapBackend(memoryBackend({ people: [{ id: 'me', displayName: 'Me' }] }), {
        getFeed: () => Promise.reject(new ContactsError('storage', 'x', { reason })),
      });
      const el = await fixture(html`<activity-feed .backend=${backend}></activity-feed>`);
      await settled(el as never);
      await new Promise((r) => setTimeout(r, 50));
      expect(part(el as never, 'error')!.textContent).to.contain(errorText(new ContactsError('storage', 'x', { reason })));
      expect(part(el as never, 'retry') !== null).to.equal(retry);
    });
  }
});
