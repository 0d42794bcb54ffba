import { MobilityValidationError } from './errors.js';

/** One page of a cursor-paged list, as every list route of the contract answers. */
export interface CursorPage<T> {
  items: readonly T[];
  nextCursor: string | null;
}

/**
 * Every item of a cursor-paged list, fetching page after page as the loop asks for more. A
 * `nextCursor` that is empty or repeats the cursor of the page it ends is a
 * {@link MobilityValidationError}: following it would fetch the same page for ever.
 *
 * @param operationId the list operation, named in the error
 * @param fetchPage fetches the page after `cursor` (the first page when `cursor` is undefined)
 */
export async function* paginate<T>(
  operationId: string,
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    const next = page.nextCursor;
    if (next === null) return;
    if (next === '' || next === cursor) {
      throw new MobilityValidationError({
        operationId,
        subject: 'Response',
        issues: [{ path: 'nextCursor', message: next === '' ? 'is empty; expected a cursor or null' : 'repeats the cursor of the page it ends' }],
      });
    }
    cursor = next;
  }
}
