/**
 * The composer: the viewer writes a short plain-text update and posts it through the backend. Length-limited
 * (`MAX_POST_LENGTH`, counted in characters as people count them), trimmed, never HTML (links in it are recognised
 * when shown, see linkify.ts). A controller of its host element: the state is private with getters, a post in
 * flight disables the button, and a failure is shown in words beside the form.
 */
import { msg, str } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import type { Activity } from '../../model/activity.js';
import { formatCount } from '../../i18n/formatters.js';
import { errorText } from '../shared/error-text.js';

/** Longest update, in user-perceived characters (grapheme clusters). */
export const MAX_POST_LENGTH = 500;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Characters as a person counts them: an emoji or a letter with accents is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export interface ComposerOptions {
  backend(): ContactsBackend | undefined;
  /** After a post was stored. */
  posted(activity: Activity): void;
  /** A post failed (`message` is shown). */
  failed(error: unknown, message: string): void;
}

export class FeedComposer implements ReactiveController {
  private _text = '';
  private _posting = false;
  private _error: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ComposerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get text(): string {
    return this._text;
  }

  get posting(): boolean {
    return this._posting;
  }

  /** Characters left before the limit (negative when over). */
  get left(): number {
    return MAX_POST_LENGTH - characterCount(this._text);
  }

  /** Whether the text can be posted now. */
  get canPost(): boolean {
    return !this._posting && this._text.trim().length > 0 && this.left >= 0 && this.options.backend() !== undefined;
  }

  /** Posts the text; resolves when stored (the text cleared) or failed (the text kept). */
  async post(): Promise<void> {
    const backend = this.options.backend();
    if (!backend || !this.canPost) return;
    this._posting = true;
    this._error = undefined;
    this.host.requestUpdate();
    try {
      const activity = await backend.postActivity({ kind: 'post', text: this._text.trim() });
      this._text = '';
      this.options.posted(activity);
    } catch (error) {
      this._error = errorText(error);
      this.options.failed(error, this._error);
    } finally {
      this._posting = false;
      this.host.requestUpdate();
    }
  }

  private onInput(event: Event): void {
    this._text = (event.target as HTMLTextAreaElement).value;
    this._error = undefined;
    this.host.requestUpdate();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Ctrl/Cmd+Enter posts, as in most composers; Enter alone is a new line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.post();
    }
  }

  render(): TemplateResult {
    const left = this.left;
    return html`<form
      part="composer"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.post();
      }}
    >
      <label for="composer-text" class="visually-hidden">${msg('Share an update')}</label>
      <textarea
        id="composer-text"
        part="composer-text"
        rows="2"
        placeholder=${msg('Share an update')}
        aria-describedby="composer-count"
        aria-invalid=${left < 0 ? 'true' : 'false'}
        .value=${this._text}
        ?disabled=${this._posting}
        @input=${(event: Event) => this.onInput(event)}
        @keydown=${(event: KeyboardEvent) => this.onKeydown(event)}
      ></textarea>
      <div class="composer-row">
        <span id="composer-count" part="composer-count" class=${left < 0 ? 'over' : ''}>
          ${left >= 0 ? msg(str`${formatCount(left)} characters left`) : msg(str`${formatCount(-left)} characters too many`)}
        </span>
        <button part="post" type="submit" ?disabled=${!this.canPost}>${this._posting ? msg('Posting…') : msg('Post')}</button>
      </div>
      ${this._error ? html`<p part="composer-error" role="alert">${this._error}</p>` : ''}
    </form>`;
  }
}
