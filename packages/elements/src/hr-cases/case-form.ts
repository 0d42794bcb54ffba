/**
 * The case form as data: what HR typed (kept as text, so nothing typed is lost when a check or the
 * API refuses it), its validation with the contract's own schemas, and the mapping of a refusal —
 * a schema issue or an API problem — to the field it concerns. No DOM: tests call these directly.
 */
import { CaseCreate, CaseUpdate, type CaseCreate as CaseCreateValue, type CaseRecord, type CaseUpdate as CaseUpdateValue } from '@mobility-kit/contract';
import { parseDecimal } from '../shared/decimal.js';

/** Every field of the form, in the order it appears. */
export const caseFormFields = ['id', 'unit', 'staffGroup', 'startDate', 'trigger', 'route', 'closed', 'endDate', 'outcome', 'trajectoryCosts', 'benefitCosts'] as const;
export type CaseFormField = (typeof caseFormFields)[number];

/** What the form holds: text as typed, `closed` as `'yes'` or `''`. */
export type CaseFormValues = Readonly<Record<CaseFormField, string>>;

/**
 * Why a field is not accepted; each maps to one translated message.
 * `server` carries the API's own words (shown after a translated lead-in).
 */
export type CaseFieldProblem =
  | { kind: 'required' }
  | { kind: 'idFormat' }
  | { kind: 'idNeedsLetter' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'unitSpaces' }
  | { kind: 'notADate' }
  | { kind: 'dateRange' }
  | { kind: 'endBeforeStart' }
  | { kind: 'notAnAmount' }
  | { kind: 'amountTooHigh'; max: number }
  | { kind: 'twoDecimals' }
  | { kind: 'choose' }
  | { kind: 'idTaken' }
  | { kind: 'server'; message: string };

export type CaseFormErrors = Partial<Record<CaseFormField, CaseFieldProblem>>;

/** An empty form for a new case. */
export function emptyCaseForm(): CaseFormValues {
  return { id: '', unit: '', staffGroup: '', startDate: '', trigger: '', route: '', closed: '', endDate: '', outcome: '', trajectoryCosts: '0', benefitCosts: '0' };
}

/** The form filled with a stored case, for editing. */
export function caseFormFrom(record: CaseRecord): CaseFormValues {
  return {
    id: record.id,
    unit: record.unit,
    staffGroup: record.staffGroup,
    startDate: record.startDate,
    trigger: record.trigger,
    route: record.route,
    closed: record.endDate !== undefined ? 'yes' : '',
    endDate: record.endDate ?? '',
    outcome: record.outcome ?? '',
    trajectoryCosts: String(record.trajectoryCosts),
    benefitCosts: String(record.benefitCosts),
  };
}

type SchemaIssue = { code: string; path: readonly PropertyKey[]; maximum?: unknown; format?: string };

/** A schema issue of one field as a problem the form can say in the user's language. */
function problemOf(field: CaseFormField, issue: SchemaIssue, values: CaseFormValues): CaseFieldProblem {
  if (issue.code === 'too_big') {
    return field === 'trajectoryCosts' || field === 'benefitCosts' ? { kind: 'amountTooHigh', max: Number(issue.maximum) } : { kind: 'tooLong', max: Number(issue.maximum) };
  }
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type') return field === 'id' || field === 'unit' ? { kind: 'required' } : { kind: 'choose' };
  switch (field) {
    case 'id':
      return issue.code === 'invalid_format' ? { kind: 'idFormat' } : issue.code === 'too_small' ? { kind: 'required' } : { kind: 'idNeedsLetter' };
    case 'unit':
      return issue.code === 'too_small' ? { kind: 'required' } : { kind: 'unitSpaces' };
    case 'startDate':
    case 'endDate':
      if (issue.code === 'invalid_format') return { kind: 'notADate' };
      // The end date carries the two cross-field checks; its value tells which one failed.
      if (field === 'endDate' && values.endDate.trim() !== '' && values.endDate.trim() < values.startDate.trim()) return { kind: 'endBeforeStart' };
      return { kind: 'dateRange' };
    case 'trajectoryCosts':
    case 'benefitCosts':
      return issue.code === 'too_small' ? { kind: 'notAnAmount' } : { kind: 'twoDecimals' };
    default:
      return { kind: 'choose' };
  }
}

