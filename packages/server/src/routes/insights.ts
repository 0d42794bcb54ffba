import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  benchmarkFormat,
  caseStartPeriodDays,
  maxInsightsQuarters,
  maxInsightsTableQuarters,
  maxUnitsPerOrganisation,
  problemTypes,
  quarterIndex,
  quarterOf,
  quarterRange,
  routes,
  usageCountRounding,
  usageEventTypes,
  type BenchmarkExport,
  type CaseDeleted,
  type CaseImportResult,
  type CasePage,
  type CaseRecord,
  type Insights,
  type InsightsCell,
  type InsightsUsage,
  type OrganisationRef,
  type Quarter,
  type UsageEventType,
} from '@mobility-kit/contract';
import { contractVersion } from '@mobility-kit/contract/openapi';
import { tableView, type InsightsTableView } from '@mobility-kit/rules';
import { allCases, caseUnits, countExistingCases, deleteCase, findCase, insertCase, listCases, updateCase, upsertCases } from '../db/cases.js';
import { usageEventCounts } from '../db/events.js';
import type { Db } from '../db/schema.js';
import { disclosureRules, disclosureVocabulary, effectiveThreshold } from '../insights/threshold.js';
import { overrunRetryAfterSeconds, TableBuilder, TableOverrun, type TableLimits } from '../insights/tables.js';
import { readCaseCsv } from '../insights/csv.js';
import { invalidRequest, notFound, ProblemError } from '../problems.js';
import { declareRoute } from './declare.js';

/** Options of the insights routes, from `ServerOptions.insights`. */
export interface InsightsRouteOptions {
  /** Disclosure threshold; default 10, never below 5. */
  k?: number | undefined;
  /** Time and memory limits of building a table (a worker thread); past them the routes answer 503. */
  table?: TableLimits | undefined;
}

/** Largest CSV file an import accepts. */
const csvBodyLimit = 2 * 1024 * 1024 + 1024;
const caseCursorPattern = /^[A-Za-z0-9-]{1,40}$/;

async function organisationRef(db: Db, id: string): Promise<OrganisationRef | undefined> {
  return db.selectFrom('organisations').select(['id', 'name', 'sector']).where('id', '=', id).executeTakeFirst();
}

/**
 * Refuse a write that would give the organisation more than {@link maxUnitsPerOrganisation} units:
 * the insights table grows with them. `path` names the field in the problem.
 */
async function checkUnitCap(db: Db, organisation: string, units: Iterable<string>, where: { in: 'body'; path: string }): Promise<void> {
  const all = new Set(await caseUnits(db, organisation));
  for (const unit of units) all.add(unit);
  if (all.size > maxUnitsPerOrganisation) {
    throw invalidRequest(
      [{ ...where, message: `at most ${maxUnitsPerOrganisation} units per organisation; this would make ${all.size}` }],
      `An organisation records cases for at most ${maxUnitsPerOrganisation} units. Merge small units (they are suppressed on the dashboard anyway).`,
    );
  }
}

/**
 * Pseudonymous cases (`/v1/hr/cases…`, HR of the own organisation only) and the anonymised
 * insights over them (`/v1/insights…`, HR and admin of the own organisation).
 *
 * Who may read what: case records are individual-level data, so only HR of the organisation that
 * recorded them sees them. The aggregates are also open to the organisation's `admin` (a functional
 * administrator who configures the intranet widgets). Nobody reads another organisation's cases or
 * insights, an admin neither: institutions compare themselves through the benchmark export they
 * choose to share, never through access to each other's data.
 */
