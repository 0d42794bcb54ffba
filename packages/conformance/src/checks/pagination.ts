import type { RouteDefinition } from '@mobility-kit/contract';
import { type Caller, type CheckSpec, type Context, getRoutes, isPaged, itemKey, maxLimit, fail, pass, skip } from '../context.js';

/**
 * Cursor pagination of every paged list, for every caller: following `nextCursor` with a small
 * `limit` visits every item once, no page is longer than `limit`, a second walk gives the same
 * order, and so does one walk with the largest `limit` (the order does not depend on page size).
 */
export function paginationChecks(ctx: Context): CheckSpec[] {
  const checks: CheckSpec[] = [];
  for (const route of getRoutes.filter(isPaged)) {
    const callers = ctx.callersFor(route);
    if (typeof callers === 'string') {
      checks.push({ id: `pagination/${route.operationId}`, group: 'pagination', title: `${route.path}: cursor pagination`, run: async () => skip(callers) });
      continue;
    }
    for (const caller of callers) {
      checks.push({
        id: `pagination/${route.operationId}/${caller.name}`,
        group: 'pagination',
        title: `${route.path} as ${caller.name}: cursors visit every item once, in a stable order`,
        run: () => checkPagination(ctx, route, caller),
      });
    }
  }
  return checks;
}

async function checkPagination(ctx: Context, route: RouteDefinition, caller: Caller) {
  const limit = ctx.pageLimit;
  const token = caller.token ? { token: caller.token } : {};
  const first = await ctx.walk(route, { limit, ...token });
  if (first.problems.length > 0) return fail(first.problems.join('\n'));
  const failures: string[] = [];
  first.pages.forEach((page, index) => {
    if (page.length > limit) failures.push(`page ${index + 1} has ${page.length} items with limit=${limit}`);
  });
  const keys = first.items.map(itemKey);
  const seen = new Map<string, number>();
  first.pages.forEach((page, index) => {
    for (const item of page) {
      const key = itemKey(item);
      const earlier = seen.get(key);
      if (earlier !== undefined) failures.push(`item ${key} on page ${earlier + 1} comes again on page ${index + 1}`);
      else seen.set(key, index);
    }
  });
  if (failures.length > 0) return fail(failures.slice(0, 5).join('\n') + (failures.length > 5 ? `\n(+${failures.length - 5} more)` : ''));
  if (first.items.length <= limit) return skip(`only ${first.items.length} item(s): fewer than one full page of ${limit}, so paging is not exercised`);

  const second = await ctx.walk(route, { limit, ...token });
  const again = second.items.map(itemKey);
  if (second.problems.length > 0 || again.join('\n') !== keys.join('\n')) {
    return fail(`a second walk with limit=${limit} gave ${again.length} items in another order (first difference at position ${firstDifference(keys, again)})`);
  }
  const large = maxLimit(route);
  const whole = await ctx.walk(route, { limit: large, ...token });
  const wholeKeys = whole.items.map(itemKey);
  if (whole.problems.length > 0) return fail(whole.problems.join('\n'));
  if (wholeKeys.join('\n') !== keys.join('\n')) {
    return fail(`limit=${large} gives ${wholeKeys.length} items, limit=${limit} gives ${keys.length}; first difference at position ${firstDifference(keys, wholeKeys)}`);
  }
  return pass(`${keys.length} items in ${first.pages.length} pages of ${limit}, same as with limit=${large}`);
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return -1;
}
