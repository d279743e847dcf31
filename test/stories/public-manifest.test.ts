/** Storybook's Docs read the manifest through publicManifest (.storybook/preview.ts): the public API, every property. */
import { expect } from '@open-wc/testing';
import { publicManifest } from '../../.storybook/public-manifest.js';

interface Declaration {
  tagName?: string;
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
}
const declarations = (m: object) =>
  ((m as { modules: { declarations?: Declaration[] }[] }).modules ?? []).flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

describe('Storybook Docs manifest', () => {
  let manifest: object;
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as object;
  });

  it('lists no private, protected or static member, and keeps every public one', () => {
    const before = declarations(manifest);
    const after = declarations(publicManifest(manifest));
    expect(after.map((d) => d.tagName)).to.deep.equal(before.map((d) => d.tagName));
    for (const [i, declaration] of after.entries()) {
      const hidden = (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static);
      expect(hidden, declaration.tagName).to.deep.equal([]);
      const isPublic = (m: { privacy?: string; static?: boolean; name: string }) => !m.privacy || m.privacy === 'public';
      const publicBefore = (before[i]!.members ?? []).filter((m) => isPublic(m) && !m.static && !m.name.startsWith('#'));
      expect(declaration.members, declaration.tagName).to.deep.equal(publicBefore);
    }
  });

  it('keeps the filter property beside the filter part', () => {
    const center = declarations(publicManifest(manifest)).find((d) => d.tagName === 'contacts-center')!;
    expect(center.members?.map((m) => m.name)).to.include('filter');
    const parts = center.cssParts?.map((p) => p.name) ?? [];
    expect(parts).to.include('::part(filter)');
    expect(parts).not.to.include('filter');
  });
});
