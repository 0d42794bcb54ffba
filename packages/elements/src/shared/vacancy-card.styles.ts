import { css } from 'lit';

/**
 * One vacancy card (`vacancy-card.ts`): the card, its title control, badges, facts and expanded
 * detail, with the card's component tokens (`--mobility-vacancies-card-*`, `--mobility-vacancies-title-*`:
 * the card looks the same wherever it is shown). Part of `<mobility-vacancies>`' styles; an element
 * that shows the card elsewhere (the HR workspace's "as an employee sees it") adds it after its own sheet.
 */
export const vacancyCardStyles = css`
    :host {
      --_mobility-vacancies-gap: var(--mobility-vacancies-gap, var(--_mobility-space-m));
      --_mobility-vacancies-card-background: var(--mobility-vacancies-card-background, var(--_mobility-color-surface));
      --_mobility-vacancies-card-border-color: var(--mobility-vacancies-card-border-color, var(--_mobility-color-border));
      --_mobility-vacancies-card-radius: var(--mobility-vacancies-card-radius, var(--_mobility-radius));
      --_mobility-vacancies-card-padding: var(--mobility-vacancies-card-padding, var(--_mobility-space-m));
      --_mobility-vacancies-title-color: var(--mobility-vacancies-title-color, var(--_mobility-color-primary));
      --_mobility-vacancies-title-font-size: var(--mobility-vacancies-title-font-size, var(--_mobility-font-size-large));
    }

    .card,
    .skeleton-card {
      display: flex;
      flex-direction: column;
      gap: var(--_mobility-space-s);
      min-width: 0;
      padding: var(--_mobility-vacancies-card-padding);
      background: var(--_mobility-vacancies-card-background);
      border: 1px solid var(--_mobility-vacancies-card-border-color);
      border-radius: var(--_mobility-vacancies-card-radius);
    }

    .title {
      margin: 0;
      font-size: var(--_mobility-vacancies-title-font-size);
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .title-control {
      display: inline;
      padding: 0;
      margin: 0;
      font: inherit;
      text-align: start;
      color: var(--_mobility-vacancies-title-color);
      background: none;
      border: 0;
      border-radius: 2px;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .title-control:hover {
      text-decoration-thickness: 0.15em;
    }
    button.title-control::after {
      content: '';
      display: inline-block;
      width: 0.5em;
      height: 0.5em;
      margin-inline-start: 0.4em;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: translateY(-0.2em) rotate(45deg);
      transition: transform 150ms ease;
    }
    button.title-control[aria-expanded='true']::after {
      transform: translateY(0.05em) rotate(-135deg);
    }

    .summary {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge-priority,
    .badge-match {
      font-weight: 600;
    }
    .badge-match {
      border-color: var(--_mobility-color-primary);
    }

    .facts {
      display: grid;
      gap: var(--_mobility-space-xs);
      margin: 0;
    }
    .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_mobility-space-s);
      min-width: 0;
    }
    .fact dt {
      color: var(--_mobility-color-text-muted);
    }
    .fact dt::after {
      content: ':';
    }
    .fact dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .fact[data-fact='closing'] dd {
      font-weight: 600;
    }

    .detail {
      display: grid;
      gap: var(--_mobility-space-s);
      padding-block-start: var(--_mobility-space-s);
      border-block-start: 1px solid var(--_mobility-vacancies-card-border-color);
    }
    .detail[hidden] {
      display: none;
    }
    .detail p {
      margin: 0;
    }
    .description {
      display: grid;
      gap: var(--_mobility-space-s);
      overflow-wrap: anywhere;
    }
    .description ul,
    .description ol {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .contact {
      overflow-wrap: anywhere;
    }
    .contact-label {
      font-weight: 600;
    }
    a {
      color: var(--_mobility-color-primary);
    }

    @media (forced-colors: active) {
      .card,
      .skeleton-card {
        border-color: CanvasText;
      }
      .title-control {
        color: LinkText;
      }
    }
`;
