/**
 * The CSV format as the import screen explains it: the columns come from the contract
 * (`caseCsvColumns`, `optionalCaseCsvColumns`), the allowed values of a choice column from the
 * contract's lists, and the example file is written in that column order. The file itself is
 * checked by the server (`dryRun`), so there is one validator.
 */
import {
  caseCsvColumns,
  caseOutcomes,
  caseRoutes,
  caseTriggers,
  optionalCaseCsvColumns,
  staffGroups,
  type CaseCsvColumn,
  type CaseRecord,
  type CsvRowError,
} from '@mobility-kit/contract';
import type { HrCasesStrings } from './translations.js';

/** Whether a header must name the column. */
export const isRequiredCaseColumn = (column: CaseCsvColumn): boolean => !(optionalCaseCsvColumns as readonly string[]).includes(column);

/** The choice columns and their values, as the contract lists them. */
const choiceValues: Partial<Record<CaseCsvColumn, readonly string[]>> = {
  staffGroup: staffGroups,
  trigger: caseTriggers,
  route: caseRoutes,
  outcome: caseOutcomes,
};

/** The allowed values of a choice column with their meaning, e.g. `support (Ondersteunend personeel)`; `undefined` for other columns. */
export function columnChoices(t: HrCasesStrings, column: string): string | undefined {
  const values = choiceValues[column as CaseCsvColumn];
  if (!values) return undefined;
  const label = (value: string): string => {
    if (column === 'staffGroup') return t.staffGroups[value as keyof HrCasesStrings['staffGroups']];
    if (column === 'trigger') return t.triggers[value as keyof HrCasesStrings['triggers']];
    if (column === 'route') return t.routes[value as keyof HrCasesStrings['routes']];
    return t.outcomes[value as keyof HrCasesStrings['outcomes']];
  };
  return values.map((value) => `${value} (${label(value)})`).join(', ');
}

/** Two example cases: one ended, one running. Valid by the contract (a browser test imports them). */
export const exampleCases: readonly CaseRecord[] = [
  {
    id: '2025-REORG-001',
    unit: 'Instituut voor ICT',
    staffGroup: 'teaching',
    startDate: '2025-01-13',
    trigger: 'reorganisation',
    route: 'internal-redeployment',
    outcome: 'internal-job',
    endDate: '2025-06-30',
    trajectoryCosts: 2400,
    benefitCosts: 0,
  },
  {
    id: '2025-EIGEN-002',
    unit: 'Dienst Financiën',
    staffGroup: 'support',
    startDate: '2025-03-03',
    trigger: 'own-wish',
    route: 'secondment',
    trajectoryCosts: 850.5,
    benefitCosts: 0,
  },
];

const field = (value: unknown): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Cases as a CSV file in the contract's column order, comma-separated, CRLF line ends. */
export function casesToCsv(cases: readonly CaseRecord[]): string {
  const lines = [caseCsvColumns.join(','), ...cases.map((c) => caseCsvColumns.map((column) => field(c[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A row error in the user's language. The server words each error in English; the known ones are
 * said again here in the element's language, anything else is shown as the server wrote it.
 */
export function rowErrorText(t: HrCasesStrings, error: CsvRowError): string {
  const { message, column } = error;
  const m = (pattern: RegExp) => pattern.exec(message);
  let match: RegExpExecArray | null;
  if (m(/^unknown column/)) return t.csv.unknownColumn;
  if (m(/^required column is missing/)) return t.csv.missingColumn;
  if (m(/^column appears twice/)) return t.csv.columnTwice;
  if (m(/^the file has no case rows/)) return t.csv.noRows;
  if (m(/^at most \d+ rows per file/)) return t.csv.tooManyRows;
  if (m(/^more than \d+ fields on one line/)) return t.csv.tooManyFields;
  if (m(/^a quoted field is not closed/)) return t.csv.unclosedQuote;
  if ((match = m(/^expected (\d+) fields, found (\d+)/))) return t.csv.fieldCount(match[1]!, match[2]!);
  if (m(/^must be an amount in euros/)) return t.csv.amount;
  if ((match = m(/^the same case id is on line (\d+)/))) return t.csv.duplicateId(match[1]!);
  if (m(/^expected one of/) && column) {
    const choices = columnChoices(t, column);
    if (choices) return t.csv.choose(choices);
  }
  if (m(/^must be a valid date/)) return t.csv.date;
  if (m(/^must be a date from/)) return t.csv.dateRange;
  if (m(/^must not be before startDate/)) return t.csv.endBeforeStart;
  if (m(/^outcome and endDate go together/)) return t.csv.outcomeWithEnd;
  if (m(/^must be letters, digits and single dashes/)) return t.csv.idFormat;
  if (m(/^must contain a letter/)) return t.csv.idNeedsLetter;
  return message;
}
