import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ContactsBackend } from '../../backend/backend.js';
import { backendContext } from '../../backend/context.js';
import { IndexedDBBackend } from '../../backend/indexeddb/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'contacts-backend': ContactsBackendElement;
  }
}

/**
 * Gives every contacts-center element inside it its backend, so a page needs no script to wire them:
 * either the adapter set as the `backend` property, or the built-in IndexedDB adapter acting for `viewer-id`
 * on the database `database-name` (no server needed).
 *
 * ```html
 * <contacts-backend viewer-id="joe-bloggs">
 *   <contacts-center></contacts-center>
 *   <activity-feed></activity-feed>
 * </contacts-backend>
 * ```
 *
 * Load (define) it before the elements it wraps; the package's entry points do.
 *
 * @summary Provides a backend adapter to the elements inside it.
 * @slot - The elements that use the backend.
 */
@customElement('contacts-backend')
export class ContactsBackendElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The IndexedDB database the built-in adapter uses. */
  @property({ attribute: 'database-name' }) databaseName = 'contacts-center';

  /** The person the built-in adapter acts for. Without it (and without `backend`) the elements have no backend. */
  @property({ attribute: 'viewer-id' }) viewerId?: string;

  /** Any adapter; when set, it is provided instead of the built-in one. */
  @property({ attribute: false }) backend?: ContactsBackend;

  private readonly provider = new ContextProvider(this, { context: backendContext });
  /** The built-in adapter this element created, and so must close. */
  private owned: IndexedDBBackend | undefined;

  /** The backend the elements inside currently get. */
  get currentBackend(): ContactsBackend | undefined {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseOwned();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') || changed.has('viewerId') || changed.has('databaseName')) this.provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private provide(): void {
    if (this.backend) {
      this.releaseOwned();
      this.provider.setValue(this.backend);
      return;
    }
    const viewerId = this.viewerId?.trim();
    const wanted = this.isConnected && viewerId ? { databaseName: this.databaseName, viewerId } : undefined;
    const owned = this.owned;
    if (owned && wanted && owned.viewerId === wanted.viewerId && owned.databaseName === wanted.databaseName) return;
    this.releaseOwned();
    this.owned = wanted ? new IndexedDBBackend(wanted) : undefined;
    this.provider.setValue(this.owned);
  }

  private releaseOwned(): void {
    this.owned?.close();
    this.owned = undefined;
  }
}
