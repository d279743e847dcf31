import { createContext } from '@lit/context';
import type { ContactsBackend } from './backend.js';

/**
 * The context through which elements find their backend. Provide it from any ancestor
 * (e.g. with `ContextProvider` from `@lit/context`), or set each element's `backend` property.
 */
export const backendContext = createContext<ContactsBackend | undefined>(Symbol.for('contacts-center.backend'));
