/**
 * The HTTP adapter for contacts-center: the ContactsBackend contract over the reference server (`server/`).
 *
 * ```ts
 * import { HttpBackend } from 'contacts-center/http.js';
 * const backend = new HttpBackend({ baseUrl: '/api', viewerId: 'me', token: () => session.token() });
 * ```
 * @module
 */
export { HttpBackend, type HttpBackendOptions } from './backend.js';
export { HttpFailure, type HttpFailureKind, type TokenSource } from './transport.js';
