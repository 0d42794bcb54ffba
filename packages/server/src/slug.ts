/**
 * A readable ASCII slug of a text: accents dropped, lower case, runs of anything else as one `-`.
 * Used for vacancy ids (HR writes, feed imports) and by the demo seed.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
