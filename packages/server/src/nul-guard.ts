import type { FastifyInstance } from 'fastify';
import { invalidRequest } from './problems.js';

const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

interface Frame {
  readonly node: Record<string, unknown>;
  readonly key: string;
  readonly parent: Frame | undefined;
  readonly depth: number;
}

/**
 * Deepest nesting of objects and arrays accepted in a body or query. The contract's deepest body
 * is a few levels; a hostile body nested thousands deep would otherwise reach code that recurses
 * (serialising it for the idempotency fingerprint, say) and exhaust the stack.
 */
export const maxNestingDepth = 32;

const pathOf = (frame: Frame | undefined, key: string): string => {
  const parts = [key];
  for (let f = frame; f && f.key !== ''; f = f.parent) parts.unshift(f.key);
  return parts.join('.');
};

/** At most this many fields are named in one answer. */
const maxNamed = 50;

/**
 * Make the strings of a parsed body or query storable, in place: an unpaired UTF-16 surrogate
 * becomes U+FFFD (what UTF-8 text columns already store for it, and what jsonb columns would
 * otherwise refuse with an error). Returns the dotted paths of the strings holding U+0000, which no
 * PostgreSQL text can hold (`''` for a string root). Iterative: a deeply nested body must not
 * exhaust the stack.
 */
export function makeTextStorable(root: unknown): { value: unknown; nulAt: string[]; tooDeep: boolean } {
  if (typeof root === 'string') {
    return root.includes('\u0000') ? { value: root, nulAt: [''], tooDeep: false } : { value: root.replace(loneSurrogates, '\uFFFD'), nulAt: [], tooDeep: false };
  }
  const nulAt: string[] = [];
  if (root === null || typeof root !== 'object') return { value: root, nulAt, tooDeep: false };
  const stack: Frame[] = [{ node: root as Record<string, unknown>, key: '', parent: undefined, depth: 1 }];
  while (stack.length > 0 && nulAt.length < maxNamed) {
    const frame = stack.pop()!;
    if (frame.depth > maxNestingDepth) return { value: root, nulAt, tooDeep: true };
    for (const key of Object.keys(frame.node)) {
      const child = frame.node[key];
      if (typeof child === 'string') {
        if (child.includes('\u0000')) nulAt.push(pathOf(frame, key));
        const fixed = child.replace(loneSurrogates, '\uFFFD');
        if (fixed !== child) frame.node[key] = fixed;
      } else if (child !== null && typeof child === 'object') {
        stack.push({ node: child as Record<string, unknown>, key, parent: frame, depth: frame.depth + 1 });
      }
    }
  }
  return { value: root, nulAt, tooDeep: false };
}

/**
 * Every route refuses a NUL in its JSON or CSV body or query up front as a 400 naming the field
 * (and a body nested deeper than {@link maxNestingDepth} as a 400),
 * rather than failing in the database with a 500, and stores unpaired surrogates as U+FFFD.
 * Signed-in routes have checked the caller by then.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const body = makeTextStorable(request.body);
    const query = makeTextStorable(request.query);
    if (body.tooDeep) throw invalidRequest([{ in: 'body', path: '(root)', message: `must not nest objects and arrays more than ${maxNestingDepth} levels deep` }]);
    if (query.tooDeep) throw invalidRequest([{ in: 'query', path: '(root)', message: `must not nest more than ${maxNestingDepth} levels deep` }]);
    const refused = [
      ...body.nulAt.map((path) => ({ in: 'body' as const, path: path || '(root)', message: 'must not contain NUL characters' })),
      ...query.nulAt.map((path) => ({ in: 'query' as const, path: path || '(root)', message: 'must not contain NUL characters' })),
    ];
    if (refused.length > 0) throw invalidRequest(refused);
    request.body = body.value;
  });
}
