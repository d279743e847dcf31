// The drop-in bundle: everything, lit included, for a plain <script type="module">.
export * from './index.js';
