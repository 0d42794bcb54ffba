import { html, svg, nothing, type TemplateResult } from 'lit';
import type { CareerTestCode, CareerTestResult, CareerTestScale } from '@mobility-kit/contract';
import type { CareerTestStrings } from './translations.js';

/** What the result parts need to show a scale: its label and its description in the text language. */
export interface ScaleText {
  readonly scale: CareerTestScale;
  readonly label: string;
}

/**
 * The ties of a profile code in words. Places that list the same codes form one tie ("places 2
 * and 3: A and I"); a tie that is a single place ("place 3: I and E") is one sentence too.
 */
export function tieSentences(code: CareerTestCode, describe: (code: string) => string, t: CareerTestStrings): string[] {
  const sentences: string[] = [];
  let start = 0;
  while (start < code.positions.length) {
    const codes = code.positions[start]!;
    let end = start;
    while (end + 1 < code.positions.length && code.positions[end + 1]!.join('/') === codes.join('/')) end += 1;
    if (codes.length > 1) {
      const places = Array.from({ length: end - start + 1 }, (_, i) => String(start + i + 1));
      sentences.push(t.tie(t.list(places), t.list(codes.map(describe))));
    }
    start = end + 1;
  }
  return sentences;
}

/** The codes that stand anywhere in the profile code, ties included. */
export function codesInProfile(code: CareerTestCode): Set<string> {
  return new Set(code.positions.flat());
}

/**
 * The profile as bars: one row per scale with its label, an SVG bar and the score as text. The
 * scales in the code get a hatched bar and the words "in your code", so nothing depends on colour.
 * The bars are decoration for the text beside them (`aria-hidden`); the table that follows holds
 * the same numbers for anyone who prefers a table.
 */
export function profileChart(
  result: CareerTestResult,
  scales: ReadonlyMap<string, ScaleText>,
  t: CareerTestStrings,
  formatScore: (score: number) => string,
): TemplateResult {
  const inCode = codesInProfile(result.code);
  return html`<figure part="chart" aria-labelledby="chart-title">
    <figcaption>
      <h3 id="chart-title">${t.chartTitle}</h3>
      <p class="muted">${t.chartDescription}</p>
    </figcaption>
    <ul class="bars" role="list">
      ${result.scales.map((score, index) => {
        const text = scales.get(score.scale);
        const marked = inCode.has(score.code) && score.kind === 'interest';
        const patternId = `hatch-${index}`;
        return html`<li class="bar-row" part="bar" data-scale=${score.scale}>
          <span class="bar-label"
            ><strong>${score.code}</strong> ${text?.label ?? score.scale}${marked
              ? html` <span class="bar-marker">(${t.inCode})</span>`
              : nothing}</span
          >
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${marked
              ? svg`<defs>
                  <pattern id=${patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="hatch-ground" width="4" height="4"></rect>
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="4"></line>
                  </pattern>
                </defs>`
              : nothing}
            <rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
            <rect
              class=${marked ? 'bar-fill hatched' : 'bar-fill'}
              x="0"
              y="0"
              width=${Math.max(0, Math.min(100, score.score))}
              height="10"
              fill=${marked ? `url(#${patternId})` : nothing}
            ></rect>
          </svg>
          <span class="bar-value">${formatScore(score.score)}</span>
        </li>`;
      })}
    </ul>
  </figure>`;
}

/** The same numbers as the chart, as a table: type, letter, score 0–100 and raw points. */
export function profileTable(
  result: CareerTestResult,
  scales: ReadonlyMap<string, ScaleText>,
  t: CareerTestStrings,
  formatScore: (score: number) => string,
  formatCount: (count: number) => string,
): TemplateResult {
  const inCode = codesInProfile(result.code);
  // Focusable and named, so that a keyboard can scroll the table when a narrow screen cuts it off.
  return html`<div class="table-wrap" part="table-wrap" role="region" tabindex="0" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">${t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.tableType}</th>
          <th scope="col">${t.tableCode}</th>
          <th scope="col">${t.tableScore}</th>
          <th scope="col">${t.tableRaw}</th>
        </tr>
      </thead>
      <tbody>
        ${result.scales.map(
          (score) => html`<tr>
            <th scope="row">
              ${scales.get(score.scale)?.label ?? score.scale}${inCode.has(score.code) && score.kind === 'interest'
                ? html` <span class="muted">(${t.inCode})</span>`
                : nothing}
            </th>
            <td>${score.code}</td>
            <td class="number">${formatScore(score.score)}</td>
            <td class="number">${t.raw(formatCount(score.raw - score.rawMin), formatCount(score.rawMax - score.rawMin))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
