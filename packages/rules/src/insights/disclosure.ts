/**
 * Aggregation of pseudonymous mobility cases into the insights table, with statistical disclosure
 * control. Pure: no database, no clock, no I/O — tests call it directly. The contract's vocabulary
 * (staff groups, routes, outcomes, quarter arithmetic) is passed in, so this module imports the
 * contract for types only.
 *
 * ## The table
 *
 * One table per organisation, over a fixed *frame*: every quarter from the first case's start to
 * the current quarter, but at most `maxQuarters` quarters (the most recent ones) × every unit plus
 * "all units" × teaching,
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
 *   frame's first quarter (an attacker may know when the first case started). When the frame is
 *   cut off at `maxQuarters`, the cases still open at its start are the *opening stock*; the first
 *   quarter's identity then reads P₀ = S + I₀ − O₀ and the suppression treats S as known to the
 *   attacker (it may have been published when the frame was earlier), which protects more, never less.
 *
 * ## Bounded by construction
 *
 * Work and memory grow with quarters × units × 3 × 14 cells. The frame never extends past the
 * current quarter (a start after it is not counted yet; an end after it counts as still open) and
 * never covers more than `maxQuarters`; the caller caps the number of units. Cases are dated 2000–2099
 * in the contract, so without these bounds one case in 2000 and one ending in 2099 would make a
 * table of 400 quarters.
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
import type {
  CaseOutcome,
  CaseRoute,
  InsightsCell,
  InsightsRow,
  Quarter,
  StaffGroup,
  SuppressionReason,
} from '@mobility-kit/contract';
import { CellStatus, suppress, type Identity } from './suppression.js';

export { attack, CellStatus, suppress, type AttackResult, type Identity, type IdentityKind } from './suppression.js';

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

/**
 * The contract's vocabulary the table is built over, passed in by the caller (the server hands in
 * the contract's own lists and quarter functions). Order matters: it is the storage order.
 */
export interface DisclosureVocabulary {
  readonly staffGroups: readonly StaffGroup[];
  readonly caseRoutes: readonly CaseRoute[];
  readonly caseOutcomes: readonly CaseOutcome[];
  readonly quarterOf: (date: string) => Quarter;
  readonly quarterIndex: (quarter: Quarter) => number;
  readonly quarterAt: (index: number) => Quarter;
}

/** How a table is built. */
export interface InsightsTableOptions {
  /** The disclosure threshold. */
  readonly k: number;
  /** Closes the frame, so that the pattern does not depend on the quarters a query asks for. */
  readonly currentQuarter: Quarter;
  readonly vocabulary: DisclosureVocabulary;
  /** Most quarters the frame covers, ending with the current quarter (the contract states the number). */
  readonly maxQuarters: number;
}

/**
 * The aggregated, suppressed table as plain data: typed arrays and strings only, so it can cross a
 * worker boundary (structured clone, the arrays transferred) and be cached.
 */
export interface InsightsTableData {
  readonly k: number;
  /** Quarter index (see the vocabulary's `quarterIndex`) of the frame's first quarter. */
  readonly first: number;
  /** Quarters of the frame, in order. Empty when there are no cases. */
  readonly quarters: readonly Quarter[];
  /** Units of the frame, sorted. */
  readonly units: readonly string[];
  /** True counts per cell, indexed as {@link InsightsTableView.cellId}. */
  readonly values: Float64Array;
  readonly status: Uint8Array;
  /** Per quarter, unit and group (index `(q × U + u) × groups + g`): median duration of the outflow, NaN without outflow. */
  readonly medianDays: Float64Array;
  readonly trajectoryCosts: Float64Array;
  readonly benefitCosts: Float64Array;
}

/** Reading a table: cells and contract rows. */
export interface InsightsTableView {
  readonly k: number;
  readonly quarters: readonly Quarter[];
  readonly units: readonly string[];
  readonly values: Float64Array;
  readonly status: Uint8Array;
  /** Index of a count cell; `unit` is `units.length` for all units, `group` the number of staff groups for both. */
  cellId(quarter: number, unit: number, group: number, measure: number): number;
  /** The contract row for a quarter, a unit (`null`: all units) and a staff group (`null`: both). */
  row(quarter: Quarter, unit: string | null, staffGroup: StaffGroup | null): InsightsRow;
  /** Inflow of a unit over the whole frame, both staff groups. */
  unitInflow(unit: string): number;
}

/** A table as built: its view, its plain data and the identities its suppression guarded. */
export interface InsightsTable extends InsightsTableView {
  readonly data: InsightsTableData;
  readonly identities: readonly Identity[];
}

