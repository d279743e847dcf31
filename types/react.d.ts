// Registers the elements with React's JSX (React 18.3+ and 19 types): list `contacts-center/react` in
// compilerOptions.types, or write `import type {} from 'contacts-center/react';` once (types only: a plain import
// has nothing to load at run time).
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
