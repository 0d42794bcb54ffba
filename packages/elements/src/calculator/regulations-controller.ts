/**
 * Loads the parameters an organisation has verified (`client.regulations.get`) and says what the
 * calculator computes with. Only the organisation's id travels; the employee's inputs are never
 * among the arguments.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Regulations } from '@mobility-kit/contract';
import type { ParameterOverrides } from '@mobility-kit/rules';
import type { MobilityClient } from '@mobility-kit/sdk';
import { isAbortError } from '../shared/load-error.js';
import type { CalculatorStrings } from './translations.js';

/**
 * The part of a client the calculator needs. A client a host made itself (with another version of
 * the SDK, or a reduced one) may lack the regulations call: the calculator then computes with the
 * shipped table.
 */
export interface RegulationsSource {
  readonly regulations?: Partial<Pick<MobilityClient['regulations'], 'get'>>;
}

/** Thrown inside the task when the client has no regulations call. */
class RegulationsUnavailableError extends Error {
  override readonly name = 'RegulationsUnavailableError';
}

export interface RegulationsOptions {
  client: () => RegulationsSource | undefined;
  organisation: () => string | undefined;
}

export class RegulationsController {
  private readonly options: RegulationsOptions;
  private readonly task: Task<readonly [RegulationsSource | undefined, string | undefined], Regulations | undefined>;

  constructor(host: ReactiveControllerHost, options: RegulationsOptions) {
    this.options = options;
    this.task = new Task(host, {
      args: () => [options.client(), options.organisation()?.trim() || undefined] as const,
      task: async ([client, organisation], { signal }) => {
        if (!client || !organisation) return undefined;
        const regulations = client.regulations;
        if (!regulations?.get) throw new RegulationsUnavailableError('the client has no regulations.get');
        return regulations.get(organisation, { signal });
      },
    });
  }

  /** The parameters to compute with: the organisation's, once loaded; otherwise none (the shipped table). */
  get parameters(): ParameterOverrides | undefined {
    if (this.task.status !== TaskStatus.COMPLETE) return undefined;
    const parameters = this.task.value?.parameters;
    if (!parameters || Object.keys(parameters).length === 0) return undefined;
    return parameters;
  }

  /**
   * The organisation's parameters failed to load for a reason a new attempt may cure (a network,
   * server or unreadable answer), so the notice offers one; an abort or a client without the call
   * does not, nor do parameters the rules refused.
   */
  failed(overridesRejected: boolean): boolean {
    const error: unknown = this.task.error;
    return this.task.status === TaskStatus.ERROR && !isAbortError(error) && !(error instanceof RegulationsUnavailableError) && !overridesRejected;
  }

  retry(): void {
    void this.task.run();
  }

  /** The quiet notice about the organisation's parameters; empty when there is nothing to say. */
  notice(t: CalculatorStrings, overridesRejected: boolean, date: (calendarDate: string) => string): string {
    if (!this.options.organisation()?.trim() || !this.options.client()) return '';
    if (overridesRejected) return t.overrides.rejected;
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return t.overrides.loading;
      case TaskStatus.ERROR:
        return isAbortError(this.task.error) ? '' : t.overrides.failed;
      case TaskStatus.COMPLETE: {
        if (!this.parameters) return '';
        const updatedAt = this.task.value?.updatedAt;
        return t.overrides.applied(updatedAt ? date(updatedAt.slice(0, 10)) : undefined);
      }
      default:
        return '';
    }
  }
}
