import type { PersonInput } from '../src/model/person.js';
import { generateWorld } from './seed/world.js';

/**
 * Everyone the demo can act as, in the order the lists use: by reading where there is one (so 山田 files under
 * や), else by name. Taken from the seed rather than from an adapter: an adapter
 * sees the world as one viewer (its `all` list leaves out people in a block with the viewer), while
 * "Viewing as" must offer every person of the demo world.
 */
export function demoPeople(): PersonInput[] {
  const { people } = generateWorld({ now: 0, activities: false });
  const collator = new Intl.Collator('en');
  const sortText = (person: PersonInput) => person.phoneticName ?? person.displayName;
  return people.sort((a, b) => collator.compare(sortText(a), sortText(b)));
}
