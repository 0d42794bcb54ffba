import type { InvalidParam } from './problem.js';

/** The subset of a zod issue this module reads; works for `zod` and `zod/mini` alike. */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly format?: string;
  readonly keys?: readonly string[];
}

/**
 * Dotted path of an issue: `items.3.organisation.name`; `(root)` for the value itself. A member
 * whose name is empty is shown as `""`, so its path never comes out empty or ends in a bare dot.
 */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((key) => (key === '' ? '""' : String(key))).join('.');
}

/**
 * A readable English sentence for a schema issue. zod/mini ships no messages (it says "Invalid
 * input"), and the contract must name what was wrong, so the message is built from the issue.
 */
export function describeIssue(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected ?? 'another type'}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      // zod names a pattern check `regex`; "must be a valid regex" would read as if a pattern were wanted.
      return issue.format === 'regex' || !issue.format ? 'has an invalid format' : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys && issue.keys.length > 1 ? 'fields' : 'field'} ${(issue.keys ?? []).join(', ')}`;
    case 'not_multiple_of':
      return 'must be a whole step';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

/**
 * Turn schema issues into the `invalidParams` of a problem document. Unknown keys become one entry
 * per key, so a client learns the name of each unexpected parameter.
 */
export function toInvalidParams(issues: readonly SchemaIssue[], location: InvalidParam['in']): InvalidParam[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({ in: location, path: issuePath([...issue.path, key]), message: 'is not a known parameter' }))
      : [{ in: location, path: issuePath(issue.path), message: describeIssue(issue) }],
  );
}
