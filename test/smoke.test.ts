import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { ContactsError, isContactsError } from '../src/model/errors.js';

describe('toolchain', () => {
  it('opens a real IndexedDB database in Chromium', async () => {
    const db = await openDB('smoke-test', 1, { upgrade: (d) => d.createObjectStore('kv') });
    await db.put('kv', 'value', 'key');
    expect(await db.get('kv', 'key')).to.equal('value');
    db.close();
  });

  it('gives ContactsError a stable code', () => {
    const error = new ContactsError('self', 'You cannot follow yourself.');
    expect(isContactsError(error, 'self')).to.be.true;
    expect(isContactsError(error, 'blocked')).to.be.false;
    expect(error).to.be.instanceOf(Error);
  });
});
