/**
 * The manifest as Storybook's Docs tables and controls should read it. Its argTypes are keyed by name across
 * members, attributes, events and CSS parts, in that order, and it lists every member, so: private, protected
 * and static members are left out (they are no API), and CSS parts are named `::part(name)`, or the `filter` part
 * would replace the `filter` property.
 */
interface Declaration {
  tagName?: string;
  members?: { name: string; privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export function publicManifest<T extends object>(manifest: T): T {
  const copy = structuredClone(manifest) as Manifest;
  for (const declaration of (copy.modules ?? []).flatMap((mod) => mod.declarations ?? [])) {
    if (!declaration.tagName) continue;
    declaration.members = declaration.members?.filter(
      (member) => !member.static && !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
    );
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
  return copy as T;
}
