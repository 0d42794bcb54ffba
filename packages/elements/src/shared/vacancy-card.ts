import { html, nothing, type TemplateResult } from 'lit';
import type { Vacancy } from '@mobility-kit/contract';
import type { LocalizeController } from './localize.js';
import type { VacancyCardStrings } from './vacancy-card-strings.js';
import { nextWiderStage } from './vacancy-publication.js';
import { isSafeHref, renderRestrictedMarkdown } from './restricted-markdown.js';

/** What one card needs besides the vacancy. */
export interface VacancyCardContext {
  l10n: LocalizeController<VacancyCardStrings>;
  /** Level of the title heading (2–6), so the card fits the host page's outline. */
  headingLevel: number;
  /** Where the title links to; without it the title is a button that expands the card. */
  detailHref: string | undefined;
  expanded: boolean;
  /** Today's calendar date, to tell when a vacancy opens wider. */
  today: string;
  /** Called when the title is activated; returns whether the default action may go ahead. */
  onSelect: (vacancy: Vacancy, event: Event) => void;
  /** Whether the vacancy fits the career-test profile well enough for the "fits your profile" badge. */
  goodMatch?: boolean;
  /**
   * Set when the list is virtualised: the DOM then holds only a window of the list, so each item
   * says where it stands (`aria-posinset`, 1-based) and how long the list is (`aria-setsize`, -1
   * when more pages exist on the server).
   */
  position?: { index: number; size: number };
}

/** Dom ids must be unique in the shadow root; vacancy ids are slugs, so they are safe in an id. */
export const cardTitleId = (vacancy: Vacancy) => `title-${vacancy.id}`;
const detailId = (vacancy: Vacancy) => `detail-${vacancy.id}`;

/**
 * One vacancy as a list item of `<mobility-vacancies>` (and wherever a vacancy is shown as an
 * employee sees it, as in `<mobility-hr-vacancies>`): the title as a heading with the detail link or expand button,
 * badges in text (not colour alone), the facts an employee scans for, and — expanded — the
 * description. The description's restricted Markdown is turned into Lit templates, never parsed
 * as HTML: Lit escapes every piece of text, so nothing a feed sends can become markup.
 */
export function vacancyCard(vacancy: Vacancy, context: VacancyCardContext): TemplateResult {
  const { l10n, expanded } = context;
  const t = l10n.strings;
  const titleControl = context.detailHref
    ? html`<a
        id=${cardTitleId(vacancy)}
        part="title-link"
        class="title-control"
        href=${context.detailHref}
        lang=${vacancy.language}
        @click=${(event: Event) => context.onSelect(vacancy, event)}
        >${vacancy.title}</a
      >`
    : html`<button
        id=${cardTitleId(vacancy)}
        type="button"
        part="title-button"
        class="title-control"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${detailId(vacancy)}
        lang=${vacancy.language}
        @click=${(event: Event) => context.onSelect(vacancy, event)}
      >${vacancy.title}</button>`;

  const body = html`${heading(context.headingLevel, titleControl)}
    ${vacancy.summary ? html`<p class="summary" part="summary" lang=${vacancy.language}>${vacancy.summary}</p>` : nothing}
    <ul class="badges" role="list">
      ${badges(vacancy, context)}
    </ul>
    <dl class="facts" part="facts">
      ${fact(t.organisationLabel, vacancy.unit ? `${vacancy.organisation.name} · ${vacancy.unit}` : vacancy.organisation.name)}
      ${fact(t.locationLabel, `${vacancy.location.city} · ${t.workplaces[vacancy.workplace]}`)}
      ${vacancy.distanceKm === undefined
        ? nothing
        : fact(t.distanceLabel, t.distance(l10n.number(vacancy.distanceKm, { maximumFractionDigits: vacancy.distanceKm < 10 ? 1 : 0 })), 'distance')}
      ${fact(t.hoursLabel, t.hours(l10n.number(vacancy.hoursPerWeek.min), l10n.number(vacancy.hoursPerWeek.max)))}
      ${vacancy.salary?.scale ? fact(t.scaleLabel, vacancy.salary.scale) : nothing}
      ${salaryFact(vacancy, l10n)}
      ${fact(
        t.closingLabel,
        html`<time datetime=${vacancy.validThrough}>${l10n.date(vacancy.validThrough)}</time>`,
        'closing',
      )}
    </dl>
    ${context.detailHref
      ? nothing
      : html`<div id=${detailId(vacancy)} class="detail" part="detail" ?hidden=${!expanded}>
          ${expanded ? detail(vacancy, t) : nothing}
        </div>`}`;
  const position = context.position;
  if (!position) return html`<li part="card" class="card">${body}</li>`;
  // The virtualizer positions its direct children; the gap between cards is the item's padding,
  // because margins of absolutely positioned items would not separate them.
  return html`<div class="virtual-item" role="listitem" aria-setsize=${position.size} aria-posinset=${position.index}>
    <div part="card" class="card">${body}</div>
  </div>`;
}

