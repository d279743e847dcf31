// Registers the elements with React's JSX (React 18.3+ and 19 types): `import 'contacts-center/react';` once.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
