import { css } from 'lit';

/**
 * The elements under forced colours (Windows' contrast themes, `forced-colors: active`). The browser then
 * replaces every author colour with a system colour and drops box shadows, so what colour alone showed would
 * vanish: a transparent border turns into a CanvasText one, a tinted background into Canvas. System colours
 * written here are kept (measured in Chromium), so each state that only colour showed gets one.
 */
export const forcedColorsStyles = css`
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }

    /* <contacts-center>: the open row's marker and the selected rows. */
    .row[aria-current='true']::before {
      background: Highlight;
    }
    .row[aria-selected='true'] {
      background: SelectedItem;
      color: SelectedItemText;
    }
    .row[aria-selected='true'] * {
      color: inherit;
    }

    /* <activity-feed>: only the selected tab is underlined (the others' transparent border would draw). */
    [part~='tab'] {
      border-bottom-color: Canvas;
    }
    [part~='selected-tab'] {
      border-bottom-color: Highlight;
    }

    /* <contact-requests>: the pending count keeps its pill (its tinted background is gone). */
    [part~='trigger'] [part~='badge'] {
      border: 1px solid CanvasText;
    }
  }
`;
