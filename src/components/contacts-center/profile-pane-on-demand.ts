/**
 * The profile pane of <contacts-center> as the element holds it: the pane (the profile's view, actions, private
 * note, contact link and recent activity) loads the first time a profile opens, not with the page; meanwhile the
 * pane shows a loading state, and an error with Retry if the load failed. Same API as `ProfilePane`.
 */
import { msg } from '@lit/localize';
import { html, type LitElement, type TemplateResult } from 'lit';
import type { Relationship } from '../../model/relationship.js';
import { OnDemandPart } from '../../lazy/on-demand.js';
import type { ProfilePane, ProfilePaneOptions } from './profile-pane.js';

export class ProfilePaneOnDemand {
  readonly #part: OnDemandPart<ProfilePane>;
  /** What was asked of the pane before it loaded, replayed once it has. */
  #id: string | undefined;
  #focusHeading = false;

  constructor(host: LitElement, options: ProfilePaneOptions) {
    this.#part = new OnDemandPart(host, async () => {
      const pane = new (await import('./profile-pane.js')).ProfilePane(host, options);
      if (this.#id !== undefined) pane.load(this.#id, false);
      pane.focusHeading(this.#focusHeading);
      return pane;
    });
  }

  /** The id of the profile shown (or being loaded), if any. */
  get id(): string | undefined {
    return this.#part.value ? this.#part.value.id : this.#id;
  }

  focusHeading(focus = true): void {
    this.#focusHeading = focus;
    this.#part.value?.focusHeading(focus);
  }

  clear(): void {
    this.#id = undefined;
    this.#part.value?.clear();
  }

  load(id: string, quiet: boolean): void {
    this.#id = id;
    if (this.#part.value) this.#part.value.load(id, quiet);
    else void this.#part.load().catch(() => {});
  }

  patchRelationship(personId: string, relationship: Relationship): void {
    this.#part.value?.patchRelationship(personId, relationship);
  }

  render(): TemplateResult {
    if (!this.#part.value && this.#id === undefined) {
      return html`<p class="placeholder" part="placeholder">${msg('Choose a person to see their profile.')}</p>`;
    }
    return this.#part.render((pane) => pane.render());
  }
}
