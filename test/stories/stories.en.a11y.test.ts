/** Every story in English, light and dark: axe (contrast AA included) passes once it has loaded. */
import { describeStories, describeStoriesFound } from './story-suite.js';

describeStoriesFound();
describeStories('English');
