// The drop-in bundle: the whole library, lit included, for a plain <script type="module">.
export * from './index.js';
