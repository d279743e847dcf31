/**
 * The in-memory adapter for contacts-center: the smallest complete `ContactsBackend`, for tests, stories,
 * demos, and as the example to read before writing an adapter of your own.
 *
 * ```ts
 * import { MemoryWorld } from 'contacts-center/memory.js';
 * const world = new MemoryWorld({ people: [...], relations: [...] });
 * const backend = world.backendFor('me');
 * ```
 * @module
 */
export { MemoryWorld } from './world.js';
export { MemoryBackend } from './backend.js';
export type { WorldData, WorldRelation, WorldRequest } from '../world.js';
