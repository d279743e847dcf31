// The drop-in bundle: the whole library, lit included, for a plain <script type="module">. What a page needs for
// its first paint loads with it; features used later load on first use from chunks beside it
// (scripts/bundle-chunks.ts), behind the same names and signatures as the modular build's.
export * from './index.js';
export { importWorld, deleteWorld } from './lazy/world-import.js';
