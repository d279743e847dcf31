export * from './model/index.js';
export type * from './backend/backend.js';
export { backendContext } from './backend/context.js';
