import { css } from 'lit';

export const activityFeedStyles = css`
  :host {
    padding: var(--_gap);
  }

  [part='feed'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }

  article {
    display: grid;
    grid-template-columns: var(--_avatar-size) 1fr;
    column-gap: var(--_gap);
    padding: calc(var(--_gap) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  article.continued {
    margin-top: calc(var(--_gap) * -0.5);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
    padding-top: 0;
  }
  article.grouped:not(.last) {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
  }
  article:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .gutter {
    grid-column: 1;
  }
  .content {
    grid-column: 2;
    min-width: 0;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
  }

  .name,
  .target {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    border-radius: 2px;
    font-weight: 600;
    color: var(--_text);
    text-align: start;
  }
  .name:hover,
  .target:hover {
    text-decoration: underline;
  }
  .target {
    font-weight: inherit;
  }

  time {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part='summary'],
  [part='text'] {
    margin: 0.15rem 0 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  [part='link'] {
    display: inline-block;
    margin-top: 0.15rem;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  span[part='link'] {
    color: var(--_muted);
  }

  [part='status'],
  [part='empty'] {
    color: var(--_muted);
    margin: var(--_gap) 0;
  }

  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    color: var(--_danger);
    margin: var(--_gap) 0;
  }

  [part='more'] {
    align-self: center;
    margin-top: calc(var(--_gap) * 0.5);
  }

  .sentinel {
    height: 1px;
  }

  .skeleton {
    display: grid;
    grid-template-columns: var(--_avatar-size) 1fr;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 0.75);
  }
  .skeleton .disc {
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    background: var(--_border);
  }
  .skeleton .line {
    height: 0.8em;
    margin: 0.3em 0;
    border-radius: 4px;
    background: var(--_border);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .line.short {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
