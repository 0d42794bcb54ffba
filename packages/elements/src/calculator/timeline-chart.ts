/**
 * The timeline as a stacked bar chart in SVG: one bar per benefit month, one band per layer, phase
 * boundaries as numbered lines. Layers differ by pattern as well as colour (WCAG 1.4.1), the chart
 * never animates, and in forced-colours mode it draws in system colours. The table beside it holds
 * the same figures and is the accessible equivalent; the chart itself is one image with a summary.
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Milestone, MonthRow } from '@mobility-kit/rules';
import type { LocalizeController } from '../shared/localize.js';
import type { CalculatorStrings } from './translations.js';
import { timelineLayers, type TimelineLayer } from './scenarios.js';

type L10n = LocalizeController<CalculatorStrings>;

const width = 640;
const height = 240;
const margin = { top: 22, right: 14, bottom: 26, left: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/** The pattern drawn over each layer's colour; `ww` stays plain. */
function patternShape(layer: TimelineLayer): SVGTemplateResult | undefined {
  switch (layer) {
    case 'avu':
      return svg`<path class="pattern-line" d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" />`;
    case 'ru':
      return svg`<path class="pattern-line" d="M0,2 H8 M0,6 H8" />`;
    case 'asu':
      return svg`<path class="pattern-line" d="M0,0 L8,8 M-2,6 L2,10 M6,-2 L10,2" />`;
    case 'extraAsu':
      return svg`<path class="pattern-line" d="M0,0 L8,8 M8,0 L0,8" />`;
    case 'suppletion':
      return svg`<circle class="pattern-dot" cx="2" cy="2" r="1.3" /><circle class="pattern-dot" cx="6" cy="6" r="1.3" />`;
    case 'income':
      return svg`<path class="pattern-line" d="M2,0 V8 M6,0 V8" />`;
    default:
      return undefined;
  }
}

/** Pattern definitions, one per layer, with ids unique to this chart. */
function patternDefs(id: string): SVGTemplateResult {
  return svg`<defs>
    ${timelineLayers.map((layer) => {
      const shape = patternShape(layer);
      return shape
        ? svg`<pattern id=${`${id}-${layer}`} width="8" height="8" patternUnits="userSpaceOnUse">${shape}</pattern>`
        : nothing;
    })}
  </defs>`;
}

/** A filled shape with the layer's colour and, on top, its pattern. */
function band(id: string, layer: TimelineLayer, x: number, y: number, w: number, h: number): SVGTemplateResult {
  const hasPattern = patternShape(layer) !== undefined;
  return svg`<rect class=${`band band-${layer}`} x=${x} y=${y} width=${w} height=${h} />${
    hasPattern ? svg`<rect class="band-pattern" x=${x} y=${y} width=${w} height=${h} fill=${`url(#${id}-${layer})`} />` : nothing
  }`;
}

/** A round number at or above `max` that divides into two equal ticks. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  const step = steps.find((s) => s * magnitude >= max) ?? 10;
  return step * magnitude;
}

export interface TimelineChartOptions {
  /** Unique prefix for ids in the shadow root. */
  readonly id: string;
  readonly rows: readonly MonthRow[];
  readonly milestones: readonly Milestone[];
  /** The top of the scale: the same for every scenario, so bars compare. */
  readonly maxTotal: number;
  /** Layers to draw, bottom up. */
  readonly layers: readonly TimelineLayer[];
  readonly scenarioName: string;
  readonly l10n: L10n;
}

/** Phase boundaries at one point of the month axis (the end of the WW and the start of the RU coincide). */
export interface MilestoneGroup {
  readonly month: number;
  readonly date: string;
  readonly kinds: readonly Milestone['kind'][];
}

/** Milestones inside the shown months, grouped by position, in order; numbered from 1 in chart and list. */
export function milestoneGroups(milestones: readonly Milestone[], months: number): MilestoneGroup[] {
  const groups: { month: number; date: string; kinds: Milestone['kind'][] }[] = [];
  for (const milestone of milestones) {
    if (milestone.month <= 0 || milestone.month > months + 1e-9) continue;
    const same = groups.find((group) => Math.abs(group.month - milestone.month) < 1e-9);
    if (same) same.kinds.push(milestone.kind);
    else groups.push({ month: milestone.month, date: milestone.date, kinds: [milestone.kind] });
  }
  return groups.sort((a, b) => a.month - b.month);
}

