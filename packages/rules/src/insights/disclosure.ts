/**
 * Aggregation of pseudonymous mobility cases into the insights table, with statistical disclosure
 * control. Pure: no database, no clock, no I/O — tests call it directly.
 *
 * ## The table
 *
 * One table per organisation, over a fixed *frame*: every quarter from the first case's start to
 * the current quarter (or the last dated event, if later) × every unit plus "all units" × teaching,
 * support and "both groups". Each cell of it holds 14 counts: inflow (I), in progress at the end of
 * the quarter (P), outflow (O), outflow by each of 5 routes and by each of 6 outcomes. Median
 * duration and the two cost sums hang off the outflow count and are shown only when it is.
 *
 * Every query (a range of quarters, a unit, a staff group) is a *slice* of this one table and its
 * one suppression pattern. Suppressing per query instead would let someone combine two queries
 * (2025-Q1…Q2 and 2025-Q2…Q3, or teaching and support) into what neither shows.
 *
 * ## The identities an attacker can use
 *
 * Published figures satisfy these linear identities, which is what secondary suppression guards:
 * - route and outcome totals: O = Σ outflow by route = Σ outflow by outcome;
 * - unit totals: X(all units) = Σ over units of X, per quarter, staff group and count;
 * - staff-group totals: X(both) = X(teaching) + X(support), per quarter, unit and count;
 * - flow between quarters: Pₜ = Pₜ₋₁ + Iₜ − Oₜ per unit and staff group, with P = 0 before the
 *   frame's first quarter (an attacker may know when the first case started).
 *
 * ## The algorithm
 *
 * 1. Primary suppression: every count below `k` — zero included — is suppressed (`below-threshold`).
 *    A zero would tell that *nobody* in a group took a route, which is itself a statement about
 *    each person in it.
 * 2. Attack: the attacker knows every published value, that a `below-threshold` cell lies in
 *    [0, k−1] and a `secondary` cell in [k, ∞) (the reason is published). For each identity it
 *    narrows every unknown to the interval the other terms allow, and repeats over all identities
 *    until nothing narrows (interval propagation). A suppressed cell whose interval shrinks to one
 *    number is disclosed. This covers "the only unknown in a sum" and also sums whose unknowns
 *    are pinned by their bounds (e.g. two hidden cells that must add up to 0).
 * 3. Secondary suppression: for every disclosed cell, suppress one more published cell of the
 *    identity that pinned it — preferring unit/group cells over totals so the totals stay visible,
 *    then in-progress stocks (one hidden stock blocks two flow identities), then the smallest
 *    value — then attack again. Repeat until the attack discloses nothing. Every
 *    round suppresses at least one cell, so this ends.
 * 4. Derived figures: median duration and costs are shown exactly when their outflow count is, so
 *    costs appear only for groups that are shown; cost sums obey the same unit and group identities
 *    as outflow and inherit its protection.
 *
 * Limits, stated so nobody relies on more: the attack is interval propagation over single
 * identities, not a full linear-programming audit of all identities at once; and a table computed
 * on different data (after cases are added) has its own pattern, so comparing reports from
 * different days can reveal what changed in between.
 */
import {
  caseOutcomes,
  caseRoutes,
  quarterAt,
  quarterIndex,
  quarterOf,
  staffGroups,
  minimumDisclosureThreshold,
  protectedIdentities,
  countedFigures,
  neverCollectedData,
  type CaseOutcome,
  type CaseRoute,
  type DisclosureRules,
  type InsightsCell,
  type InsightsRow,
  type Quarter,
  type StaffGroup,
  type SuppressionReason,
} from '@mobility-kit/contract';

/** What the aggregation needs of a case: no id, nothing else. */
export interface DisclosureCase {
  readonly unit: string;
  readonly staffGroup: StaffGroup;
  readonly startDate: string;
  readonly route: CaseRoute;
  readonly outcome?: CaseOutcome | undefined;
  readonly endDate?: string | undefined;
  readonly trajectoryCosts: number;
  readonly benefitCosts: number;
}

/** Default threshold: a cell must describe at least this many people to be shown. */
export const defaultDisclosureThreshold = 10;

