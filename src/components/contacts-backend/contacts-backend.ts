import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import type { ContactsBackend } from '../../backend/backend.js';
import { backendContext } from '../../backend/context.js';
import type { HttpBackend, TokenSource } from '../../backend/http/index.js';
import { OnDemand } from '../../lazy/on-demand.js';
import { IndexedDBBackend } from '../../backend/indexeddb/index.js';
import { tokenFromUrl } from './token-url.js';

/** The HTTP adapter loads the first time an element uses `api-url`; until then the elements inside have no backend. */
const httpAdapter = new OnDemand(() => import('../../backend/http/backend.js'));

declare global {
  interface HTMLElementTagNameMap {
    'contacts-backend': ContactsBackendElement;
  }
}

/**
 * Gives every contacts-center element inside it its backend, so a page needs no script to wire them, in this
 * order: the adapter set as the `backend` property; with `api-url`, the HTTP adapter talking to the reference
 * server there as `viewer-id`, signed in with the token from `token-url` (fetched with the page's cookies) or
 * from the `getToken` property; otherwise the built-in IndexedDB adapter acting for `viewer-id` on the
 * database `database-name` (no server needed).
 *
 * ```html
 * <contacts-backend viewer-id="joe-bloggs">
 *   <contacts-center></contacts-center>
 *   <activity-feed></activity-feed>
 * </contacts-backend>
 *
 * <!-- A portal: the server at /contacts-api, the token from the portal's own session endpoint. -->
 * <contacts-backend api-url="/contacts-api" token-url="/session/contacts-token" viewer-id="joe-bloggs">
 *   <contacts-center></contacts-center>
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

  /**
   * The reference server's API root (e.g. `https://contacts.example.com/api`). When set, the elements get the
   * HTTP adapter instead of IndexedDB; it needs `viewer-id` and a token (`token-url` or `getToken`).
   */
  @property({ attribute: 'api-url' }) apiUrl?: string;

  /**
   * Where the viewer's token comes from, with `api-url`: a GET with the page's cookies answering JSON
   * `{ "token": "…" }` or the bare token. It is kept until shortly before it expires, or the server refuses it.
   */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  /**
   * The viewer's token for `api-url`, from script: a function giving the current JWT (called before requests;
   * with `{ refresh: true }` after the server refused one). Used when `token-url` is not set.
   */
  @property({ attribute: false }) getToken?: Exclude<TokenSource, string>;

  /** Any adapter; when set, it is provided instead of the built-in one. */
  @property({ attribute: false }) backend?: ContactsBackend;

  private readonly provider = new ContextProvider(this, { context: backendContext });
  /** The built-in adapter this element created, and so must close, with what it was built from. */
  private owned: { backend: IndexedDBBackend | HttpBackend; key: readonly unknown[] } | undefined;

  /** The backend the elements inside currently get (with `api-url`, once the HTTP adapter has loaded, on first use). */
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
    const inputs = ['backend', 'viewerId', 'databaseName', 'apiUrl', 'tokenUrl', 'getToken'] as const;
    if (inputs.some((name) => changed.has(name))) this.provide();
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
    const apiUrl = this.apiUrl?.trim();
    const tokenUrl = this.tokenUrl?.trim();
    const key =
      !this.isConnected || !viewerId ? undefined : apiUrl ? [apiUrl, viewerId, tokenUrl, this.getToken] : [this.databaseName, viewerId];
    const owned = this.owned;
    if (owned && key && owned.key.length === key.length && owned.key.every((part, i) => part === key[i])) return;
    this.releaseOwned();
    // The HTTP adapter without a token source would only ever be refused: the elements get none until one is set.
    const token = tokenUrl ? tokenFromUrl(tokenUrl) : this.getToken;
    const http = httpAdapter.value;
    if (key && viewerId && apiUrl && token && !http) {
      // Provided once loaded, from the inputs as they are then; a failed load is tried again on the next change.
      this.provider.setValue(undefined);
      httpAdapter.load().then(
        () => this.provide(),
        (error: unknown) => console.error('contacts-backend: the HTTP adapter could not be loaded', error),
      );
      return;
    }
    const backend =
      !key || !viewerId
        ? undefined
        : apiUrl
          ? token && http && new http.HttpBackend({ baseUrl: apiUrl, viewerId, token })
          : new IndexedDBBackend({ databaseName: this.databaseName, viewerId });
    this.owned = key && backend ? { backend, key } : undefined;
    this.provider.setValue(this.owned?.backend);
  }

  private releaseOwned(): void {
    this.owned?.backend.close();
    this.owned = undefined;
  }
}
