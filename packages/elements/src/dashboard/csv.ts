import { caseOutcomes, caseRoutes, usageEventTypes, type Insights, type InsightsCell } from '@mobility-kit/contract';

/** How a suppressed cell is written: the marker the dashboard shows, never a number. */
export interface CsvMarkers {
  belowThreshold: string;
  secondary: string;
}

/**
 * One CSV field. Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return first — unit names come from HR's case data) gets a leading apostrophe, so opening the
 * export never runs anything; then fields with separators or quotes are quoted.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

const quote = csvField;

const cellText = (cell: InsightsCell, markers: CsvMarkers): string =>
  'value' in cell ? String(cell.value) : cell.reason === 'below-threshold' ? markers.belowThreshold : markers.secondary;

/**
 * The figures of an insights answer as CSV, one line per figure (`quarter,unit,staffGroup,figure,value`):
 * exactly what the dashboard shows, suppressed cells as their marker. A whole-organisation row has
 * an empty unit; `staffGroup` is empty for both groups together.
 */
export function insightsToCsv(insights: Insights, markers: CsvMarkers): string {
  const lines = [['quarter', 'unit', 'staffGroup', 'figure', 'value'].join(',')];
  const group = insights.query.staffGroup ?? '';
  for (const row of insights.rows) {
    const figures: [string, InsightsCell][] = [
      ['inflow', row.inflow],
      ['inProgress', row.inProgress],
      ['outflow', row.outflow],
      ...caseRoutes.map((r): [string, InsightsCell] => [`outflow:route:${r}`, row.outflowByRoute[r]]),
      ...caseOutcomes.map((o): [string, InsightsCell] => [`outflow:outcome:${o}`, row.outflowByOutcome[o]]),
      ['medianDurationDays', row.medianDurationDays],
      ['trajectoryCosts', row.trajectoryCosts],
      ['benefitCosts', row.benefitCosts],
    ];
    for (const [figure, cell] of figures) {
      lines.push([row.quarter, row.unit ?? '', group, figure, cellText(cell, markers)].map(quote).join(','));
    }
  }
  for (const quarter of insights.usage.quarters) {
    for (const type of usageEventTypes) lines.push([quarter.quarter, '', '', `usage:${type}`, cellText(quarter.counts[type], markers)].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