/** Layout of the count measures: inflow, in progress, outflow, outflow by route, by outcome. */
function layout(vocabulary: DisclosureVocabulary) {
  const groups = vocabulary.staffGroups.length + 1;
  const route0 = 3;
  const outcome0 = route0 + vocabulary.caseRoutes.length;
  return { IN: 0, PROG: 1, OUT: 2, route0, outcome0, M: outcome0 + vocabulary.caseOutcomes.length, groups, allGroups: groups - 1 };
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Median of whole days, halves rounded up. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Aggregate `cases` over the frame and suppress (steps 1–4 of the module comment). */
export function buildInsightsTable(cases: readonly DisclosureCase[], options: InsightsTableOptions): InsightsTable {
  const { k, vocabulary } = options;
  const { quarterOf, quarterIndex, quarterAt, staffGroups, caseRoutes, caseOutcomes } = vocabulary;
  const { IN, PROG, OUT, route0, outcome0, M, groups: GROUPS, allGroups: ALL_GROUPS } = layout(vocabulary);
  const maxQuarters = Math.max(1, Math.floor(options.maxQuarters));
  const current = quarterIndex(options.currentQuarter);
  // A case that starts after the current quarter has not happened yet.
  const counted = cases.filter((c) => quarterIndex(quarterOf(c.startDate)) <= current);
  const units = [...new Set(counted.map((c) => c.unit))].sort();
  const U = units.length + 1;
  const ALL_UNITS = units.length;
  let earliest = Infinity;
  for (const c of counted) earliest = Math.min(earliest, quarterIndex(quarterOf(c.startDate)));
  const first = Math.max(earliest, current - maxQuarters + 1);
  const quarters: Quarter[] = [];
  if (counted.length > 0) for (let i = first; i <= current; i++) quarters.push(quarterAt(i));
  const Q = quarters.length;

  const cellId = (q: number, u: number, g: number, m: number) => ((q * U + u) * GROUPS + g) * M + m;
  const values = new Float64Array(Q * U * GROUPS * M);
  const opening = new Float64Array(U * GROUPS);
  const durations: number[][] = Array.from({ length: Q * U * GROUPS }, () => []);
  const trajectoryCosts = new Float64Array(Q * U * GROUPS);
  const benefitCosts = new Float64Array(Q * U * GROUPS);
  const unitIndex = new Map(units.map((u, i) => [u, i]));

  for (const c of counted) {
    const u = unitIndex.get(c.unit)!;
    const g = staffGroups.indexOf(c.staffGroup);
    const start = quarterIndex(quarterOf(c.startDate)) - first;
    // An end after the current quarter is a plan, not an event yet: the case counts as open.
    const endIndex = c.endDate && c.outcome ? quarterIndex(quarterOf(c.endDate)) - first : Q;
    const closed = endIndex < Q;
    // Ended before the frame: nothing of it falls inside.
    if (closed && endIndex < 0) continue;
    for (const uu of [u, ALL_UNITS]) {
      for (const gg of [g, ALL_GROUPS]) {
        if (start >= 0) values[cellId(start, uu, gg, IN)]! += 1;
        // Open before the frame and still open at its start: part of the opening stock.
        else opening[uu * GROUPS + gg]! += 1;
        // Open at the end of every quarter from its start up to (not including) its last quarter.
        for (let q = Math.max(start, 0); q < endIndex && q < Q; q++) values[cellId(q, uu, gg, PROG)]! += 1;
        if (closed) {
          values[cellId(endIndex, uu, gg, OUT)]! += 1;
          values[cellId(endIndex, uu, gg, route0 + caseRoutes.indexOf(c.route))]! += 1;
          values[cellId(endIndex, uu, gg, outcome0 + caseOutcomes.indexOf(c.outcome!))]! += 1;
          const d = (endIndex * U + uu) * GROUPS + gg;
          durations[d]!.push(days(c.startDate, c.endDate!));
          trajectoryCosts[d]! += c.trajectoryCosts;
          benefitCosts[d]! += c.benefitCosts;
        }
      }
    }
  }

  const identities = tableIdentities(Q, U, vocabulary, cellId, opening);
  const status = suppress(values, identities, k, (cell) => {
    const rest = Math.floor(cell / M);
    const g = rest % GROUPS;
    const u = Math.floor(rest / GROUPS) % U;
    // Totals last (benchmarks and the overview live on them); among equals, an in-progress stock
    // first: hiding it blocks the flow identities of two quarters at once.
    return 2 * ((u === ALL_UNITS ? 1 : 0) + (g === ALL_GROUPS ? 1 : 0)) + (cell % M === PROG ? 0 : 1);
  });
  const medianDays = new Float64Array(durations.length);
  durations.forEach((list, i) => (medianDays[i] = list.length > 0 ? median(list) : Number.NaN));
  const data: InsightsTableData = { k, first, quarters, units, values, status, medianDays, trajectoryCosts, benefitCosts };
  return { ...tableView(data, vocabulary), data, identities };
}

/** Read a table's plain data: cells by index and contract rows. */
export function tableView(data: InsightsTableData, vocabulary: DisclosureVocabulary): InsightsTableView {
  const { k, first, quarters, units, values, status } = data;
  const { IN, PROG, OUT, route0, outcome0, M, groups: GROUPS, allGroups: ALL_GROUPS } = layout(vocabulary);
  const { caseRoutes, caseOutcomes, staffGroups, quarterIndex } = vocabulary;
  const Q = quarters.length;
  const U = units.length + 1;
  const ALL_UNITS = units.length;
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const cellId = (q: number, u: number, g: number, m: number) => ((q * U + u) * GROUPS + g) * M + m;

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
    cellId,
    row(quarter, unit, staffGroup) {
      const q = Q === 0 ? -1 : quarterIndex(quarter) - first;
      const u = unit === null ? ALL_UNITS : unitIndex.get(unit);
      // Outside the frame nothing happened: every count is 0, so below the threshold.
      if (q < 0 || q >= Q || u === undefined) return emptyRow(quarter, unit);
      const g = staffGroup === null ? ALL_GROUPS : staffGroups.indexOf(staffGroup);
      const id = (m: number) => cellId(q, u, g, m);
      const outflow = countCell(id(OUT));
      const d = (q * U + u) * GROUPS + g;
      // Derived figures follow their outflow count: shown with it, suppressed for the same reason.
      const follow = (value: () => number): InsightsCell => ('value' in outflow ? { value: value() } : outflow);
      return {
        quarter,
        unit,
        inflow: countCell(id(IN)),
        inProgress: countCell(id(PROG)),
        outflow,
        outflowByRoute: Object.fromEntries(caseRoutes.map((r, i) => [r, countCell(id(route0 + i))])) as InsightsRow['outflowByRoute'],
        outflowByOutcome: Object.fromEntries(caseOutcomes.map((o, i) => [o, countCell(id(outcome0 + i))])) as InsightsRow['outflowByOutcome'],
        medianDurationDays: follow(() => data.medianDays[d]!),
        trajectoryCosts: follow(() => Math.round(data.trajectoryCosts[d]!)),
        benefitCosts: follow(() => Math.round(data.benefitCosts[d]!)),
      };
    },
    unitInflow(unit) {
      const u = unitIndex.get(unit);
      if (u === undefined) return 0;
      let total = 0;
      for (let q = 0; q < Q; q++) total += values[cellId(q, u, ALL_GROUPS, IN)]!;
      return total;
    },
  };
}

