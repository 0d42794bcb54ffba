import { problemTypes, routes, type RouteDefinition, type Vacancy } from '@mobility-kit/contract';
import { type CheckSpec, type Context, getRoutes, maxLimit, fail, pass, skip } from '../context.js';
import { problemIssues } from '../http.js';

const listVacancies = routes.listVacancies as RouteDefinition;
const vacancyPath = (id: string) => routes.getVacancy.path.replace('{id}', encodeURIComponent(id));

/** Every vacancy `token`'s owner (or an anonymous reader) is listed, all pages. */
function vacanciesOf(ctx: Context, name: string, token: string | undefined): Promise<{ items: Vacancy[]; problems: readonly string[] }> {
  return ctx.memo(`vacancies:${name}`, async () => {
    const walk = await ctx.walk(listVacancies, { limit: maxLimit(listVacancies), ...(token ? { token } : {}) });
    return { items: walk.items as Vacancy[], problems: walk.problems };
  });
}

/** The internal vacancies the employee token sees; a string says why there are none to work with. */
async function employeeInternal(ctx: Context): Promise<{ organisation: string; items: Vacancy[] } | string> {
  if (!ctx.tokens.employee) return 'needs an employee token (--token-employee)';
  const { items, problems } = await vacanciesOf(ctx, 'employee', ctx.tokens.employee);
  if (problems.length > 0) return `listing vacancies as the employee failed: ${problems.join('; ')}`;
  const internal = items.filter((vacancy) => vacancy.visibility === 'internal');
  const organisations = [...new Set(internal.map((vacancy) => vacancy.organisation?.id))];
  if (internal.length === 0) return 'the employee sees no internal vacancy';
  if (organisations.length > 1) return `the employee sees internal vacancies of ${organisations.length} organisations: ${organisations.join(', ')}`;
  return { organisation: organisations[0]!, items: internal };
}

const limitedIds = (items: readonly Vacancy[]) => items.slice(0, 5).map((vacancy) => vacancy.id).join(', ') + (items.length > 5 ? ` (+${items.length - 5} more)` : '');

/**
 * Who sees what: anonymous readers only public vacancies; an employee the internal vacancies of
 * their own organisation, which nobody from another organisation or without a token can list or
 * open; HR routes refuse anonymous callers (401) and employees (403); a bad token is a 401.
 */
