import {
  effectiveVisibility,
  stagesFit,
  VacancyCreate,
  VacancyUpdate,
  type ContractType,
  type HrVacancy,
  type InvalidParam,
  type Language,
  type OrganisationRef,
  type PriorityGroup,
  type RiasecType,
  type salaryPeriods,
  type SchemaIssue,
  type Vacancy,
  type VacancyKind,
  type Visibility,
  type Workplace,
} from '@mobility-kit/contract';
import type { FieldIssueStrings } from './translations.js';

type SalaryPeriod = (typeof salaryPeriods)[number];

/**
 * A vacancy as the form holds it: every field as typed (numbers and dates as strings), so that
 * nothing typed is lost when a value does not validate yet. {@link createBody} and
 * {@link updateBody} turn it into the contract's request bodies, which the contract's schemas then
 * check; their issues come back per field through {@link fieldOfPath}.
 */
export interface VacancyDraft {
  id: string;
  title: string;
  summary: string;
  description: string;
  kind: VacancyKind;
  language: Language;
  unit: string;
  city: string;
  pc4: string;
  lat: string;
  lon: string;
  workplace: Workplace;
  hoursMin: string;
  hoursMax: string;
  contract: ContractType;
  salaryScale: string;
  salaryMin: string;
  salaryMax: string;
  salaryPeriod: SalaryPeriod;
  datePosted: string;
  validThrough: string;
  startDate: string;
  interests: RiasecType[];
  skills: string;
  applyUrl: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  visibility: Visibility;
  stages: { visibility: Visibility; from: string }[];
  priorityGroup: PriorityGroup | '';
  priorityUntil: string;
}

/** The text fields of a draft, which an `input` event may set. */
export type DraftTextField = {
  [K in keyof VacancyDraft]: VacancyDraft[K] extends string ? K : never;
}[keyof VacancyDraft];

