/**
 * Fold a text to lower-case ASCII words: accents dropped, and every run of anything that is not a
 * letter or digit replaced by `separator`, none at either end. The one folding behind slugs and
 * place-name keys.
 */
export function foldToAscii(text: string, separator: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replaceAll(' ', separator);
}

/**
 * A readable ASCII slug of a text: accents dropped, lower case, runs of anything else as one `-`.
 * Used for vacancy ids (HR writes, feed imports) and by the demo seed.
 */
export function slugify(text: string): string {
  return foldToAscii(text, '-');
}
