import { css } from 'lit';

/**
 * Design tokens shared by every element. Hosts override the public `--cc-*` custom properties on the element
 * or any ancestor; dark values apply under `prefers-color-scheme: dark` unless the host sets its own.
 */
export const themeStyles = css`
  :host {
    --_bg: var(--cc-color-background, #ffffff);
    --_surface: var(--cc-color-surface, #f5f6f8);
    --_text: var(--cc-color-text, #1b1d21);
    --_muted: var(--cc-color-text-muted, #55595f);
    --_border: var(--cc-color-border, #d5d8dd);
    --_accent: var(--cc-color-accent, #0b57d0);
    --_on-accent: var(--cc-color-on-accent, #ffffff);
    --_danger: var(--cc-color-danger, #b3261e);
    --_success: var(--cc-color-success, #146c2e);
    --_focus: var(--cc-focus-ring-color, #0b57d0);
    --_radius: var(--cc-radius, 8px);
    --_gap: var(--cc-spacing, 0.75rem);
    --_font: var(--cc-font-family, system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', sans-serif);
    --_avatar-size: var(--cc-avatar-size, 2.5rem);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--cc-font-size, 0.9375rem);
    line-height: 1.45;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--cc-color-background, #15171a);
      --_surface: var(--cc-color-surface, #23262b);
      --_text: var(--cc-color-text, #eceef1);
      --_muted: var(--cc-color-text-muted, #a9aeb6);
      --_border: var(--cc-color-border, #3c4047);
      --_accent: var(--cc-color-accent, #a8c7fa);
      --_on-accent: var(--cc-color-on-accent, #062e6f);
      --_danger: var(--cc-color-danger, #f2b8b5);
      --_success: var(--cc-color-success, #6dd58c);
      --_focus: var(--cc-focus-ring-color, #a8c7fa);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: 0.35rem 0.8rem;
    min-height: 2rem;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    color: var(--_danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  /* People's text (names, job titles, summaries, links): isolated from its neighbours' direction, wrapped
     anywhere rather than widening the page, clipped so stacked combining marks never draw over the next row. */
  .user-text,
  bdi {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
    overflow: clip;
    overflow-clip-margin: 0.25em;
    min-width: 0;
  }
`;