export async function insightsRoutes(app: FastifyInstance, options: InsightsRouteOptions): Promise<void> {
  const { database, today } = app.mobility;
  const db = database.db;
  const { k, raised } = effectiveThreshold(options.k);
  if (raised) {
    const message = `insights.k = ${String(options.k)} is below the minimum of 5; using k = ${k}.`;
    app.log.warn(message);
    process.emitWarning(message, { code: 'MOBILITY_INSIGHTS_K' });
  }

  declareRoute(app, routes.listCases, async ({ query, principal }): Promise<CasePage> => {
    const { cursor, limit, started, ...filter } = query;
    if (cursor !== undefined && !caseCursorPattern.test(cursor)) {
      throw invalidRequest([{ in: 'query', path: 'cursor', message: 'is not a cursor this server issued' }]);
    }
    const page = await listCases(db, principal.organisation, {
      ...filter,
      ...(started !== undefined ? { startedBetween: caseStartPeriodDays(started) } : {}),
      limit: limit ?? 50,
      after: cursor,
    });
    return { items: page.items, nextCursor: page.next };
  });

  declareRoute(app, routes.createCase, async ({ body, principal }): Promise<CaseRecord> => {
    const { organisation } = principal;
    await checkUnitCap(db, organisation, [body.unit], { in: 'body', path: 'unit' });
    if (!(await insertCase(db, organisation, body))) {
      throw new ProblemError({
        type: problemTypes.conflict,
        title: 'Conflict',
        status: 409,
        detail: `Case ${body.id} already exists; replace it with PUT ${routes.updateCase.path.replace('{id}', body.id)}.`,
      });
    }
    return body;
  });

  declareRoute(app, routes.getCase, async ({ params, principal }): Promise<CaseRecord> => {
    const found = await findCase(db, principal.organisation, params.id);
    // Another organisation's case looks exactly like one that does not exist.
    if (!found) throw notFound('No case with this id in your organisation.');
    return found;
  });

  declareRoute(app, routes.updateCase, async ({ params, body, principal }): Promise<CaseRecord> => {
    await checkUnitCap(db, principal.organisation, [body.unit], { in: 'body', path: 'unit' });
    if (!(await updateCase(db, principal.organisation, params.id, body))) throw notFound('No case with this id in your organisation.');
    return { id: params.id, ...body };
  });

  declareRoute(app, routes.deleteCase, async ({ params, principal }): Promise<CaseDeleted> => {
    if (!(await deleteCase(db, principal.organisation, params.id))) throw notFound('No case with this id in your organisation.');
    return { id: params.id, deleted: true };
  });

  // `text/csv` is read by this route only (the helper gives it a scope of its own); every other
  // route keeps answering 415 to anything but JSON.
  declareRoute(
    app,
    routes.importCases,
    async ({ query, body, principal }): Promise<CaseImportResult> => {
      const { organisation } = principal;
      const result = readCaseCsv(body);
      if (!result.ok) {
        const first = result.errors[0]!;
        const total = result.errors.length + result.omitted;
        throw new ProblemError({
          type: problemTypes.invalidRequest,
          title: 'Invalid request',
          status: 400,
          detail: `The file was not imported: ${total} ${total === 1 ? 'problem' : 'problems'}, the first on line ${first.row}${first.column ? ` (${first.column})` : ''}: ${first.message}.${result.omitted > 0 ? ` The first ${result.errors.length} are listed.` : ''}`,
          invalidParams: result.errors.slice(0, 50).map((e) => ({ in: 'body' as const, path: `line ${e.row}${e.column ? `.${e.column}` : ''}`, message: e.message })),
          rowErrors: result.errors,
          omittedErrors: result.omitted,
        });
      }
      await checkUnitCap(db, organisation, result.records.map((r) => r.unit), { in: 'body', path: 'unit' });
      if (query.dryRun === true) {
        // Checked like an import, answered like one, and nothing stored.
        const updated = await countExistingCases(db, organisation, result.records.map((r) => r.id));
        return { created: result.records.length - updated, updated, errors: [], dryRun: true };
      }
      const { created, updated } = await upsertCases(db, organisation, result.records);
      return { created, updated, errors: [] };
    },
    { bodyLimit: csvBodyLimit, bodyName: 'the cases' },
  );

  /**
   * One suppressed table per organisation and data state; queries are slices of it. Tables are
   * built in a worker thread within time and memory limits (503 past them); a table being built is
   * shared by the requests that need it.
   */
  const builder = new TableBuilder(options.table);
  app.addHook('onClose', () => builder.close());
  const tables = new Map<string, Promise<InsightsTableView>>();
  async function tableFor(organisation: string, currentQuarter: Quarter): Promise<InsightsTableView> {
    const cases = await allCases(db, organisation);
    const digest = createHash('sha256').update(JSON.stringify(cases)).digest('base64url');
    const key = `${organisation}|${k}|${currentQuarter}|${digest}`;
    let table = tables.get(key);
    if (!table) {
      table = builder.build(cases, { k, currentQuarter, maxQuarters: maxInsightsTableQuarters }).then((data) => tableView(data, disclosureVocabulary));
      tables.set(key, table);
      // A table that overran its limits would overrun again on the same data: that answer is kept
      // for a while, so repeating the request costs nothing. Other failures are not kept.
      table.catch((error: unknown) => {
        if (!(error instanceof TableOverrun)) tables.delete(key);
        else setTimeout(() => tables.get(key) === table && tables.delete(key), overrunRetryAfterSeconds * 1000).unref();
      });
      // A handful of organisations per server: keep the most recent few tables.
      if (tables.size > 16) tables.delete(tables.keys().next().value!);
    }
    return table;
  }

  /** `to` may not lie after the current quarter, `from` not before the aggregated quarters; the range is bounded. */
  function checkRange(from: Quarter, to: Quarter, currentQuarter: Quarter): void {
    if (quarterIndex(to) > quarterIndex(currentQuarter)) {
      throw invalidRequest([{ in: 'query', path: 'to', message: `must not be after the current quarter ${currentQuarter}` }]);
    }
    if (quarterIndex(to) - quarterIndex(from) + 1 > maxInsightsQuarters) {
      throw invalidRequest([{ in: 'query', path: 'from', message: `the range may span at most ${maxInsightsQuarters} quarters` }]);
    }
    if (quarterIndex(from) < quarterIndex(currentQuarter) - maxInsightsTableQuarters + 1) {
      throw invalidRequest([{ in: 'query', path: 'from', message: `the server aggregates the last ${maxInsightsTableQuarters} quarters up to ${currentQuarter} only` }]);
    }
  }

  /**
   * Usage counts of the closed quarters among `quarters` (the current one is left out until it
   * ends), suppressed below k and rounded down to a multiple of `usageCountRounding`: anyone can
   * send events, but not into a closed quarter, so padding cannot reveal a hidden count.
   */
  async function usage(requested: readonly Quarter[], currentQuarter: Quarter): Promise<InsightsUsage> {
    const quarters = requested.filter((q) => quarterIndex(q) < quarterIndex(currentQuarter));
    if (quarters.length === 0) return { scope: 'server', quarters: [], roundedTo: usageCountRounding };
    const from = quarters[0]!;
    const to = quarters.at(-1)!;
    const startOf = (q: Quarter) => `${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
    const endOf = (q: Quarter) => {
      const month = Number(q.slice(6)) * 3;
      return `${q.slice(0, 4)}-${String(month).padStart(2, '0')}-${month === 3 || month === 12 ? '31' : '30'}`;
    };
    const counts = await usageEventCounts(db, { from: startOf(from), to: endOf(to) });
    const sums = new Map<string, number>();
    for (const c of counts) sums.set(`${quarterOf(c.day)}|${c.type}`, (sums.get(`${quarterOf(c.day)}|${c.type}`) ?? 0) + c.count);
    const cell = (value: number): InsightsCell => {
      const rounded = Math.floor(value / usageCountRounding) * usageCountRounding;
      return rounded >= k ? { value: rounded } : { suppressed: true, reason: 'below-threshold' };
    };
    return {
      scope: 'server',
      roundedTo: usageCountRounding,
      quarters: quarters.map((quarter) => ({
        quarter,
        counts: Object.fromEntries(usageEventTypes.map((type: UsageEventType) => [type, cell(sums.get(`${quarter}|${type}`) ?? 0)])) as InsightsUsage['quarters'][number]['counts'],
      })),
    };
  }

  const refOrFallback = async (organisation: string): Promise<OrganisationRef> =>
    (await organisationRef(db, organisation)) ?? { id: organisation, name: organisation, sector: 'other' };

  declareRoute(app, routes.getInsights, async ({ query, principal }): Promise<Insights> => {
    const currentQuarter = quarterOf(today());
    checkRange(query.from, query.to, currentQuarter);
    const { organisation } = principal;
    const table = await tableFor(organisation, currentQuarter);
    const quarters = quarterRange(query.from, query.to);
    const group = query.staffGroup ?? null;
    // A unit is listed only when at least k cases ever belonged to it: that a unit of three people
    // has someone in a trajectory is itself a disclosure. Its figures still count in the totals.
    const listed = table.units.filter((unit) => table.unitInflow(unit) >= k);
    const units = query.unit !== undefined ? [query.unit] : listed;
    const rows = quarters.flatMap((quarter) => [
      ...(query.unit === undefined ? [table.row(quarter, null, group)] : []),
      ...units.map((unit) => table.row(quarter, unit, group)),
    ]);
    return {
      organisation: await refOrFallback(organisation),
      query,
      generatedAt: new Date().toISOString(),
      rules: disclosureRules(k),
      quarters,
      units,
      rows,
      usage: await usage(quarters, currentQuarter),
    };
  });

  declareRoute(app, routes.exportInsights, async ({ query, principal, reply }): Promise<BenchmarkExport> => {
    const currentQuarter = quarterOf(today());
    checkRange(query.from, query.to, currentQuarter);
    const { organisation } = principal;
    const table = await tableFor(organisation, currentQuarter);
    const ref = await refOrFallback(organisation);
    reply.header('Content-Disposition', `attachment; filename="benchmark-${ref.id}-${query.from}-${query.to}.json"`);
    return {
      format: benchmarkFormat,
      contractVersion,
      institution: { id: ref.id, name: ref.name },
      period: { from: query.from, to: query.to },
      ...(query.staffGroup ? { staffGroup: query.staffGroup } : {}),
      exportedAt: new Date().toISOString(),
      rules: disclosureRules(k),
      rows: quarterRange(query.from, query.to).map((quarter) => table.row(quarter, null, query.staffGroup ?? null)),
    };
  });
}
