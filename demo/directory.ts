import type { PersonInput } from '../src/model/person.js';
import { generateWorld } from './seed.js';

/**
 * Everyone the demo can act as, in name order. Taken from the seed rather than from an adapter: an adapter
 * sees the world as one viewer (its `all` list leaves out people in a block with the viewer), while
 * "Viewing as" must offer every person of the demo world.
 */
export function demoPeople(): PersonInput[] {
  const { people } = generateWorld({ now: 0, activities: false });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return people.sort((a, b) => collator.compare(a.displayName, b.displayName));
}
