/**
 * Every story inside `lang="ja"`, light and dark: axe (contrast AA included) passes once it has loaded, and
 * no English UI text is left.
 */
import { describeStories } from './story-suite.js';

describeStories('Japanese');
