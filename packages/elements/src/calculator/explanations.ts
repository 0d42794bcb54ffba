/**
 * The explanation of every figure: the rules' structured steps turned into sentences, with the
 * parameters each step used (value, date, source, status). A step this version does not know is
 * shown generically — its inputs and results as a list — never dropped, never a crash.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  Explanation,
  ExplanationStep,
  ExplanationValue,
  IncomeLayer,
  ParameterName,
  ParameterUse,
  ScenarioResult,
} from '@mobility-kit/rules';
import type { LocalizeController } from '../shared/localize.js';
import type { CalculatorStrings, StepContext, StepFormat, StepText, StepValue } from './translations.js';

type L10n = LocalizeController<CalculatorStrings>;

/** Steps that describe one scenario rather than the employee's entitlement. */
export const scenarioSteps: ReadonlySet<string> = new Set<ExplanationStep>(['suppletion', 'income-deduction', 'ww-ended-by-income']);

/**
 * The timeline layers whose amounts a step's parameters influence, so a "not verified" marker can
 * sit next to those figures. The AOW date cuts every layer short when it falls inside the timeline.
 */
const layersOfStep: Partial<Record<ExplanationStep, readonly IncomeLayer[]>> = {
  'max-daily-wage': ['ww', 'avu'],
  ru: ['ru', 'asu'],
  asu: ['asu'],
  'extra-asu': ['extraAsu'],
  suppletion: ['suppletion'],
  'aow-date': ['ww', 'avu', 'ru', 'asu', 'extraAsu', 'suppletion'],
};

/** Parameters of a step that are not verified (status U, or an unknown entry replaced by an older value). */
export function unverifiedUses(explanation: Explanation): ParameterUse[] {
  return explanation.parameters.filter((use) => use.status === 'U' || use.unknownEntry !== undefined);
}

/** For each layer, the unverified parameters that influence its amounts in this result. */
export function unverifiedByLayer(result: ScenarioResult): Map<IncomeLayer, Set<ParameterName>> {
  const byLayer = new Map<IncomeLayer, Set<ParameterName>>();
  for (const explanation of result.explanations) {
    const names = unverifiedUses(explanation).map((use) => use.name);
    if (names.length === 0) continue;
    for (const layer of layersOfStep[explanation.step] ?? []) {
      const set = byLayer.get(layer) ?? new Set<ParameterName>();
      names.forEach((name) => set.add(name));
      byLayer.set(layer, set);
    }
  }
  return byLayer;
}

/** Every unverified parameter that influenced any figure of the result. */
export function unverifiedParameters(result: ScenarioResult): ParameterName[] {
  return [...new Set(result.explanations.flatMap((e) => unverifiedUses(e).map((use) => use.name)))];
}