/**
 * The threshold to use for a configured value: at least {@link minimumDisclosureThreshold}, a whole
 * number. `raised` tells the caller to warn that the configuration was overruled.
 */
export function effectiveThreshold(configured: number | undefined): { k: number; raised: boolean } {
  if (configured === undefined) return { k: defaultDisclosureThreshold, raised: false };
  const whole = Number.isFinite(configured) ? Math.ceil(configured) : defaultDisclosureThreshold;
  return whole < minimumDisclosureThreshold ? { k: minimumDisclosureThreshold, raised: true } : { k: whole, raised: false };
}

/** The rules in force, as the contract publishes them. */
export function disclosureRules(k: number): DisclosureRules {
  return {
    k,
    minimumK: minimumDisclosureThreshold,
    smallestPeriod: 'quarter',
    smallestGroup: 'unit',
    protectedIdentities: [...protectedIdentities],
    costsOnlyForShownGroups: true,
    counted: [...countedFigures],
    neverCollected: [...neverCollectedData],
  };
}

/** The count measures of a table cell, in storage order. */
export const countMeasures = [
  'inflow',
  'inProgress',
  'outflow',
  ...caseRoutes.map((r) => `route:${r}` as const),
  ...caseOutcomes.map((o) => `outcome:${o}` as const),
] as const;
export type CountMeasure = (typeof countMeasures)[number];

const M = countMeasures.length;
const IN = 0;
const PROG = 1;
const OUT = 2;
const ROUTE0 = 3;
const OUTCOME0 = ROUTE0 + caseRoutes.length;

/** Publication status of a count cell. */
export const CellStatus = { Published: 0, BelowThreshold: 1, Secondary: 2 } as const;
export type CellStatus = (typeof CellStatus)[keyof typeof CellStatus];

/** Which kind of identity a constraint is; matches the contract's `protectedIdentities`. */
export type IdentityKind = 'route-and-outcome-totals' | 'unit-totals' | 'staff-group-totals' | 'quarter-to-quarter-flow';

/** Σ coefficients[i] × value(cells[i]) = constant. */
export interface Identity {
  readonly kind: IdentityKind;
  readonly cells: readonly number[];
  readonly coefficients: readonly number[];
  readonly constant: number;
}

/** Group index for "both staff groups"; units use `units.length` for "all units". */
const GROUPS = staffGroups.length + 1;
const ALL_GROUPS = staffGroups.length;

/** The aggregated, suppressed table of one organisation. */
export interface InsightsTable {
  readonly k: number;
  /** Quarters of the frame, in order. Empty when there are no cases. */
  readonly quarters: readonly Quarter[];
  /** Units of the frame, sorted. */
  readonly units: readonly string[];
  /** True counts per cell, indexed by {@link InsightsTable.cellId}. */
  readonly values: Float64Array;
  readonly status: Uint8Array;
  readonly identities: readonly Identity[];
  /** Index of a count cell; `unit` is `null` for all units, `group` `null` for both staff groups. */
  cellId(quarter: number, unit: number, group: number, measure: number): number;
  /** The contract row for a quarter, a unit (`null`: all units) and a staff group (`null`: both). */
  row(quarter: Quarter, unit: string | null, staffGroup: StaffGroup | null): InsightsRow;
}

