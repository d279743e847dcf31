export * from './person.js';
export * from './relationship.js';
export * from './request.js';
export * from './activity.js';
export * from './errors.js';