/** Every linear identity the published table satisfies (see the module comment). */
function tableIdentities(
  Q: number,
  U: number,
  vocabulary: DisclosureVocabulary,
  cellId: (q: number, u: number, g: number, m: number) => number,
  opening: Float64Array,
): Identity[] {
  const { PROG, IN, OUT, route0, outcome0, M, groups: GROUPS, allGroups: ALL_GROUPS } = layout(vocabulary);
  const { caseRoutes, caseOutcomes } = vocabulary;
  const out: Identity[] = [];
  const ALL_UNITS = U - 1;
  for (let q = 0; q < Q; q++) {
    for (let u = 0; u < U; u++) {
      for (let g = 0; g < GROUPS; g++) {
        const routes = caseRoutes.map((_, i) => cellId(q, u, g, route0 + i));
        const outcomes = caseOutcomes.map((_, i) => cellId(q, u, g, outcome0 + i));
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
        const parts = Array.from({ length: ALL_GROUPS }, (_, g) => cellId(q, u, g, m));
        out.push({ kind: 'staff-group-totals', cells: [cellId(q, u, ALL_GROUPS, m), ...parts], coefficients: [1, ...parts.map(() => -1)], constant: 0 });
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
        // Before the frame: the opening stock, 0 unless the frame was cut off (treated as known).
        out.push({ kind: 'quarter-to-quarter-flow', cells, coefficients, constant: q === 0 ? opening[u * GROUPS + g]! : 0 });
      }
    }
  }
  return out;
}