/** A blank draft for a new vacancy. */
export function emptyDraft(language: Language): VacancyDraft {
  return {
    id: '',
    title: '',
    summary: '',
    description: '',
    kind: 'vacancy',
    language,
    unit: '',
    city: '',
    pc4: '',
    lat: '',
    lon: '',
    workplace: 'hybrid',
    hoursMin: '',
    hoursMax: '',
    contract: 'permanent',
    salaryScale: '',
    salaryMin: '',
    salaryMax: '',
    salaryPeriod: 'month',
    datePosted: '',
    validThrough: '',
    startDate: '',
    interests: [],
    skills: '',
    applyUrl: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    visibility: 'internal',
    stages: [],
    priorityGroup: '',
    priorityUntil: '',
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The draft of a stored vacancy, for editing. */
export function draftOf(vacancy: HrVacancy): VacancyDraft {
  return {
    id: vacancy.id,
    title: vacancy.title,
    summary: vacancy.summary ?? '',
    description: vacancy.description,
    kind: vacancy.kind,
    language: vacancy.language,
    unit: vacancy.unit ?? '',
    city: vacancy.location.city,
    pc4: vacancy.location.pc4 ?? '',
    lat: text(vacancy.location.lat),
    lon: text(vacancy.location.lon),
    workplace: vacancy.workplace,
    hoursMin: String(vacancy.hoursPerWeek.min),
    hoursMax: String(vacancy.hoursPerWeek.max),
    contract: vacancy.contract,
    salaryScale: vacancy.salary?.scale ?? '',
    salaryMin: text(vacancy.salary?.min),
    salaryMax: text(vacancy.salary?.max),
    salaryPeriod: vacancy.salary?.period ?? 'month',
    datePosted: vacancy.datePosted,
    validThrough: vacancy.validThrough,
    startDate: vacancy.startDate ?? '',
    interests: [...vacancy.interests],
    skills: vacancy.skills.join('\n'),
    applyUrl: vacancy.applyUrl ?? '',
    contactName: vacancy.contact?.name ?? '',
    contactEmail: vacancy.contact?.email ?? '',
    contactPhone: vacancy.contact?.phone ?? '',
    visibility: vacancy.visibility,
    stages: (vacancy.stages ?? []).map((stage) => ({ ...stage })),
    priorityGroup: vacancy.priority?.group ?? '',
    priorityUntil: vacancy.priority?.until ?? '',
  };
}

const blank = (value: string) => value.trim() === '';
const optionalText = (value: string) => (blank(value) ? undefined : value.trim());
/**
 * A number as people type it in Dutch or English: `24,5` and `24.5` are 24.5; `3.500`, `3,500` and
 * `12.500.000` are grouped thousands; with both separators (`3.500,50`) the last one is the decimal
 * one. Anything else stays text, so the schema says "enter a number" rather than guess.
 */
export function parseTypedNumber(value: string): number | undefined {
  const typed = value.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(typed) || !/\d/.test(typed)) return undefined;
  let normal: string;
  if (/^-?\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(typed)) normal = typed.replace(/[.,]/g, '');
  else {
    const last = Math.max(typed.lastIndexOf('.'), typed.lastIndexOf(','));
    normal = last === -1 ? typed : `${typed.slice(0, last).replace(/[.,]/g, '')}.${typed.slice(last + 1)}`;
    // The decimal separator appears once; `1.2.3` is no number.
    if (last !== -1 && typed.split(typed.charAt(last)).length > 2) return undefined;
  }
  const parsed = Number(normal);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A number as typed: blank is absent; anything else that is not a number stays text, so the schema says "enter a number". */
const optionalNumber = (value: string): number | string | undefined => {
  if (blank(value)) return undefined;
  return parseTypedNumber(value) ?? value;
};
/** A required number: blank is sent as blank text, which the schema refuses as "enter a number". */
const requiredNumber = (value: string) => optionalNumber(value) ?? '';

/** Skills from one per line or comma-separated text. */
export function skillList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((skill) => skill.trim())
    .filter((skill) => skill !== '');
}

/** The fields shared by create and update, optional ones as `undefined` when left empty. */
function content(draft: VacancyDraft) {
  const salaryGiven = !blank(draft.salaryScale) || !blank(draft.salaryMin) || !blank(draft.salaryMax);
  const contactGiven = !blank(draft.contactName) || !blank(draft.contactEmail) || !blank(draft.contactPhone);
  const datedStages = draft.stages;
  return {
    title: draft.title.trim(),
    summary: optionalText(draft.summary),
    description: draft.description,
    kind: draft.kind,
    visibility: draft.visibility,
    stages: datedStages.length > 0 ? datedStages.map((stage) => ({ visibility: stage.visibility, from: stage.from })) : undefined,
    priority: draft.priorityGroup ? { group: draft.priorityGroup, until: draft.priorityUntil } : undefined,
    unit: optionalText(draft.unit),
    location: {
      city: draft.city.trim(),
      ...(blank(draft.pc4) ? {} : { pc4: draft.pc4.trim() }),
      ...(blank(draft.lat) ? {} : { lat: optionalNumber(draft.lat) }),
      ...(blank(draft.lon) ? {} : { lon: optionalNumber(draft.lon) }),
    },
    workplace: draft.workplace,
    hoursPerWeek: { min: requiredNumber(draft.hoursMin), max: requiredNumber(draft.hoursMax) },
    salary: salaryGiven
      ? {
          ...(blank(draft.salaryScale) ? {} : { scale: draft.salaryScale.trim() }),
          ...(blank(draft.salaryMin) ? {} : { min: optionalNumber(draft.salaryMin) }),
          ...(blank(draft.salaryMax) ? {} : { max: optionalNumber(draft.salaryMax) }),
          currency: 'EUR',
          period: draft.salaryPeriod,
        }
      : undefined,
    contract: draft.contract,
    validThrough: draft.validThrough,
    startDate: optionalText(draft.startDate),
    interests: [...draft.interests],
    skills: skillList(draft.skills),
    applyUrl: optionalText(draft.applyUrl),
    contact: contactGiven
      ? {
          ...(blank(draft.contactName) ? {} : { name: draft.contactName.trim() }),
          ...(blank(draft.contactEmail) ? {} : { email: draft.contactEmail.trim() }),
          ...(blank(draft.contactPhone) ? {} : { phone: draft.contactPhone.trim() }),
        }
      : undefined,
    language: draft.language,
  };
}

const withoutUndefined = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/** The body of `POST /v1/hr/vacancies` (not yet checked). */
export function createBody(draft: VacancyDraft): Record<string, unknown> {
  return withoutUndefined({ id: optionalText(draft.id), ...content(draft), datePosted: optionalText(draft.datePosted) });
}

/** The body of `PATCH /v1/hr/vacancies/{id}` (not yet checked): every field, an emptied optional one as `null`. */
export function updateBody(draft: VacancyDraft): Record<string, unknown> {
  const fields = content(draft);
  return {
    ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === undefined ? null : value])),
    // Required fields are never null: an emptied one is sent as typed, and the schema names it.
    datePosted: draft.datePosted,
  };
}

/** The outcome of checking a draft with the contract's schema. */
export type DraftCheck<T> = { ok: true; value: T } | { ok: false; issues: readonly SchemaIssue[] };

export function checkCreate(draft: VacancyDraft): DraftCheck<VacancyCreate> {
  const result = VacancyCreate.safeParse(createBody(draft));
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
}

export function checkUpdate(draft: VacancyDraft): DraftCheck<VacancyUpdate> {
  const result = VacancyUpdate.safeParse(updateBody(draft));
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
}

const groupFields: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  location: { city: 'city', pc4: 'pc4', lat: 'lat', lon: 'lon', '': 'city' },
  hoursPerWeek: { min: 'hoursMin', max: 'hoursMax', '': 'hoursMax' },
  salary: { scale: 'salaryScale', min: 'salaryMin', max: 'salaryMax', period: 'salaryPeriod', '': 'salaryMin' },
  contact: { name: 'contactName', email: 'contactEmail', phone: 'contactPhone', '': 'contactEmail' },
  priority: { group: 'priorityGroup', until: 'priorityUntil', '': 'priorityUntil' },
};

