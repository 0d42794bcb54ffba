import type { RouteDefinition } from '@mobility-kit/contract';
import { type Caller, type CheckSpec, type Context, getRoutes, fail, pass, skip } from '../context.js';
import { describeIssues, jsonOf } from '../http.js';

/** Media types whose bodies are JSON; anything else (Atom) is validated as text. */
const jsonTypes = new Set(['application/json', 'application/ld+json']);

/** Every GET route's success answer, for every caller that may ask, against the contract's schema. */
export function schemaChecks(ctx: Context): CheckSpec[] {
  const checks: CheckSpec[] = [];
  for (const route of getRoutes) {
    const callers = ctx.callersFor(route);
    if (typeof callers === 'string') {
      checks.push({ id: `schema/${route.operationId}`, group: 'schemas', title: `${route.method} ${route.path} matches the contract`, run: async () => skip(callers) });
      continue;
    }
    for (const caller of callers) {
      checks.push({
        id: `schema/${route.operationId}/${caller.name}`,
        group: 'schemas',
        title: `${route.method} ${route.path} as ${caller.name} matches the contract`,
        run: () => checkResponse(ctx, route, caller),
      });
    }
  }
  return checks;
}

async function checkResponse(ctx: Context, route: RouteDefinition, caller: Caller) {
  const requests = await ctx.sampleRequests(route, caller);
  if (typeof requests === 'string') return skip(requests);
  const mediaType = route.responseMediaType ?? 'application/json';
  let lastNotFound = '';
  for (const request of requests) {
    const exchange = await ctx.http.get(request.path, { query: request.query, ...(caller.token ? { token: caller.token } : {}) });
    // A required parameter's sample (an organisation without stored regulations) may simply not exist.
    if (exchange.status === 404 && route.errors.includes(404) && requests.length > 1) {
      lastNotFound = exchange.url;
      continue;
    }
    const schema = route.responses[exchange.status];
    if (!schema) return fail(`GET ${exchange.url}: status ${exchange.status}, the contract allows ${Object.keys(route.responses).join(', ')}`);
    if (typeof mediaType !== 'string') {
      // A binary answer (an uploaded photo): one of the declared types, bytes, and never sniffed.
      if (!mediaType.includes(exchange.mediaType)) return fail(`GET ${exchange.url}: Content-Type "${exchange.mediaType || '(none)'}", expected one of ${mediaType.join(', ')}`);
      if (exchange.text.length === 0) return fail(`GET ${exchange.url}: an empty body`);
      if (exchange.headers.get('x-content-type-options') !== 'nosniff') return fail(`GET ${exchange.url}: no X-Content-Type-Options: nosniff`);
      return pass(`GET ${exchange.url}: ${exchange.status} ${exchange.mediaType}`);
    }
    if (exchange.mediaType !== mediaType) return fail(`GET ${exchange.url}: Content-Type "${exchange.mediaType || '(none)'}", expected ${mediaType}`);
    const body = jsonTypes.has(mediaType) ? jsonOf(exchange) : exchange.text;
    if (body === undefined) return fail(`GET ${exchange.url}: the body is not JSON`);
    const parsed = schema.safeParse(body);
    if (!parsed.success) return fail(`GET ${exchange.url}: ${describeIssues(parsed.error.issues)}`);
    return pass(`GET ${exchange.url}: ${exchange.status}`);
  }
  return skip(`every sample answered 404 (last: ${lastNotFound}); nothing to validate`);
}
