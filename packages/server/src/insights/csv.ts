/**
 * Case records from a CSV file, as HR exports them from a spreadsheet: a header row naming the
 * columns (any order), comma- or semicolon-separated (Dutch spreadsheets use semicolons), fields
 * optionally in double quotes (RFC 4180), a UTF-8 byte-order mark tolerated. Every problem is
 * reported with its line and column, so HR can fix the file in one go.
 */
import {
  CaseRecord,
  caseCsvColumns,
  describeIssue,
  maxCaseCsvFields,
  maxCaseCsvRows,
  maxListedCsvErrors,
  optionalCaseCsvColumns,
  type CaseCsvColumn,
  type CsvRowError,
} from '@mobility-kit/contract';

/**
 * The outcome of reading a file: every valid record, or the errors — at most
 * {@link maxListedCsvErrors} of them, with `omitted` counting the rest.
 */
export type CaseCsvResult = { ok: true; records: CaseRecord[] } | { ok: false; errors: CsvRowError[]; omitted: number };

/** A capped error list: keeps the first {@link maxListedCsvErrors}, counts the others. */
class ErrorList {
  readonly listed: CsvRowError[] = [];
  omitted = 0;
  push(error: CsvRowError): void {
    if (this.listed.length < maxListedCsvErrors) this.listed.push(error);
    else this.omitted++;
  }
  get size(): number {
    return this.listed.length + this.omitted;
  }
  result(): CaseCsvResult {
    return { ok: false, errors: this.listed, omitted: this.omitted };
  }
}

const optional: ReadonlySet<CaseCsvColumn> = new Set(optionalCaseCsvColumns);
const required: readonly CaseCsvColumn[] = caseCsvColumns.filter((name) => !optional.has(name));

/**
 * Split CSV text into lines of fields. Quoted fields may hold separators, quotes ("") and line breaks.
 * Reading stops at the first line with more than `maxFields` fields (`tooManyFieldsAt` names it).
 */
export function parseCsv(
  text: string,
  separator: string,
  maxFields = Infinity,
): { rows: string[][]; unterminatedQuoteAt?: number; tooManyFieldsAt?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteStart = line;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      if (row.length >= maxFields) return { rows, tooManyFieldsAt: line };
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) return { rows, unterminatedQuoteAt: quoteStart };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

/** A cost figure: `1234.50`, or `1234,50` in a semicolon file; no thousands separators. */
function parseEuros(raw: string, separator: string): number | undefined {
  const text = raw.trim();
  if (text === '') return 0;
  const normalised = separator === ';' ? text.replace(',', '.') : text;
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** Read and validate a case CSV file. */
export function readCaseCsv(text: string): CaseCsvResult {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { rows, unterminatedQuoteAt, tooManyFieldsAt } = parseCsv(body, separator, maxCaseCsvFields);
  if (tooManyFieldsAt !== undefined) {
    return { ok: false, errors: [{ row: tooManyFieldsAt, message: `more than ${maxCaseCsvFields} fields on one line` }], omitted: 0 };
  }
  if (unterminatedQuoteAt !== undefined) {
    return { ok: false, errors: [{ row: unterminatedQuoteAt, message: 'a quoted field is not closed' }], omitted: 0 };
  }
  const header = (rows[0] ?? []).map((name) => name.trim());
  const errors = new ErrorList();
  const known = new Set<string>(caseCsvColumns);
  // A header name is echoed in the answer: a long one is cut, so the answer stays small.
  const shown = (name: string) => (name.length > 100 ? `${name.slice(0, 100)}…` : name);
  header.forEach((name) => {
    // Refusing unknown columns keeps names and notes out, even by accident.
    if (!known.has(name)) errors.push({ row: 1, column: shown(name), message: `unknown column; allowed are ${caseCsvColumns.join(', ')}` });
  });
  for (const name of required) if (!header.includes(name)) errors.push({ row: 1, column: name, message: 'required column is missing' });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) errors.push({ row: 1, column: shown(name), message: 'column appears twice' });
    seen.add(name);
  }
  if (errors.size > 0) return errors.result();

  const dataRows = rows.slice(1).map((fields, i) => ({ fields, line: i + 2 })).filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  if (dataRows.length === 0) return { ok: false, errors: [{ row: 2, message: 'the file has no case rows' }], omitted: 0 };
  if (dataRows.length > maxCaseCsvRows) {
    return { ok: false, errors: [{ row: maxCaseCsvRows + 2, message: `at most ${maxCaseCsvRows} rows per file` }], omitted: 0 };
  }

  const records: CaseRecord[] = [];
  const idsAt = new Map<string, number>();
  // Every row is checked, so the count of omitted errors is exact; at most maxCaseCsvRows rows of
  // maxCaseCsvFields fields each, and only the first errors are kept.
  for (const { fields, line } of dataRows) {
    if (fields.length !== header.length) {
      errors.push({ row: line, message: `expected ${header.length} fields, found ${fields.length}` });
      continue;
    }
    const raw = Object.fromEntries(header.map((name, i) => [name, fields[i]!.trim()])) as Partial<Record<CaseCsvColumn, string>>;
    const candidate: Record<string, unknown> = {};
    let rowOk = true;
    for (const [name, value] of Object.entries(raw) as [CaseCsvColumn, string][]) {
      if (name === 'trajectoryCosts' || name === 'benefitCosts') {
        const euros = parseEuros(value, separator);
        if (euros === undefined) {
          errors.push({ row: line, column: name, message: 'must be an amount in euros such as 1250.50, without thousands separators' });
          rowOk = false;
        } else candidate[name] = euros;
      } else if (value !== '') candidate[name] = value;
    }
    if (!rowOk) continue;
    const parsed = CaseRecord.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0];
        errors.push({ row: line, ...(typeof column === 'string' ? { column } : {}), message: describeIssue(issue) });
      }
      continue;
    }
    const earlier = idsAt.get(parsed.data.id);
    if (earlier !== undefined) {
      errors.push({ row: line, column: 'id', message: `the same case id is on line ${earlier}` });
      continue;
    }
    idsAt.set(parsed.data.id, line);
    records.push(parsed.data);
  }
  return errors.size > 0 ? errors.result() : { ok: true, records };
}