/**
 * Check the form with the contract's schema (`CaseCreate` for a new case, `CaseUpdate` for an
 * existing one). Returns the value to send, or the problems by field (the first per field).
 */
export function validateCaseForm(
  values: CaseFormValues,
  mode: 'create' | 'edit',
): { ok: true; create: CaseCreateValue; update: CaseUpdateValue } | { ok: false; errors: CaseFormErrors } {
  const errors: CaseFormErrors = {};
  const text = (field: CaseFormField) => values[field].trim();
  const closed = values.closed === 'yes';
  const required: CaseFormField[] = ['unit', 'staffGroup', 'startDate', 'trigger', 'route', ...(closed ? (['endDate', 'outcome'] as const) : [])];
  if (mode === 'create') required.unshift('id');
  for (const field of required) if (text(field) === '') errors[field] = field === 'id' || field === 'unit' || field.endsWith('Date') ? { kind: 'required' } : { kind: 'choose' };

  const amounts: Partial<Record<'trajectoryCosts' | 'benefitCosts', number>> = {};
  for (const field of ['trajectoryCosts', 'benefitCosts'] as const) {
    const amount = parseDecimal(values[field]);
    if (amount === undefined) errors[field] = { kind: 'required' };
    else if (Number.isNaN(amount) || amount < 0) errors[field] = { kind: 'notAnAmount' };
    else amounts[field] = amount;
  }

  const candidate: Record<string, unknown> = {
    id: values.id,
    unit: values.unit,
    staffGroup: text('staffGroup'),
    startDate: text('startDate'),
    trigger: text('trigger'),
    route: text('route'),
    ...(closed ? { endDate: text('endDate'), outcome: text('outcome') } : {}),
    trajectoryCosts: amounts.trajectoryCosts ?? 0,
    benefitCosts: amounts.benefitCosts ?? 0,
  };
  const { id: _id, ...updateCandidate } = candidate;
  const parsed = mode === 'create' ? CaseCreate.safeParse(candidate) : CaseUpdate.safeParse(updateCandidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(caseFormFields as readonly string[]).includes(field)) continue;
      const key = field as CaseFormField;
      errors[key] ??= problemOf(key, issue as SchemaIssue, values);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  if (mode === 'create') {
    const create = parsed.data as CaseCreateValue;
    const { id: _createdId, ...update } = create;
    return { ok: true, create, update };
  }
  const update = parsed.data as CaseUpdateValue;
  return { ok: true, create: { id: values.id, ...update }, update };
}

/**
 * The fields an API problem names (`invalidParams` in the body, e.g. `unit` or `endDate`), as
 * problems of the form; a 409 is the case id. Parameters the form has no field for are returned
 * apart, to show above the form.
 */
export function problemToFormErrors(status: number, problem: unknown): { errors: CaseFormErrors; other: string[] } {
  if (status === 409) return { errors: { id: { kind: 'idTaken' } }, other: [] };
  const errors: CaseFormErrors = {};
  const other: string[] = [];
  const params = (problem as { invalidParams?: unknown } | undefined)?.invalidParams;
  if (Array.isArray(params)) {
    for (const param of params as { in?: unknown; path?: unknown; message?: unknown }[]) {
      const path = typeof param.path === 'string' ? param.path.split('.')[0]! : '';
      const message = typeof param.message === 'string' ? param.message : '';
      if ((caseFormFields as readonly string[]).includes(path)) errors[path as CaseFormField] ??= { kind: 'server', message };
      else if (message) other.push(path ? `${path}: ${message}` : message);
    }
  }
  return { errors, other };
}
