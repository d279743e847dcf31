import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { BackendChange, ContactsBackend } from '../../backend/backend.js';
import { BackendController } from '../../controllers/backend-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';

/**
 * What every contacts-center element shares: its backend (its own `backend` property, else the nearest
 * `backendContext` provider's) with one change subscription while connected, and its locale (its own
 * `locale` property, else the nearest `lang` attribute).
 */
export abstract class ContactsElement extends LitElement {
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  @property({ reflect: true }) locale: string | undefined;

  protected readonly backendController = new BackendController(this, {
    backendChanged: (backend) => this.onBackendChanged(backend),
    dataChanged: (change) => this.onDataChanged(change),
  });

  private explicitBackend: ContactsBackend | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  @property({ attribute: false })
  get backend(): ContactsBackend | undefined {
    return this.explicitBackend;
  }
  set backend(value: ContactsBackend | undefined) {
    const old = this.explicitBackend;
    this.explicitBackend = value;
    this.backendController.explicit = value;
    this.requestUpdate('backend', old);
  }

  /** The effective backend was set, replaced or removed: reload everything shown. */
  protected abstract onBackendChanged(backend: ContactsBackend | undefined): void;

  /** The backend reported a change: refresh what it touches. */
  protected abstract onDataChanged(change: BackendChange): void;
}
