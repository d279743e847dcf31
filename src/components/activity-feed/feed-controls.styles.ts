import { css } from 'lit';

/** The tab bar, the composer, the "N new" button, day headings and group toggles of `<activity-feed>`. */
export const feedControlStyles = css`
  [part~='tabs'] {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_gap);
  }
  [part~='tab'] {
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: var(--_muted);
    padding: 0.4rem 0.75rem;
  }
  [part~='selected-tab'] {
    border-bottom-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }

  [part='composer'] {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    margin-bottom: var(--_gap);
  }
  [part='composer-text'] {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    resize: vertical;
  }
  .composer-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
  }
  [part='composer-count'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='composer-count'].over,
  [part='composer-error'] {
    color: var(--_danger);
  }
  [part='composer-error'] {
    margin: 0;
  }

  /* Sticky but of no height, so its button floats over the list: it never pushes what people read down (an
     engine without scroll anchoring, WebKit, would otherwise move the text under the reader). */
  .new-items-bar {
    position: sticky;
    top: 0.5rem;
    z-index: 1;
    height: 0;
    display: flex;
    justify-content: center;
    overflow: visible;
  }
  [part='new-items'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }

  [part='day-heading'] {
    grid-column: 1 / -1;
    margin: 0 0 0.5rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }

  [part='group-toggle'] {
    margin-top: 0.3rem;
  }
  [part='text-link'] {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
`;
