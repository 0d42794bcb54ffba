import type { ReactiveControllerHost } from 'lit';
import type { Vacancy } from '@mobility-kit/contract';
import type { VacancyCardContext } from '../shared/vacancy-card.js';

type Host = ReactiveControllerHost & HTMLElement & { detailUrl?: string };

/** What every card of one render shares. */
export type SharedCardContext = Pick<VacancyCardContext, 'l10n' | 'headingLevel' | 'today'>;

/**
 * The cards' own behaviour: where a title links (`detail-url`), which cards are expanded, and the
 * cancelable `mobility-vacancy-select` event when a title is activated.
 */
export class VacancyCardsController {
  private readonly host: Host;
  private expanded = new Set<string>();

  constructor(host: Host) {
    this.host = host;
  }

  /** Everything one card needs besides its position in a virtualised list. */
  context(vacancy: Vacancy, shared: SharedCardContext, good: ReadonlySet<string>): Omit<VacancyCardContext, 'position'> {
    return {
      ...shared,
      detailHref: this.detailHref(vacancy),
      expanded: this.expanded.has(vacancy.id),
      onSelect: this.onSelect,
      goodMatch: good.has(vacancy.id),
    };
  }

  /** Collapse every card (a new search started). */
  collapseAll(): void {
    this.expanded = new Set();
    this.host.requestUpdate();
  }

  private detailHref(vacancy: Vacancy): string | undefined {
    const template = this.host.detailUrl;
    return template ? template.replaceAll('{id}', encodeURIComponent(vacancy.id)) : undefined;
  }

  private readonly onSelect = (vacancy: Vacancy, event: Event): void => {
    const select = new CustomEvent<{ vacancy: Vacancy }>('mobility-vacancy-select', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { vacancy },
    });
    if (!this.host.dispatchEvent(select)) {
      // The host page handles it: no navigation, no expanding.
      event.preventDefault();
      return;
    }
    if (this.detailHref(vacancy)) return;
    const expanded = new Set(this.expanded);
    if (expanded.has(vacancy.id)) expanded.delete(vacancy.id);
    else expanded.add(vacancy.id);
    this.expanded = expanded;
    this.host.requestUpdate();
  };
}
