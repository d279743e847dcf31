export type * from './backend.js';
export type * from './world.js';
export * from './vocabulary.js';
export * from './page-sizes.js';
export { backendContext } from './context.js';
export { RelationshipChanges } from './relationship-changes.js';
export * from '../model/index.js';