export function visibilityChecks(ctx: Context): CheckSpec[] {
  const checks: CheckSpec[] = [
    {
      id: 'visibility/anonymous-public-only',
      group: 'visibility',
      title: 'anonymous readers are listed public vacancies only',
      run: async () => {
        const { items, problems } = await vacanciesOf(ctx, 'anonymous', undefined);
        if (problems.length > 0) return fail(problems.join('\n'));
        const hidden = items.filter((vacancy) => vacancy.visibility !== 'public');
        if (hidden.length > 0) return fail(`${hidden.length} of ${items.length} vacancies are not public: ${limitedIds(hidden)}`);
        return items.length === 0 ? skip('the server lists no vacancy at all') : pass(`${items.length} public vacancies`);
      },
    },
    {
      id: 'visibility/employee-own-internal',
      group: 'visibility',
      title: "an employee sees their own organisation's internal vacancies",
      run: async () => {
        if (!ctx.tokens.employee) return skip('needs an employee token (--token-employee)');
        const internal = await employeeInternal(ctx);
        if (typeof internal === 'string') return fail(`${internal}; expected the internal vacancies of the employee's organisation (only those)`);
        const exchange = await ctx.http.get(vacancyPath(internal.items[0]!.id), { token: ctx.tokens.employee });
        if (exchange.status !== 200) return fail(`GET ${exchange.url} as the employee: status ${exchange.status}, expected 200`);
        return pass(`${internal.items.length} internal vacancies of ${internal.organisation}`);
      },
    },
    {
      id: 'visibility/anonymous-no-internal-by-id',
      group: 'visibility',
      title: 'an internal vacancy opened without a token is not found',
      run: async () => {
        const internal = await employeeInternal(ctx);
        if (typeof internal === 'string') return skip(internal);
        const exchange = await ctx.http.get(vacancyPath(internal.items[0]!.id));
        const issues = problemIssues(exchange, { status: 404, type: problemTypes.notFound });
        return issues.length > 0 ? fail(`GET ${exchange.url} anonymously: ${issues.join('; ')}`) : pass();
      },
    },
    {
      id: 'visibility/other-organisation',
      group: 'visibility',
      title: "another organisation's employee neither lists nor opens those internal vacancies",
      run: async () => {
        if (!ctx.tokens.otherOrganisation) return skip('needs a token of another organisation (--token-other-org)');
        const internal = await employeeInternal(ctx);
        if (typeof internal === 'string') return skip(internal);
        const other = await vacanciesOf(ctx, 'otherOrganisation', ctx.tokens.otherOrganisation);
        if (other.problems.length > 0) return fail(other.problems.join('\n'));
        const ids = new Set(internal.items.map((vacancy) => vacancy.id));
        const otherInternal = other.items.filter((vacancy) => vacancy.visibility === 'internal');
        if (otherInternal.length === ids.size && otherInternal.every((vacancy) => ids.has(vacancy.id))) {
          return skip(`both tokens see exactly the internal vacancies of ${internal.organisation}: they seem to belong to the same organisation`);
        }
        const leaked = other.items.filter((vacancy) => ids.has(vacancy.id));
        if (leaked.length > 0) return fail(`${leaked.length} internal vacancies of ${internal.organisation} are listed to the other organisation: ${limitedIds(leaked)}`);
        const exchange = await ctx.http.get(vacancyPath(internal.items[0]!.id), { token: ctx.tokens.otherOrganisation });
        const issues = problemIssues(exchange, { status: 404, type: problemTypes.notFound });
        return issues.length > 0 ? fail(`GET ${exchange.url} as the other organisation: ${issues.join('; ')}`) : pass();
      },
    },
    {
      id: 'visibility/invalid-token',
      group: 'visibility',
      title: 'a token the server did not issue is a 401 problem document',
      run: async () => {
        const exchange = await ctx.http.get(listVacancies.path, { token: 'conformance.invalid.token' });
        const issues = problemIssues(exchange, { status: 401, type: problemTypes.unauthorized });
        return issues.length > 0 ? fail(`GET ${exchange.url}: ${issues.join('; ')}`) : pass();
      },
    },
  ];

  for (const route of getRoutes.filter((r) => r.auth === 'required' && !(r.roles ?? []).includes('employee'))) {
    checks.push({
      id: `visibility/${route.operationId}/anonymous-401`,
      group: 'visibility',
      title: `${route.path} refuses anonymous callers with 401`,
      run: async () => refusal(ctx, route, undefined, 401, problemTypes.unauthorized),
    });
    checks.push({
      id: `visibility/${route.operationId}/employee-403`,
      group: 'visibility',
      title: `${route.path} refuses employees with 403`,
      run: async () => (ctx.tokens.employee ? refusal(ctx, route, ctx.tokens.employee, 403, problemTypes.forbidden) : skip('needs an employee token (--token-employee)')),
    });
  }
  return checks;
}

/** Sends a request that would succeed for HR and expects the refusal; ids are placeholders the schema accepts. */
async function refusal(ctx: Context, route: RouteDefinition, token: string | undefined, status: number, type: string) {
  const queries = await ctx.requiredQueries(route);
  const query = typeof queries === 'string' ? {} : (queries[0] ?? {});
  const exchange = await ctx.http.get(route.path.replace('{id}', 'conformance-placeholder'), { query, ...(token ? { token } : {}) });
  const issues = problemIssues(exchange, { status, type });
  return issues.length > 0 ? fail(`GET ${exchange.url}: ${issues.join('; ')}`) : pass();
}
