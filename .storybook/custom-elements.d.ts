// The generated manifest, imported as data by preview.ts (Vite parses JSON imports).
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