const asNumber = (value: StepValue): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Formatters for step sentences in the active locale; a value of the wrong kind is shown as is. */
export function stepFormat(l10n: L10n): StepFormat {
  const t = l10n.strings;
  const raw = (value: StepValue) => (value === null || value === undefined ? '—' : String(value));
  const money = (value: StepValue) => {
    const n = asNumber(value);
    return n === undefined ? raw(value) : l10n.money(n, 'EUR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  };
  const number = (value: StepValue) => {
    const n = asNumber(value);
    return n === undefined ? raw(value) : l10n.number(n, { maximumFractionDigits: 2 });
  };
  return {
    money,
    number,
    percent: (value) => {
      const n = asNumber(value);
      return n === undefined ? raw(value) : l10n.number(n, { style: 'percent', maximumFractionDigits: 2 });
    },
    date: (value) => (typeof value === 'string' ? l10n.date(value) : raw(value)),
    months: (value) => {
      const n = asNumber(value);
      return n === undefined ? raw(value) : t.months(number(n), n);
    },
    years: (value) => {
      const n = asNumber(value);
      return n === undefined ? raw(value) : t.years(number(n), n);
    },
  };
}

/** A parameter's value in words: an amount, a rate, an age, a rule. */
export function parameterValue(use: ParameterUse, l10n: L10n): string {
  const t = l10n.strings;
  const value = use.value;
  const money = (n: number) => l10n.money(n, 'EUR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const n = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  switch (use.name) {
    case 'maxDailyWage':
    case 'scale12TopMonthly':
    case 'scale10TopMonthly':
      if (typeof value === 'number') return money(value);
      break;
    case 'holidayPayRate':
    case 'yearEndBonusRate':
      if (typeof value === 'number') return l10n.number(value, { style: 'percent', maximumFractionDigits: 2 });
      break;
    case 'aowAgeMonths':
      if (typeof value === 'number') return t.ageMonths(l10n.number(Math.floor(value / 12)), value % 12);
      break;
    case 'fullTimeHoursPerWeek':
      if (typeof value === 'number') return t.hoursPerWeek(l10n.number(value));
      break;
    case 'extraAsuCapIncludesAllowances':
      if (typeof value === 'boolean') return value ? t.yes : t.no;
      break;
    case 'suppletionMaxMonths':
      if (value === 'until-aow') return t.untilAow;
      if (typeof value === 'number') return t.months(l10n.number(value), value);
      break;
    case 'asuMonths': {
      const rule = record(value);
      return t.asuRule(l10n.number(n(rule.perServiceYear)), l10n.number(n(rule.max)));
    }
    case 'reintegrationBudget': {
      const bands = record(value);
      const m = (v: unknown) => l10n.money(n(v));
      return t.budgetBands(m(bands.under40), m(bands.from40), m(bands.from50));
    }
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The words of a known step, or `undefined` for a step this version does not know. */
function stepText(t: CalculatorStrings, step: string): StepText | undefined {
  return Object.hasOwn(t.steps, step) ? t.steps[step as ExplanationStep] : undefined;
}

/** The step's result with codes turned into words where the step reports codes. */
function readableResult(explanation: Explanation, t: CalculatorStrings): Record<string, ExplanationValue> {
  if (explanation.step !== 'suppletion' || typeof explanation.result.reasons !== 'string') return explanation.result;
  const reasons = explanation.result.reasons
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) => (Object.hasOwn(t.suppletionReasons, code) ? t.suppletionReasons[code as keyof typeof t.suppletionReasons] : code));
  return { ...explanation.result, reasons: reasons.join('; ') };
}

/** Title, headline and sentence of a step; generic for unknown steps. Never throws. */
export function describeStep(explanation: Explanation, l10n: L10n): { title: string; headline?: string; text: string } {
  const t = l10n.strings;
  const known = stepText(t, explanation.step);
  const context: StepContext = { inputs: explanation.inputs, result: readableResult(explanation, t), f: stepFormat(l10n) };
  if (known) {
    try {
      return { title: known.title, ...(known.headline ? { headline: known.headline(context) } : {}), text: known.text(context) };
    } catch {
      // A host's override or a changed step shape must not break the page: fall through to the generic form.
    }
  }
  const entries = [...Object.entries(explanation.inputs), ...Object.entries(explanation.result)];
  return {
    title: known?.title ?? t.unknownStep(explanation.step),
    text: entries.map(([key, value]) => `${key}: ${typeof value === 'number' ? l10n.number(value, { maximumFractionDigits: 2 }) : String(value)}`).join('; '),
  };
}

/** How an explanation is shown: disclosure state comes from the element. */
export interface ExplanationRenderContext {
  readonly l10n: L10n;
  /** A unique prefix for ids inside the shadow root. */
  readonly scope: string;
  readonly isOpen: (id: string) => boolean;
  readonly toggle: (id: string) => void;
}

/** One figure with its explanation behind a disclosure button (WAI-ARIA disclosure pattern). */
export function explanationItem(explanation: Explanation, context: ExplanationRenderContext, index: number): TemplateResult {
  const { l10n } = context;
  const t = l10n.strings;
  const described = describeStep(explanation, l10n);
  const id = `${context.scope}-step-${index}`;
  const open = context.isOpen(id);
  const unverified = unverifiedUses(explanation).length > 0 || explanation.status === 'U';
  return html`<li part="figure" class="figure" data-step=${explanation.step}>
    <div class="figure-head">
      <span class="figure-title">${described.title}</span>
      ${described.headline ? html`<span class="figure-value">${described.headline}</span>` : nothing}
      ${unverified ? html`<span part="unverified" class="unverified">${t.unverified}</span>` : nothing}
    </div>
    <button
      part="button explain-button"
      class="disclosure"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${() => context.toggle(id)}
    >
      ${t.explain(described.title)}
    </button>
    <div part="explanation" class="explanation" id=${id} ?hidden=${!open}>
      <p>${described.text}</p>
      ${explanation.status === 'U' ? html`<p class="note">${t.ruleUnverified}</p>` : nothing}
      ${explanation.parameters.length > 0 ? parameterList(explanation.parameters, l10n) : nothing}
    </div>
  </li>`;
}

function parameterList(uses: readonly ParameterUse[], l10n: L10n): TemplateResult {
  const t = l10n.strings;
  return html`<p class="parameters-title">${t.parameterTable.caption}</p>
    <ul class="parameters">
      ${uses.map((use) => {
        const name = Object.hasOwn(t.parameters, use.name) ? t.parameters[use.name] : use.name;
        const status = Object.hasOwn(t.statuses, use.status) ? t.statuses[use.status] : use.status;
        const flagged = use.status === 'U' || use.unknownEntry !== undefined;
        return html`<li class="parameter" data-parameter=${use.name}>
          <span class="parameter-name">${name}:</span> <span class="parameter-value">${parameterValue(use, l10n)}</span>
          <span class="parameter-meta"
            >${t.parameterTable.validFrom} ${l10n.date(use.validFrom)} ·
            <span class=${flagged ? 'status status-unverified' : 'status'}>${status}</span
            >${use.overridden ? html` · ${t.overridden}` : nothing}</span
          >
          <span class="parameter-source">${t.parameterTable.source}: ${use.source}</span>
          ${use.unknownEntry ? html`<span class="parameter-source">${t.unknownEntry(l10n.date(use.unknownEntry.validFrom))}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}
