/**
 * The page's backend provider. Imported before the elements are defined, so that when they connect and
 * ask for a backend, the provider is already listening on the app root.
 */
import { ContextProvider } from '@lit/context';
import type { ContactsBackend } from '../src/backend/backend.js';
import { backendContext } from '../src/backend/context.js';

const root = document.getElementById('app');
if (!root) throw new Error('The demo page needs an element with id="app".');

/** Every element inside #app gets its backend from here; `setValue` re-points them all. */
export const provider = new ContextProvider(root, { context: backendContext, initialValue: undefined as ContactsBackend | undefined });
