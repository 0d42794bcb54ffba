import { html, type TemplateResult } from 'lit';
import type { StoryRecord } from '@mobility-kit/contract';
import { storyBadges, type StoryBadge } from './story-state.js';
import type { HrStoriesViewContext } from './view-context.js';

/** The badges of one story: each a sentence in words, its tone also shown by a symbol, never colour alone. */
export function badgesView(view: HrStoriesViewContext, record: StoryRecord): TemplateResult {
  const { t } = view;
  return html`<ul part="badges" class="badges" aria-label=${t.stateLabel}>
    ${storyBadges(record, view.today).map((badge) => html`<li part=${`badge badge-${badge.kind}`} class=${`badge tone-${badge.tone}`}>${badgeText(view, badge)}</li>`)}
  </ul>`;
}

export function badgeText({ t, date }: HrStoriesViewContext, badge: StoryBadge): string {
  return t.badges[badge.kind](badge.channel ? t.channels[badge.channel] : '', badge.date ? date(badge.date) : '');
}

/** The organisation's stories, each with its state, window and an edit button. */
export function listView(view: HrStoriesViewContext, items: readonly StoryRecord[], edit: (record: StoryRecord) => void): TemplateResult {
  const { t, h, level, date } = view;
  return html`<ul part="list" class="story-list" aria-label=${t.listLabel}>
    ${items.map(
      (record) => html`<li part="story" class="story-item" data-id=${record.id}>
        ${h(level + 1, record.displayName)}
        <p class="summary">${t.moveTypes[record.moveType]}: ${record.roleBefore} → ${record.roleAfter}</p>
        <p class="quote-line">“${record.quote}”</p>
        ${badgesView(view, record)}
        <p class="window">${t.window(date(record.publishFrom), date(record.publishUntil))}</p>
        <button part="button edit-button" class="button button-secondary" type="button" id=${`edit-${record.id}`} @click=${() => edit(record)}>
          ${t.edit}<span class="visually-hidden"> ${t.editName(record.displayName)}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

/** Placeholder rows while the stories load. */
export function skeletonView(t: { loading: string }): TemplateResult {
  return html`<div part="skeleton" class="skeleton-block">
    <span class="visually-hidden">${t.loading}</span>
    ${[0, 1, 2].map(
      () => html`<div class="skeleton-item" aria-hidden="true">
        <div class="skeleton skeleton-title"></div>
        <div class="skeleton skeleton-line"></div>
        <div class="skeleton skeleton-line skeleton-short"></div>
      </div>`,
    )}
  </div>`;
}
