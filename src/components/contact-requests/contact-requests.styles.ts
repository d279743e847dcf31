import { css } from 'lit';

export const contactRequestsStyles = css`
  :host {
    padding: var(--_gap);
  }
  :host([compact]) {
    display: inline-block;
    padding: 0;
    background: transparent;
  }

  h2,
  h3 {
    font-size: 1.05em;
    margin: 0 0 calc(var(--_gap) * 0.5);
  }
  [part~='heading']:focus {
    outline: none;
  }
  [part~='heading']:focus-visible {
    outline: 2px solid var(--_focus);
  }

  section + section {
    margin-top: calc(var(--_gap) * 1.5);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }

  li {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li[aria-busy='true'] {
    opacity: 0.7;
  }

  .who {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  [part~='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='job'],
  time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='note'] {
    font-style: italic;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part~='empty'],
  [part~='loading'] {
    color: var(--_muted);
    margin: 0;
  }

  [part~='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    color: var(--_danger);
    margin: calc(var(--_gap) * 0.5) 0;
  }

  [part~='more'] {
    margin-top: calc(var(--_gap) * 0.5);
  }

  [part~='announcement'] {
    margin: 0 0 var(--_gap);
    color: var(--_success);
  }
  [part~='announcement']:empty {
    margin: 0;
  }

  [part~='trigger'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    anchor-name: --cc-requests-trigger;
  }
  [part~='trigger'] svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  [part~='badge'] {
    min-width: 1.4em;
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 600;
    text-align: center;
  }

  [part~='popover'] {
    position-anchor: --cc-requests-trigger;
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline;
    margin: 0.25rem;
    width: min(26rem, calc(100vw - 1rem));
    max-height: min(32rem, calc(100vh - 4rem));
    overflow: auto;
    padding: var(--_gap);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  [part~='popover']:focus {
    outline: none;
  }
  .popover-header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_gap);
    margin-bottom: var(--_gap);
  }
`;
