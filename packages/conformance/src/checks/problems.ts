import { problemTypes, type RouteDefinition } from '@mobility-kit/contract';
import { type Caller, type CheckSpec, type Context, getRoutes, fail, pass, skip } from '../context.js';
import { jsonOf, problemIssues } from '../http.js';

/** Values tried, in order, until the contract's schema rejects one for the parameter at hand. */
const invalidCandidates = ['-1', '0', 'not-a-valid-value', '1.5', '9999-99-99', 'NOT A VALID ID!', 'x'.repeat(600)];
/** Ids no server is expected to hold: a slug, and a UUID for collections whose ids are UUIDs (feed sources, uploaded photos). */
const unknownIds = ['conformance-unknown-4f1c9a', '00000000-0000-4000-8000-000000c0ffee'];

/** The first candidate the schema rejects with an issue on `name` itself (not on a neighbour). */
function invalidValue(schema: NonNullable<RouteDefinition['query']>, base: Record<string, string>, name: string): string | undefined {
  for (const candidate of invalidCandidates) {
    const parsed = schema.safeParse({ ...base, [name]: candidate });
    if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === name)) return candidate;
  }
  return undefined;
}

function callerFor(ctx: Context, route: RouteDefinition): Caller | string {
  const callers = ctx.callersFor(route);
  return typeof callers === 'string' ? callers : callers[0]!;
}

/**
 * Client mistakes get RFC 9457 problem documents: every query parameter given a value the
 * contract rejects is a 400 `invalid-request` naming it in `invalidParams`; a malformed id is a
 * 400 too; an unknown id is a 404 `not-found`.
 */
export function problemChecks(ctx: Context): CheckSpec[] {
  const checks: CheckSpec[] = [];
  for (const route of getRoutes) {
    if (route.query && route.errors.includes(400)) {
      checks.push({
        id: `problem/invalid-query/${route.operationId}`,
        group: 'problems',
        title: `${route.path}: invalid query parameters are 400 problem documents`,
        run: () => invalidQuery(ctx, route),
      });
    }
    if (route.params && route.errors.includes(400)) {
      checks.push({
        id: `problem/invalid-id/${route.operationId}`,
        group: 'problems',
        title: `${route.path}: a malformed id is a 400 problem document`,
        run: () => invalidId(ctx, route),
      });
    }
    if (route.params && route.errors.includes(404)) {
      checks.push({
        id: `problem/unknown-id/${route.operationId}`,
        group: 'problems',
        title: `${route.path}: an unknown id is a 404 problem document`,
        run: () => unknownId(ctx, route),
      });
    }
  }
  return checks;
}

async function invalidQuery(ctx: Context, route: RouteDefinition) {
  const caller = callerFor(ctx, route);
  if (typeof caller === 'string') return skip(caller);
  const queries = await ctx.requiredQueries(route);
  if (typeof queries === 'string' || queries.length === 0) return skip(typeof queries === 'string' ? queries : 'no valid base query');
  const base = queries[0]!;
  // A route with an `{id}` is asked about an id that exists, so that only the query is wrong; where
  // none can be found (a photo no story shows), about an unknown id that fits the contract: the
  // query is checked before anything is looked up.
  let path = route.path;
  if (route.params) {
    const id = (await ctx.knownId(route, caller)) ?? unknownIds.find((candidate) => route.params!.safeParse({ id: candidate }).success);
    if (!id) return skip('no id that fits the contract for this route');
    path = path.replace('{id}', encodeURIComponent(id));
  }
  const failures: string[] = [];
  const tested: string[] = [];
  const untested: string[] = [];
  for (const name of Object.keys(route.query!.def.shape)) {
    const value = invalidValue(route.query!, base, name);
    if (value === undefined) {
      untested.push(name);
      continue;
    }
    tested.push(name);
    const exchange = await ctx.http.get(path, { query: { ...base, [name]: value }, ...(caller.token ? { token: caller.token } : {}) });
    const shown = `${name}=${value.length > 20 ? `${value.slice(0, 12)}…(${value.length} chars)` : value}`;
    const issues = problemIssues(exchange, { status: 400, type: problemTypes.invalidRequest });
    if (issues.length === 0) {
      const invalidParams = (jsonOf(exchange) as { invalidParams?: { in: string; path: string }[] }).invalidParams ?? [];
      if (!invalidParams.some((param) => param.in === 'query' && (param.path === name || param.path.startsWith(`${name}.`)))) {
        issues.push(`invalidParams does not name query parameter "${name}"`);
      }
    }
    if (issues.length > 0) failures.push(`${shown}: ${issues.join('; ')}`);
  }
  if (tested.length === 0) return skip(`no query parameter has a value the contract rejects (${untested.join(', ')})`);
  if (failures.length > 0) return fail(failures.join('\n'));
  return pass(`${tested.join(', ')}${untested.length ? `; free-form: ${untested.join(', ')}` : ''}`);
}

async function invalidId(ctx: Context, route: RouteDefinition) {
  const caller = callerFor(ctx, route);
  if (typeof caller === 'string') return skip(caller);
  const value = invalidCandidates.find((candidate) => !route.params!.safeParse({ id: candidate }).success);
  if (!value) return skip('the contract accepts every id tried');
  const exchange = await ctx.http.get(route.path.replace('{id}', encodeURIComponent(value)), caller.token ? { token: caller.token } : {});
  const issues = problemIssues(exchange, { status: 400, type: problemTypes.invalidRequest });
  return issues.length > 0 ? fail(`GET ${exchange.url}: ${issues.join('; ')}`) : pass();
}

async function unknownId(ctx: Context, route: RouteDefinition) {
  const caller = callerFor(ctx, route);
  if (typeof caller === 'string') return skip(caller);
  const value = unknownIds.find((candidate) => route.params!.safeParse({ id: candidate }).success);
  if (!value) return skip('no unknown id fits the contract');
  const exchange = await ctx.http.get(route.path.replace('{id}', encodeURIComponent(value)), caller.token ? { token: caller.token } : {});
  const issues = problemIssues(exchange, { status: 404, type: problemTypes.notFound });
  return issues.length > 0 ? fail(`GET ${exchange.url}: ${issues.join('; ')}`) : pass();
}
