export type * from './backend.js';
export { backendContext } from './context.js';
export * from '../model/index.js';
