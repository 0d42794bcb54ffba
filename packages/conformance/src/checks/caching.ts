import { routes, storyCacheMaxAgeSeconds } from '@mobility-kit/contract';
import { type CheckSpec, type Context, fail, pass, skip } from '../context.js';
import type { Exchange } from '../http.js';

/** `Cache-Control` directives, lower case, `max-age` with its value. */
function directives(exchange: Exchange): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (exchange.headers.get('cache-control') ?? '').split(',')) {
    const [name, value = ''] = part.trim().toLowerCase().split('=');
    if (name) out.set(name, value.replace(/"/g, ''));
  }
  return out;
}

/** Whether a shared cache could keep `exchange` and hand it to someone else. */
function sharedCacheMayStore(exchange: Exchange): boolean {
  const cc = directives(exchange);
  if (cc.has('no-store') || cc.has('private')) return false;
  const vary = (exchange.headers.get('vary') ?? '').toLowerCase().split(',').map((v) => v.trim());
  if (vary.includes('*') || vary.includes('authorization')) return false;
  return cc.has('public') || cc.has('s-maxage') || cc.has('max-age');
}

/**
 * The caching the contract promises: public stories are cacheable for exactly
 * `storyCacheMaxAgeSeconds` with an ETag that revalidates; intranet stories are never stored;
 * and no answer that a token widened may be kept by a shared cache (it would leak internal
 * vacancies to the next anonymous reader).
 */
export function cachingChecks(ctx: Context): CheckSpec[] {
  return [
    {
      id: 'caching/listStories/public',
      group: 'caching',
      title: `public stories: Cache-Control public, max-age=${storyCacheMaxAgeSeconds} and a revalidating ETag`,
      run: async () => {
        const exchange = await ctx.http.get(routes.listStories.path, { query: { channel: 'public' } });
        if (exchange.status !== 200) return fail(`GET ${exchange.url}: status ${exchange.status}`);
        const cc = directives(exchange);
        const issues: string[] = [];
        if (!cc.has('public')) issues.push(`Cache-Control "${exchange.headers.get('cache-control') ?? ''}" lacks public`);
        if (cc.get('max-age') !== String(storyCacheMaxAgeSeconds)) issues.push(`max-age is ${cc.get('max-age') ?? 'missing'}, the contract says ${storyCacheMaxAgeSeconds}`);
        const etag = exchange.headers.get('etag');
        if (!etag) issues.push('no ETag');
        else {
          const revalidated = await ctx.http.get(routes.listStories.path, { query: { channel: 'public' }, headers: { 'if-none-match': etag } });
          if (revalidated.status !== 304) issues.push(`If-None-Match with the ETag answered ${revalidated.status}, expected 304`);
          else if (revalidated.text.length > 0) issues.push('the 304 carries a body');
        }
        return issues.length > 0 ? fail(issues.join('; ')) : pass();
      },
    },
    {
      id: 'caching/listStories/intranet',
      group: 'caching',
      title: 'intranet stories are never stored',
      run: async () => {
        if (!ctx.tokens.employee) return skip('needs an employee token (--token-employee)');
        const exchange = await ctx.http.get(routes.listStories.path, { query: { channel: 'intranet' }, token: ctx.tokens.employee });
        if (exchange.status !== 200) return fail(`GET ${exchange.url}: status ${exchange.status}`);
        const cc = directives(exchange);
        if (!cc.has('no-store') && !cc.has('private')) return fail(`Cache-Control "${exchange.headers.get('cache-control') ?? ''}": expected no-store or private`);
        return pass();
      },
    },
    {
      id: 'caching/listVacancies/signed-in',
      group: 'caching',
      title: 'vacancies listed for a signed-in employee are not kept by shared caches',
      run: async () => {
        if (!ctx.tokens.employee) return skip('needs an employee token (--token-employee)');
        const exchange = await ctx.http.get(routes.listVacancies.path, { token: ctx.tokens.employee });
        if (exchange.status !== 200) return fail(`GET ${exchange.url}: status ${exchange.status}`);
        if (sharedCacheMayStore(exchange)) {
          return fail(`Cache-Control "${exchange.headers.get('cache-control') ?? ''}", Vary "${exchange.headers.get('vary') ?? ''}": a shared cache may store a personalised list`);
        }
        return pass();
      },
    },
  ];
}
