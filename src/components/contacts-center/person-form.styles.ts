import { css } from 'lit';

/** The person form: one column of labelled fields, each message in the danger colour right below its input. */
export const personFormStyles = css`
  .person-editor form {
    display: grid;
    gap: calc(var(--cc-spacing, 0.5rem) * 1.5);
  }
  .person-editor .field,
  .person-editor .list-entry,
  .person-editor .address-entry {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .person-editor .field > label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .person-editor input:not([type='file']),
  .person-editor textarea {
    flex: 1 1 12rem;
    min-width: 0;
    font: inherit;
  }
  .person-editor fieldset {
    border: 1px solid var(--cc-color-border, #767676);
    border-radius: var(--cc-radius, 0.25rem);
    display: grid;
    gap: 0.5rem;
  }
  .person-editor .field-hint {
    flex-basis: 100%;
    color: var(--cc-color-text-muted, #595959);
  }
  .person-editor .field-error {
    flex-basis: 100%;
    color: var(--cc-color-danger, #b00020);
    font-weight: 600;
  }
  .person-editor [aria-invalid='true'] {
    border-color: var(--cc-color-danger, #b00020);
    outline: 1px solid var(--cc-color-danger, #b00020);
  }
  .person-editor .avatar-preview {
    width: 4rem;
    height: 4rem;
  }
  .person-editor .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
