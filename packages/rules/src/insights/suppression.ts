/**
 * Steps 2 and 3 of disclosure control (see `disclosure.ts`): the attack — interval propagation over
 * the linear identities a published table satisfies — and secondary suppression, which hides more
 * cells until the attack discloses nothing. Pure: it knows cells only by index.
 */

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
