import { msg, str } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { INDEX_INITIALS } from '../../backend/initials.js';
import type { JumpResult, PeopleGrid } from './people-grid.js';

/** What the index needs from <contacts-center>. */
export interface JumpIndexOptions {
  grid: PeopleGrid;
  /** Says in the live region where a jump landed when it was not on the initial asked for. */
  announce(text: string): void;
}

/**
 * The jump-to-letter index beside the people list: `#`, A–Z and the gojūon rows あ–わ, a toolbar with one tab
 * stop (arrow keys, Home and End move along it; Enter or Space, or a click, jumps). A jump moves focus to the
 * first person under the initial, loading pages until it is loaded, so a screen reader reads that row; when no
 * one is under it, to the first person after it, and the live region says so.
 */
export class JumpIndex {
  private active = 0;
  private jumping = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: JumpIndexOptions,
  ) {}

  async jump(initial: string): Promise<void> {
    if (this.jumping) return;
    this.jumping = true;
    this.host.requestUpdate();
    let result: JumpResult;
    try {
      result = await this.options.grid.jumpTo(initial);
    } finally {
      this.jumping = false;
      this.host.requestUpdate();
    }
    if (result === 'after') this.options.announce(msg(str`No one under ${initial}; showing the next people.`));
    else if (result === 'none') this.options.announce(msg(str`No one under ${initial} or after.`));
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const last = INDEX_INITIALS.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, this.active + 1),
      ArrowRight: Math.min(last, this.active + 1),
      ArrowUp: Math.max(0, this.active - 1),
      ArrowLeft: Math.max(0, this.active - 1),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.active = target;
    this.host.requestUpdate();
    void (async () => {
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>(`.jump-index button[data-index="${target}"]`)?.focus();
    })();
  };

  render(): TemplateResult {
    return html`<div
      class="jump-index"
      part="jump-index"
      role="toolbar"
      aria-orientation="vertical"
      aria-label=${msg('Jump to letter')}
      aria-busy=${this.jumping ? 'true' : 'false'}
      @keydown=${this.onKeydown}
    >
      ${INDEX_INITIALS.map(
        (initial, i) =>
          html`<button
            type="button"
            part="jump-initial"
            data-index=${i}
            data-initial=${initial}
            tabindex=${i === this.active ? 0 : -1}
            aria-label=${msg(str`Jump to ${initial}`)}
            @focus=${() => (this.active = i)}
            @click=${() => void this.jump(initial)}
          >
            ${initial}
          </button>`,
      )}
    </div>`;
  }
}