/**
 * The form field a contract path names: `location.pc4` → `pc4`, `stages.1.from` → `stage-1-from`,
 * `skills.3` → `skills`. Also used for the `invalidParams` of a 400 from the API.
 */
export function fieldOfPath(path: readonly PropertyKey[] | string): string {
  const parts = (typeof path === 'string' ? (path === '(root)' ? [] : path.split('.')) : path.map(String)).map(String);
  const [head = '', second, third] = parts;
  const group = groupFields[head];
  if (group) return group[second ?? ''] ?? group['']!;
  if (head === 'stages') return second !== undefined && (third === 'from' || third === 'visibility') ? `stage-${second}-${third}` : 'stages';
  return head;
}

/** The value of a field as typed, to tell an empty field from a wrong one. */
function typedValue(draft: VacancyDraft, field: string): unknown {
  const stage = /^stage-(\d+)-(from|visibility)$/.exec(field);
  if (stage) return draft.stages[Number(stage[1])]?.[stage[2] as 'from' | 'visibility'];
  return (draft as unknown as Record<string, unknown>)[field];
}

const dateFields = new Set(['datePosted', 'validThrough', 'startDate', 'priorityUntil']);

/** One schema issue as a sentence for the person filling in the form. */
export function issueText(issue: SchemaIssue, field: string, draft: VacancyDraft, t: FieldIssueStrings): string {
  const value = typedValue(draft, field);
  const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
  const isDate = dateFields.has(field) || /^stage-\d+-from$/.test(field);
  if (issue.code === 'custom') {
    if (field === 'stages' || /^stage-/.test(field)) return t.stagesRule;
    if (field === 'hoursMax') return t.hoursOrder;
    if (field === 'description') return /HTML/.test(issue.message) ? t.html : t.links;
    if (field === 'validThrough' || field === 'datePosted') return /datePosted/.test(issue.message) ? t.beforePosted : t.date;
    if (isDate) return t.date;
    return t.invalid;
  }
  if (empty && (issue.code === 'invalid_type' || issue.code === 'invalid_format' || issue.code === 'too_small')) return t.required;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? t.number : t.invalid;
    case 'invalid_value':
      return t.choose;
    case 'invalid_format':
      if (isDate || issue.format === 'date') return t.date;
      if (issue.format === 'email') return t.email;
      if (issue.format === 'url') return t.url;
      if (field === 'pc4') return t.pc4;
      if (field === 'id') return t.slug;
      return t.invalid;
    case 'too_big':
      if (issue.origin === 'string') return t.tooLong(String(issue.maximum));
      if (issue.origin === 'array') return t.tooMany(String(issue.maximum));
      return t.tooBig(String(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return t.tooShort(String(issue.minimum));
      return t.tooSmall(String(issue.minimum));
    default:
      return t.invalid;
  }
}

/**
 * Field → message for every issue (the first per field wins). The schema checks the stage order
 * only once every other field is valid (a refinement of the whole body); the form applies the same
 * contract rule ({@link stagesFit}) at once, so the rule shows next to the stages while the rest is
 * still being filled in.
 */
export function fieldErrors(issues: readonly SchemaIssue[], draft: VacancyDraft, t: FieldIssueStrings): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (!errors.has(field)) errors.set(field, issueText(issue, field, draft, t));
  }
  const dated = draft.stages.every((stage) => /^\d{4}-\d{2}-\d{2}$/.test(stage.from));
  if (!errors.has('stages') && dated && !stagesFit(draft.visibility, draft.stages)) errors.set('stages', t.stagesRule);
  return errors;
}

/** Field → message for the `invalidParams` of a 400 from the API, in the server's words. */
export function serverFieldErrors(params: readonly InvalidParam[] | undefined, t: FieldIssueStrings): Map<string, string> {
  const errors = new Map<string, string>();
  for (const param of params ?? []) {
    const field = fieldOfPath(param.path);
    if (!errors.has(field)) errors.set(field, t.server(param.message));
  }
  return errors;
}

/**
 * A checked draft as `<mobility-vacancies>` would receive it: the visibility in force on `today`,
 * today as the posting date when none is given.
 */
export function vacancyOfDraft(body: VacancyCreate, organisation: OrganisationRef, today: string, id = 'voorbeeld'): Vacancy {
  const { id: _id, datePosted, visibility, ...rest } = body;
  return {
    ...rest,
    id: body.id ?? id,
    organisation,
    visibility: effectiveVisibility(visibility, body.stages, today),
    datePosted: datePosted ?? today,
    interests: body.interests ?? [],
    skills: body.skills ?? [],
  };
}

/** A stored vacancy as an employee receives it: the visibility in force today instead of the base. */
export function employeeVacancy(vacancy: HrVacancy): Vacancy {
  const { currentVisibility, status: _status, createdBy: _cb, createdAt: _ca, updatedBy: _ub, updatedAt: _ua, closedAt: _cl, ...rest } = vacancy;
  return { ...rest, visibility: currentVisibility };
}
