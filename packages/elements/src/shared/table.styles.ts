import { css } from 'lit';

/**
 * Data tables, apart from the other controls (`controls.styles.ts`) so that an element without a
 * table does not carry them: a `.table-wrap` or `.table-scroll` that scrolls sideways around a
 * table, and `.number` or `.amount` cells aligned to the end.
 */
export const tableStyles = css`
  /* Positioned, so visually hidden text inside a scrolled table stays inside it, not in the page's overflow. */
  .table-wrap,
  .table-scroll {
    position: relative;
    max-width: 100%;
    min-width: 0;
    overflow-x: auto;
  }
  :where(table) {
    min-width: 100%;
    border-collapse: collapse;
  }
  :where(caption) {
    padding-block-end: var(--_mobility-space-xs);
    font-weight: 600;
    text-align: start;
  }
  :where(th, td) {
    padding: var(--_mobility-space-xs) var(--_mobility-space-s);
    border-bottom: 1px solid var(--_mobility-color-border);
    text-align: start;
    vertical-align: top;
  }
  .number,
  .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
