import { css } from 'lit';

/**
 * The month-by-month chart of the calculator (`timeline-chart.ts`): axes, benefit bands with their
 * patterns, numbered transition markers and the legend. Uses the calculator's private tokens
 * declared in `mobility-calculator.styles.ts`; forced-colours and print rules stay there with the
 * rest of the element.
 */
export const timelineChartStyles = css`
  /* Chart --------------------------------------------------------------------------------- */
  .chart {
    display: grid;
    gap: var(--_mobility-space-s);
    min-width: 0;
    margin: 0;
  }
  .chart-caption,
  .milestones-title,
  .figures-title {
    font-weight: 700;
  }
  .chart-svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 22rem;
  }
  .grid {
    stroke: var(--_mobility-color-skeleton);
    stroke-width: 1;
  }
  .axis {
    stroke: var(--_mobility-color-text);
    stroke-width: 1.5;
  }
  .axis-label {
    fill: var(--_mobility-color-text);
    font-size: 11px;
    font-family: var(--_mobility-font-family);
  }
  .band {
    stroke: var(--_mobility-color-background);
    stroke-width: 0.5;
  }
  .band-ww {
    fill: var(--_mobility-calculator-color-ww);
  }
  .band-avu {
    fill: var(--_mobility-calculator-color-avu);
  }
  .band-ru {
    fill: var(--_mobility-calculator-color-ru);
  }
  .band-asu {
    fill: var(--_mobility-calculator-color-asu);
  }
  .band-extraAsu {
    fill: var(--_mobility-calculator-color-extra-asu);
  }
  .band-suppletion {
    fill: var(--_mobility-calculator-color-suppletion);
  }
  .band-income {
    fill: var(--_mobility-calculator-color-income);
  }
  .pattern-line {
    stroke: #ffffff;
    stroke-width: 1.2;
  }
  .pattern-dot {
    fill: #ffffff;
  }
  .milestone-line {
    stroke: var(--_mobility-color-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .milestone-marker {
    fill: var(--_mobility-color-background);
    stroke: var(--_mobility-color-text);
    stroke-width: 1.5;
  }
  .milestone-number {
    fill: var(--_mobility-color-text);
    font-size: 11px;
    font-weight: 700;
    font-family: var(--_mobility-font-family);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mobility-space-xs) var(--_mobility-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_mobility-font-size-small);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: var(--_mobility-space-xs);
  }
  .swatch {
    width: 1rem;
    height: 1rem;
    flex: none;
    border: 1px solid var(--_mobility-color-text);
  }
  .milestones {
    margin: 0;
    padding-left: var(--_mobility-space-l);
    font-size: var(--_mobility-font-size-small);
  }
`;
