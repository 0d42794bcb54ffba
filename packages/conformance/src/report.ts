/** What a check found: `skip` when it could not run (a token not given, no data to compare). */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** The families of checks, in the order they run. */
export const checkGroups = ['schemas', 'problems', 'pagination', 'caching', 'visibility'] as const;
export type CheckGroup = (typeof checkGroups)[number];

/** The outcome of one check. */
export interface CheckResult {
  /** Stable identifier, e.g. `schema/listVacancies/anonymous`; safe to match on in CI. */
  readonly id: string;
  readonly group: CheckGroup;
  /** One line for people. */
  readonly title: string;
  readonly status: CheckStatus;
  /** Why it failed or was skipped, or what a pass covered. */
  readonly reason?: string;
  readonly durationMs: number;
}

/** Everything {@link runConformance} found. */
export interface ConformanceReport {
  readonly baseUrl: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** True when no check failed (skips do not count against it). */
  readonly ok: boolean;
  readonly counts: Readonly<Record<CheckStatus, number>>;
  readonly results: readonly CheckResult[];
}

const marks: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };

/** The report as plain text: one line per check, grouped, reasons indented, totals at the end. */
export function formatReport(report: ConformanceReport): string {
  const lines = [`mobility-kit conformance: ${report.baseUrl}`, ''];
  for (const group of checkGroups) {
    const results = report.results.filter((r) => r.group === group);
    if (results.length === 0) continue;
    lines.push(`${group}`);
    for (const result of results) {
      lines.push(`  ${marks[result.status]}  ${result.title}  [${result.id}]`);
      if (result.reason && result.status !== 'pass') {
        for (const line of result.reason.split('\n')) lines.push(`        ${line}`);
      }
    }
    lines.push('');
  }
  const { pass, fail, skip } = report.counts;
  lines.push(`${pass} passed, ${fail} failed, ${skip} skipped in ${(report.durationMs / 1000).toFixed(1)} s`);
  lines.push(report.ok ? 'The server conforms to the contract (for every check that ran).' : 'The server does NOT conform to the contract.');
  return lines.join('\n');
}
