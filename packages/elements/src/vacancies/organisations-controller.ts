import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { Organisation, Vacancy } from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';

/** One choice of the organisation filter. */
export interface OrganisationOption {
  id: string;
  name: string;
}

/**
 * The organisations for the organisation filter, fetched once someone reaches for the filters
 * ({@link want}: focus or pointer in the panel): most visitors never filter and need not pay for
 * the request. Until then the filter offers the organisations of the loaded vacancies.
 */
export class OrganisationsController {
  private readonly host: ReactiveControllerHost;
  private readonly locale: () => string;
  private wanted = false;
  private readonly task: Task<readonly [MobilityClient | undefined], Organisation[]>;

  constructor(host: ReactiveControllerHost, options: { client: () => MobilityClient | undefined; locale: () => string }) {
    this.host = host;
    this.locale = options.locale;
    this.task = new Task(host, {
      args: () => [this.wanted ? options.client() : undefined] as const,
      task: async ([client], { signal }): Promise<Organisation[]> => {
        if (!client) return [];
        const list = await client.organisations.list({ signal });
        return [...list].sort((a, b) => a.name.localeCompare(b.name, this.locale()));
      },
    });
  }

  /** Someone reached for the filters: fetch the organisations (once). */
  readonly want = (): void => {
    if (this.wanted) return;
    this.wanted = true;
    this.host.requestUpdate();
  };

  /** The organisations to offer: the API's list once loaded, else those of the `loaded` vacancies. */
  options(loaded: readonly Vacancy[]): OrganisationOption[] {
    const fetched = this.task.value;
    if (fetched && fetched.length > 0) return fetched;
    const seen = new Map<string, OrganisationOption>();
    for (const v of loaded) if (!seen.has(v.organisation.id)) seen.set(v.organisation.id, v.organisation);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, this.locale()));
  }
}