/** The chart, its legend and its list of transitions. */
export function timelineChart(options: TimelineChartOptions): TemplateResult {
  const { id, rows, l10n, layers } = options;
  const t = l10n.strings;
  const count = rows.length;
  const top = niceMax(options.maxTotal);
  const barSlot = plotWidth / Math.max(1, count);
  const barWidth = barSlot > 4 ? barSlot * 0.8 : barSlot;
  const y = (amount: number) => margin.top + plotHeight - (amount / top) * plotHeight;
  const x = (position: number) => margin.left + position * barSlot;
  const labelEvery = Math.max(1, Math.ceil(count / 12));
  const milestones = milestoneGroups(options.milestones, count);
  const wholeEuros = (amount: number) => l10n.money(amount);
  const first = rows[0];
  const last = rows[count - 1];
  const summary = first && last
    ? t.chartSummary(options.scenarioName, t.months(l10n.number(count), count), l10n.date(first.startDate), l10n.date(last.startDate))
    : t.noRows;
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;

  return html`<figure part="chart" class="chart" aria-labelledby=${captionId}>
    <figcaption id=${captionId} class="chart-caption">${t.chartCaption(options.scenarioName)}</figcaption>
    <svg
      class="chart-svg"
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-labelledby=${summaryId}
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id=${summaryId}>${summary}</title>
      ${patternDefs(id)}
      ${[0, top / 2, top].map(
        (tick) => svg`<line class="grid" x1=${margin.left} x2=${width - margin.right} y1=${y(tick)} y2=${y(tick)} />
          <text class="axis-label" x=${margin.left - 6} y=${y(tick) + 4} text-anchor="end">${wholeEuros(tick)}</text>`,
      )}
      ${rows.map((row, index) => {
        let base = 0;
        const bands = layers.map((layer) => {
          const amount = row[layer];
          if (amount <= 0) return nothing;
          const from = base;
          base += amount;
          return band(id, layer, x(index) + (barSlot - barWidth) / 2, y(base), barWidth, y(from) - y(base));
        });
        const label =
          index % labelEvery === 0
            ? svg`<text class="axis-label" x=${x(index) + barSlot / 2} y=${height - margin.bottom + 16} text-anchor="middle">${l10n.number(row.month)}</text>`
            : nothing;
        return svg`<g class="bar">${bands}</g>${label}`;
      })}
      <line class="axis" x1=${margin.left} x2=${width - margin.right} y1=${y(0)} y2=${y(0)} />
      ${milestones.map(
        (milestone, index) => svg`<g class="milestone" data-kinds=${milestone.kinds.join(' ')}>
          <line class="milestone-line" x1=${x(milestone.month)} x2=${x(milestone.month)} y1=${margin.top - 4} y2=${y(0)} />
          <circle class="milestone-marker" cx=${x(milestone.month)} cy=${margin.top - 11} r="8" />
          <text class="milestone-number" x=${x(milestone.month)} y=${margin.top - 7} text-anchor="middle">${index + 1}</text>
        </g>`,
      )}
    </svg>
    <ul class="legend" aria-hidden="true">
      ${layers.map(
        (layer) => html`<li class="legend-item">
          <svg class="swatch" viewBox="0 0 16 16" focusable="false">${band(id, layer, 0, 0, 16, 16)}</svg>${t.layers[layer]}
        </li>`,
      )}
    </ul>
    ${milestones.length > 0
      ? html`<p class="milestones-title" id=${`${id}-milestones`}>${t.milestonesTitle}</p>
          <ol part="milestones" class="milestones" aria-labelledby=${`${id}-milestones`}>
            ${milestones.map(
              (m) => html`<li data-kinds=${m.kinds.join(' ')}>
                ${t.milestoneAt(
                  m.kinds.map((kind) => (Object.hasOwn(t.milestones, kind) ? t.milestones[kind] : kind)).join('; '),
                  l10n.number(m.month, { maximumFractionDigits: 1 }),
                  l10n.date(m.date),
                )}
              </li>`,
            )}
          </ol>`
      : nothing}
  </figure>`;
}
