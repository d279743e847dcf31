import { css } from 'lit';

/** The list's initial headings, its jump-to-letter index, Select all, the per-person bulk report, mutual connections. */
export const listIndexStyles = css`
  .list-body {
    display: flex;
    gap: 0.25rem;
    flex: 1 1 auto;
    min-height: 0;
  }
  .list-body > .grid,
  .list-body > .list-message {
    flex: 1 1 auto;
    min-width: 0;
  }
  .cell-initial {
    flex: none;
    width: 1.5rem;
    text-align: center;
    font-weight: 700;
    color: var(--_accent);
  }
  .jump-index {
    flex: none;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    height: var(--cc-list-height, 28rem);
    max-height: 100%;
  }
  .jump-index button {
    flex: 1 0 auto;
    min-width: 1.75rem;
    min-height: 1.5rem;
    padding: 0 0.2rem;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.75rem;
    line-height: 1;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .jump-index button:hover {
    background: var(--_surface);
  }
  .jump-index[aria-busy='true'] button {
    cursor: progress;
  }
  .select-all-bar {
    display: flex;
    justify-content: flex-end;
  }
  .bulk-report {
    font-size: 0.9em;
  }
  .bulk-report ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .bulk-report li[data-outcome='failed'] {
    color: var(--_danger);
  }
  .mutual ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
`;
