import { expect } from '@open-wc/testing';
import { useWorld } from '../../helpers/world.js';
import { act, captureDownloads, mount, openProfile, smallWorld } from './helpers.js';

// The test runner serves every source module as its own file, so the page's resource entries show which
// modules the element has loaded. This file must stay the only one in its page that touches vCards.
const VCARD_MODULE = /\/src\/vcard\//;

/** Whether the page has fetched any module of src/vcard/. */
function vCardModulesLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => VCARD_MODULE.test(entry.name));
}

describe('<contacts-center> vCard code on demand', () => {
  const world = useWorld(smallWorld);

  before(() => {
    // The default buffer (250 entries) could fill with the element's own modules and hide the later ones.
    performance.setResourceTimingBufferSize(10_000);
  });

  it('loads the vCard generator on the first download, and that first download saves the file', async () => {
    const capture = captureDownloads();
    try {
      const el = await mount(world.backendFor('me'));
      await openProfile(el, 'Richard Roe');
      expect(vCardModulesLoaded(), 'vCard modules loaded with the element').to.equal(false);

      await act(el, 'vCard', "Downloaded Richard Roe's vCard.");
      expect(vCardModulesLoaded(), 'vCard modules not loaded by the download').to.equal(true);
      const [file] = await capture.downloads();
      expect(file!.fileName).to.equal('Richard Roe.vcf');
      expect(file!.text).to.contain('BEGIN:VCARD').and.contain('VERSION:3.0').and.contain('FN:Richard Roe');
    } finally {
      capture.restore();
    }
  });
});
