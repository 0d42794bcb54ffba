/** Numbers as people type them, shared by the elements with amount fields (calculator, case register). */

/**
 * Reads a number the way people type it in the Netherlands and elsewhere: `60000`, `60.000`,
 * `60 000`, `€ 60.000,50`, `37,5`, `37.5`. A single separator followed by exactly three digits is
 * a thousands separator (no amount or hour count here has three decimals); otherwise it is the
 * decimal mark. With both `.` and `,` the last one is the decimal mark.
 *
 * @returns the number, `undefined` for empty text, `NaN` for text that is not a number.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return undefined;
  if (!/^[+-]?[\d.,]+$/.test(compact) || !/\d/.test(compact)) return Number.NaN;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (compact.indexOf(decimal) !== compact.lastIndexOf(decimal)) return Number.NaN;
    normalised = compact.split(thousands).join('').replace(decimal, '.');
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    if (!separator) normalised = compact;
    else {
      const groups = compact.split(separator);
      const thousandsGrouping = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0] !== '' && !/^[+-]?0$/.test(groups[0]!);
      if (thousandsGrouping) normalised = groups.join('');
      else if (groups.length === 2) normalised = `${groups[0]}.${groups[1]}`;
      else return Number.NaN;
    }
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}
