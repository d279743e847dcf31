import { css } from 'lit';

export const importStyles = css`
  :host {
    display: block;
  }
  .import {
    border: 1px solid var(--cc-color-border, #ccc);
    border-radius: var(--cc-radius, 6px);
    padding: var(--cc-spacing, 0.5rem);
    margin-block: var(--cc-spacing, 0.5rem);
  }
  .import-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--cc-spacing, 0.5rem);
  }
  h2 {
    font-size: 1.05em;
    margin: 0;
  }
  h3 {
    font-size: 1em;
  }
  .drop-zone {
    border: 2px dashed var(--cc-color-border, #999);
    border-radius: var(--cc-radius, 6px);
    padding: calc(var(--cc-spacing, 0.5rem) * 2);
    text-align: center;
  }
  .drop-zone.dragging {
    border-color: var(--cc-color-accent, #1d4ed8);
    background: var(--cc-color-surface, #f3f4f6);
  }
  .muted {
    color: var(--cc-color-text-muted, #555);
  }
  .file-error,
  .import-error {
    color: var(--cc-color-danger, #b91c1c);
  }
  .import-error:empty {
    display: none;
  }
  table.merge {
    border-collapse: collapse;
    width: 100%;
  }
  table.merge th,
  table.merge td {
    border-top: 1px solid var(--cc-color-border, #ddd);
    padding: 0.25rem;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .duplicate {
    margin-block: 0.25rem;
  }
  .import-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cc-spacing, 0.5rem);
    margin-top: var(--cc-spacing, 0.5rem);
  }
  progress {
    width: 100%;
  }
`;