interface Derived {
  durations: number[];
  trajectoryCosts: number;
  benefitCosts: number;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Median of whole days, halves rounded up. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Aggregate `cases` and suppress. `currentQuarter` closes the frame so that the pattern does not
 * depend on the quarters a query asks for.
 */
export function buildInsightsTable(cases: readonly DisclosureCase[], options: { k: number; currentQuarter: Quarter }): InsightsTable {
  const { k } = options;
  const units = [...new Set(cases.map((c) => c.unit))].sort();
  const U = units.length + 1;
  const ALL_UNITS = units.length;
  let first = Infinity;
  let last = quarterIndex(options.currentQuarter);
  for (const c of cases) {
    first = Math.min(first, quarterIndex(quarterOf(c.startDate)));
    last = Math.max(last, quarterIndex(quarterOf(c.startDate)), c.endDate ? quarterIndex(quarterOf(c.endDate)) : -Infinity);
  }
  const quarters: Quarter[] = [];
  if (cases.length > 0) for (let i = first; i <= last; i++) quarters.push(quarterAt(i));
  const Q = quarters.length;

  const cellId = (q: number, u: number, g: number, m: number) => ((q * U + u) * GROUPS + g) * M + m;
  const values = new Float64Array(Q * U * GROUPS * M);
  const derived: Derived[] = Array.from({ length: Q * U * GROUPS }, () => ({ durations: [], trajectoryCosts: 0, benefitCosts: 0 }));
  const unitIndex = new Map(units.map((u, i) => [u, i]));

  for (const c of cases) {
    const u = unitIndex.get(c.unit)!;
    const g = staffGroups.indexOf(c.staffGroup);
    const start = quarterIndex(quarterOf(c.startDate)) - first;
    const end = c.endDate ? quarterIndex(quarterOf(c.endDate)) - first : Q;
    for (const uu of [u, ALL_UNITS]) {
      for (const gg of [g, ALL_GROUPS]) {
        values[cellId(start, uu, gg, IN)]! += 1;
        // Open at the end of every quarter from its start up to (not including) its last quarter.
        for (let q = start; q < end && q < Q; q++) values[cellId(q, uu, gg, PROG)]! += 1;
        if (c.endDate && c.outcome) {
          values[cellId(end, uu, gg, OUT)]! += 1;
          values[cellId(end, uu, gg, ROUTE0 + caseRoutes.indexOf(c.route))]! += 1;
          values[cellId(end, uu, gg, OUTCOME0 + caseOutcomes.indexOf(c.outcome))]! += 1;
          const d = derived[(end * U + uu) * GROUPS + gg]!;
          d.durations.push(days(c.startDate, c.endDate));
          d.trajectoryCosts += c.trajectoryCosts;
          d.benefitCosts += c.benefitCosts;
        }
      }
    }
  }

  const identities = tableIdentities(Q, U, cellId);
  const status = suppress(values, identities, k, (cell) => {
    const rest = Math.floor(cell / M);
    const g = rest % GROUPS;
    const u = Math.floor(rest / GROUPS) % U;
    // Totals last (benchmarks and the overview live on them); among equals, an in-progress stock
    // first: hiding it blocks the flow identities of two quarters at once.
    return 2 * ((u === ALL_UNITS ? 1 : 0) + (g === ALL_GROUPS ? 1 : 0)) + (cell % M === PROG ? 0 : 1);
  });

  const hidden = (reason: SuppressionReason): InsightsCell => ({ suppressed: true, reason });
  const countCell = (id: number): InsightsCell => {
    const s = status[id];
    return s === CellStatus.Published ? { value: values[id]! } : hidden(s === CellStatus.Secondary ? 'secondary' : 'below-threshold');
  };
  const emptyRow = (quarter: Quarter, unit: string | null): InsightsRow => {
    const below = hidden('below-threshold');
    return {
      quarter,
      unit,
      inflow: below,
      inProgress: below,
      outflow: below,
      outflowByRoute: Object.fromEntries(caseRoutes.map((r) => [r, below])) as InsightsRow['outflowByRoute'],
      outflowByOutcome: Object.fromEntries(caseOutcomes.map((o) => [o, below])) as InsightsRow['outflowByOutcome'],
      medianDurationDays: below,
      trajectoryCosts: below,
      benefitCosts: below,
    };
  };

  return {
    k,
    quarters,
    units,
    values,
    status,
    identities,
    cellId,
    row(quarter, unit, staffGroup) {
      const q = Q === 0 ? -1 : quarterIndex(quarter) - first;
      const u = unit === null ? ALL_UNITS : unitIndex.get(unit);
      // Outside the frame nothing happened: every count is 0, so below the threshold.
      if (q < 0 || q >= Q || u === undefined) return emptyRow(quarter, unit);
      const g = staffGroup === null ? ALL_GROUPS : staffGroups.indexOf(staffGroup);
      const id = (m: number) => cellId(q, u, g, m);
      const outflow = countCell(id(OUT));
      const d = derived[(q * U + u) * GROUPS + g]!;
      // Derived figures follow their outflow count: shown with it, suppressed for the same reason.
      const follow = (value: () => number): InsightsCell => ('value' in outflow ? { value: value() } : outflow);
      return {
        quarter,
        unit,
        inflow: countCell(id(IN)),
        inProgress: countCell(id(PROG)),
        outflow,
        outflowByRoute: Object.fromEntries(caseRoutes.map((r, i) => [r, countCell(id(ROUTE0 + i))])) as InsightsRow['outflowByRoute'],
        outflowByOutcome: Object.fromEntries(caseOutcomes.map((o, i) => [o, countCell(id(OUTCOME0 + i))])) as InsightsRow['outflowByOutcome'],
        medianDurationDays: follow(() => median(d.durations)),
        trajectoryCosts: follow(() => Math.round(d.trajectoryCosts)),
        benefitCosts: follow(() => Math.round(d.benefitCosts)),
      };
    },
  };
}

/** Every linear identity the published table satisfies (see the module comment). */
function tableIdentities(Q: number, U: number, cellId: (q: number, u: number, g: number, m: number) => number): Identity[] {
  const out: Identity[] = [];
  const ALL_UNITS = U - 1;
  for (let q = 0; q < Q; q++) {
    for (let u = 0; u < U; u++) {
      for (let g = 0; g < GROUPS; g++) {
        const routes = caseRoutes.map((_, i) => cellId(q, u, g, ROUTE0 + i));
        const outcomes = caseOutcomes.map((_, i) => cellId(q, u, g, OUTCOME0 + i));
        out.push({ kind: 'route-and-outcome-totals', cells: [cellId(q, u, g, OUT), ...routes], coefficients: [1, ...routes.map(() => -1)], constant: 0 });
        out.push({ kind: 'route-and-outcome-totals', cells: [cellId(q, u, g, OUT), ...outcomes], coefficients: [1, ...outcomes.map(() => -1)], constant: 0 });
      }
    }
    for (let m = 0; m < M; m++) {
      // With a single unit "all units" equals it: still an identity, or one could be hidden and the other not.
      if (U > 1) {
        for (let g = 0; g < GROUPS; g++) {
          const parts = Array.from({ length: ALL_UNITS }, (_, u) => cellId(q, u, g, m));
          out.push({ kind: 'unit-totals', cells: [cellId(q, ALL_UNITS, g, m), ...parts], coefficients: [1, ...parts.map(() => -1)], constant: 0 });
        }
      }
      for (let u = 0; u < U; u++) {
        out.push({
          kind: 'staff-group-totals',
          cells: [cellId(q, u, ALL_GROUPS, m), cellId(q, u, 0, m), cellId(q, u, 1, m)],
          coefficients: [1, -1, -1],
          constant: 0,
        });
      }
    }
  }
  for (let u = 0; u < U; u++) {
    for (let g = 0; g < GROUPS; g++) {
      for (let q = 0; q < Q; q++) {
        const cells = [cellId(q, u, g, PROG), cellId(q, u, g, IN), cellId(q, u, g, OUT)];
        const coefficients = [1, -1, 1];
        if (q > 0) {
          cells.push(cellId(q - 1, u, g, PROG));
          coefficients.push(-1);
        }
        out.push({ kind: 'quarter-to-quarter-flow', cells, coefficients, constant: 0 });
      }
    }
  }
  return out;
}

/** What an attacker can pin down: every suppressed cell whose value the identities force. */
export interface AttackResult {
  /** Suppressed cells the attacker can compute exactly, with the identity that pinned each. */
  readonly disclosed: ReadonlyMap<number, number>;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/**
 * Interval propagation over the identities, as an attacker with the published table would do it.
 * Known: published values exactly; `below-threshold` cells in [0, k−1]; `secondary` cells in [k, ∞).
 */
export function attack(values: ArrayLike<number>, status: ArrayLike<number>, identities: readonly Identity[], k: number, maxPasses = 50): AttackResult {
  const n = values.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (status[i] === CellStatus.Published) lower[i] = upper[i] = values[i]!;
    else if (status[i] === CellStatus.BelowThreshold) [lower[i], upper[i]] = [0, k - 1];
    else [lower[i], upper[i]] = [k, Infinity];
  }
  const pinnedBy = new Map<number, number>();
  for (let pass = 0, changed = true; changed && pass < maxPasses; pass++) {
    changed = false;
    identities.forEach((identity, index) => {
      const { cells, coefficients, constant } = identity;
      // Range of every term c·x, and of their sum (infinite ends counted apart, so ∞ − ∞ never happens).
      let minSum = 0;
      let maxSum = 0;
      let minInf = 0;
      let maxInf = 0;
      const termMin: number[] = [];
      const termMax: number[] = [];
      for (let t = 0; t < cells.length; t++) {
        const c = coefficients[t]!;
        const a = c * lower[cells[t]!]!;
        const b = c * upper[cells[t]!]!;
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        termMin.push(lo);
        termMax.push(hi);
        if (lo === -Infinity) minInf++;
        else minSum += lo;
        if (hi === Infinity) maxInf++;
        else maxSum += hi;
      }
      for (let t = 0; t < cells.length; t++) {
        const cell = cells[t]!;
        if (lower[cell] === upper[cell]) continue;
        const c = coefficients[t]!;
        const restMin = minInf - (termMin[t] === -Infinity ? 1 : 0) > 0 ? -Infinity : minSum - (termMin[t] === -Infinity ? 0 : termMin[t]!);
        const restMax = maxInf - (termMax[t] === Infinity ? 1 : 0) > 0 ? Infinity : maxSum - (termMax[t] === Infinity ? 0 : termMax[t]!);
        // c·x = constant − rest
        const a = (constant - restMax) / c;
        const b = (constant - restMin) / c;
        const lo = Math.ceil(Math.min(a, b) - 1e-9);
        const hi = Math.floor(Math.max(a, b) + 1e-9);
        if (lo > lower[cell]!) {
          lower[cell] = lo;
          changed = true;
        }
        if (hi < upper[cell]!) {
          upper[cell] = hi;
          changed = true;
        }
        if (lower[cell] === upper[cell] && status[cell] !== CellStatus.Published) pinnedBy.set(cell, index);
      }
    });
  }
  return { disclosed: pinnedBy, lower, upper };
}

/**
 * Primary and secondary suppression (steps 1–3 of the module comment). `totalRank` ranks how costly
 * hiding a cell is (0: cheapest); secondary suppression picks the lowest rank, then the smallest value.
 */
export function suppress(values: ArrayLike<number>, identities: readonly Identity[], k: number, totalRank: (cell: number) => number): Uint8Array {
  const status = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) status[i] = values[i]! < k ? CellStatus.BelowThreshold : CellStatus.Published;
  const byCell = new Map<number, number[]>();
  identities.forEach((identity, index) => {
    for (const cell of identity.cells) {
      let list = byCell.get(cell);
      if (!list) byCell.set(cell, (list = []));
      list.push(index);
    }
  });
  const better = (a: number, b: number) =>
    totalRank(a) - totalRank(b) || values[a]! - values[b]! || a - b;
  const pickPublished = (cells: readonly number[]): number | undefined => {
    let best: number | undefined;
    for (const cell of cells) if (status[cell] === CellStatus.Published && (best === undefined || better(cell, best) < 0)) best = cell;
    return best;
  };
  // Each round suppresses at least one more cell or stops, so there are at most as many rounds as cells.
  for (let round = 0; round <= values.length; round++) {
    const { disclosed } = attack(values, status, identities, k);
    if (disclosed.size === 0) break;
    let progress = false;
    const hiddenNow = new Set<number>();
    for (const [cell, identityIndex] of [...disclosed].sort((a, b) => a[0] - b[0])) {
      // A cell hidden earlier in this round may already protect this one; the next attack tells.
      if (identities[identityIndex]!.cells.some((c) => hiddenNow.has(c))) continue;
      let choice = pickPublished(identities[identityIndex]!.cells);
      // The pinning identity has no published cell left: widen another identity of the cell.
      for (const other of byCell.get(cell) ?? []) {
        if (choice !== undefined) break;
        choice = pickPublished(identities[other]!.cells);
      }
      if (choice !== undefined) {
        status[choice] = CellStatus.Secondary;
        hiddenNow.add(choice);
        progress = true;
      }
    }
    if (!progress) break;
  }
  return status;
}
