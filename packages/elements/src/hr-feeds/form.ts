import { FeedSourceInput, maxFeedSourceNameLength, maxFeedSourceUrlLength, type FeedSource } from '@mobility-kit/contract';
import { MobilityHttpError } from '@mobility-kit/sdk';
import type { FeedFieldProblem } from './translations.js';

/** The fields of the source form. */
export type FeedFormField = 'name' | 'url' | 'intervalMinutes';
export const feedFormFields: readonly FeedFormField[] = ['name', 'url', 'intervalMinutes'];

/** What the form holds while HR types: nothing is lost when a check fails. */
export interface FeedFormValues {
  name: string;
  url: string;
  intervalMinutes: number;
  enabled: boolean;
}

/** A field's problem; `reason` is the server's own words, shown as the technical reason. */
export interface FeedFieldError {
  readonly problem: FeedFieldProblem;
  readonly limit?: number;
  readonly reason?: string;
}

export type FeedFormErrors = Partial<Record<FeedFormField, FeedFieldError>>;

/** Intervals offered in the form, in minutes. */
export const intervalChoices = [15, 60, 360, 1440, 10080] as const;

export const emptyFeedForm = (): FeedFormValues => ({ name: '', url: '', intervalMinutes: 1440, enabled: true });

export const formOf = (source: FeedSource): FeedFormValues => ({ name: source.name, url: source.url, intervalMinutes: source.intervalMinutes, enabled: source.enabled });

/** The request body the form stands for. */
export const inputOf = (values: FeedFormValues): FeedSourceInput => ({ name: values.name.trim(), url: values.url.trim(), intervalMinutes: values.intervalMinutes, enabled: values.enabled });

/** Check the form with the contract's own schema; each field gets its first issue, as a translatable problem. */
export function validateFeedForm(values: FeedFormValues): FeedFormErrors {
  const input = inputOf(values);
  const parsed = FeedSourceInput.safeParse(input);
  const errors: FeedFormErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'name' && field !== 'url' && field !== 'intervalMinutes') continue;
    if (errors[field]) continue;
    if (field === 'name') {
      errors.name = issue.code === 'too_big' ? { problem: 'tooLong', limit: maxFeedSourceNameLength } : { problem: 'required' };
    } else if (field === 'url') {
      if (input.url === '') errors.url = { problem: 'required' };
      else if (issue.code === 'too_big') errors.url = { problem: 'tooLong', limit: maxFeedSourceUrlLength };
      else if (/user name or password/.test(issue.message)) errors.url = { problem: 'credentials' };
      else errors.url = { problem: 'invalidUrl' };
    } else {
      errors.intervalMinutes = { problem: 'server', reason: issue.message };
    }
  }
  return errors;
}

/**
 * The fields a refused save names (`invalidParams` of a 400 or 422 problem), each with the
 * server's reason; `undefined` when the error names no field of the form.
 */
export function serverFieldErrors(error: unknown): FeedFormErrors | undefined {
  if (!(error instanceof MobilityHttpError) || (error.status !== 400 && error.status !== 422)) return undefined;
  const errors: FeedFormErrors = {};
  for (const param of error.problem.invalidParams ?? []) {
    const field = param.path.split('.')[0];
    if (param.in !== 'body' || (field !== 'name' && field !== 'url' && field !== 'intervalMinutes') || errors[field]) continue;
    errors[field] = { problem: error.status === 422 && field === 'url' ? 'refused' : 'server', reason: param.message };
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}
