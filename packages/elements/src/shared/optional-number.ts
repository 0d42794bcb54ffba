import type { ComplexAttributeConverter } from 'lit';

/**
 * Converter for number attributes that may be absent: a blank or non-numeric value means "not
 * set" (`undefined`), and `undefined` removes the attribute.
 */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null || value.trim() === '') return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  },
  toAttribute: (value: number | undefined): string | null => (value === undefined || value === null ? null : String(value)),
};