function heading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="title" class="title">${content}</h2>`;
    case 4:
      return html`<h4 part="title" class="title">${content}</h4>`;
    case 5:
      return html`<h5 part="title" class="title">${content}</h5>`;
    case 6:
      return html`<h6 part="title" class="title">${content}</h6>`;
    default:
      return html`<h3 part="title" class="title">${content}</h3>`;
  }
}

function badges(vacancy: Vacancy, { l10n, today, goodMatch }: VacancyCardContext) {
  const t = l10n.strings;
  const wider = nextWiderStage(vacancy, today);
  return html`
    ${goodMatch ? html`<li part="badge badge-match" class="badge badge-match">${t.matchBadge}</li>` : nothing}
    <li part="badge badge-kind" class="badge badge-kind" data-kind=${vacancy.kind}>${t.kinds[vacancy.kind]}</li>
    <li part="badge badge-visibility" class="badge badge-visibility" data-visibility=${vacancy.visibility}>
      ${t.visibilities[vacancy.visibility]}
    </li>
    ${wider
      ? html`<li part="badge badge-stage" class="badge badge-stage">
          ${t.opensWider[wider.visibility === 'public' ? 'public' : 'sector'](l10n.date(wider.from))}
        </li>`
      : nothing}
    ${vacancy.priority && vacancy.priority.until >= today
      ? html`<li part="badge badge-priority" class="badge badge-priority">
          ${t.priority[vacancy.priority.group](l10n.date(vacancy.priority.until))}
        </li>`
      : nothing}
  `;
}

function fact(label: string, value: unknown, name?: string) {
  return html`<div class="fact" data-fact=${name ?? nothing}>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function salaryFact(vacancy: Vacancy, l10n: LocalizeController<VacancyCardStrings>) {
  const salary = vacancy.salary;
  if (!salary || (salary.min === undefined && salary.max === undefined)) return nothing;
  const money = (amount: number | undefined) =>
    amount === undefined ? undefined : l10n.money(amount, salary.currency);
  return fact(l10n.strings.salaryLabel, l10n.strings.salary(money(salary.min), money(salary.max), salary.period));
}

function detail(vacancy: Vacancy, t: VacancyCardStrings) {
  return html`
    <div class="description">${renderRestrictedMarkdown(vacancy.description, vacancy.language)}</div>
    ${vacancy.contact?.name || vacancy.contact?.email || vacancy.contact?.phone
      ? html`<p class="contact">
          <span class="contact-label">${t.contact}:</span>
          ${vacancy.contact.name ?? nothing}
          ${vacancy.contact.email
            ? html`<a href=${`mailto:${vacancy.contact.email}`}>${vacancy.contact.email}</a>`
            : nothing}
          ${vacancy.contact.phone ?? nothing}
        </p>`
      : nothing}
    ${vacancy.applyUrl && isSafeHref(vacancy.applyUrl)
      ? html`<p>
          <a part="apply-link" class="apply-link" href=${vacancy.applyUrl} aria-label=${t.applyName(vacancy.title)}
            >${t.apply}</a
          >
        </p>`
      : nothing}
  `;
}

