import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
import type { Story, Vacancy } from '@mobility-kit/contract';
import type { VacancyMatch } from '@mobility-kit/rules';
import { loadErrorKind } from '../shared/load-error.js';
import { isSafeHref } from '../shared/restricted-markdown.js';
import type { CareerTestRecommendations } from './recommendations.js';
import type { CareerTestViewContext } from './view-context.js';

/** What the recommendation sections need besides the fetched data. */
export interface RecommendationsViewContext extends Pick<CareerTestViewContext, 't' | 'lang' | 'number'> {
  /** Link template for a matching vacancy (`{id}` replaced), from the host. */
  readonly vacancyUrl: string | undefined;
  /** Link to the host's stories page. */
  readonly storiesUrl: string | undefined;
}

/** A host-given or API-given link, when it resolves to a web or mail address (never `javascript:`). */
export function linkOrNothing(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return isSafeHref(new URL(url, document.baseURI).href) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The matching vacancies: loading, an error with retry, no profile to match, the matches or none. */
export function vacanciesView(context: RecommendationsViewContext, recommendations: CareerTestRecommendations): TemplateResult {
  const { t } = context;
  const task = recommendations.vacancies;
  const pending = task.status === TaskStatus.INITIAL || task.status === TaskStatus.PENDING;
  const outcome = task.value;
  let body: TemplateResult;
  if (pending) {
    body = html`<p>${t.vacanciesLoading}</p>`;
  } else if (task.status === TaskStatus.ERROR) {
    body = html`<div part="error" class="message error">
      <p class="message-title">${t.vacanciesError}</p>
      <p>${t.errors[loadErrorKind(task.error)]}</p>
      <button part="button retry-button" class="button no-print" type="button" @click=${() => void task.run()}>${t.retry}</button>
    </div>`;
  } else if (outcome?.kind === 'no-profile') {
    body = html`<p>${t.vacanciesNoProfile}</p>`;
  } else if (outcome?.kind === 'ranked' && outcome.matches.length > 0) {
    body = html`<ul class="matches" role="list">
      ${outcome.matches.map((match) => matchView(context, match))}
    </ul>`;
  } else {
    body = html`<p>${t.vacanciesEmpty}</p>`;
  }
  return html`<section part="vacancies" class="part" aria-busy=${pending ? 'true' : 'false'}>
    <h3 id="vacancies-title">${t.vacanciesTitle}</h3>
    <p class="muted">${t.vacanciesIntro}</p>
    ${body}
  </section>`;
}

/** Colleagues' stories that fit the profile (if any), then the host's slot and link. */
export function storiesView(context: RecommendationsViewContext, recommendations: CareerTestRecommendations): TemplateResult {
  const { t } = context;
  const task = recommendations.stories;
  const pending = task.status === TaskStatus.INITIAL || task.status === TaskStatus.PENDING;
  const links = task.status === TaskStatus.COMPLETE ? (task.value ?? []) : [];
  const href = linkOrNothing(context.storiesUrl);
  return html`<section part="stories" class="part" aria-busy=${pending ? 'true' : 'false'}>
    <h3 id="stories-title">${t.storiesTitle}</h3>
    ${links.length > 0
      ? html`<p class="muted">${t.storiesIntro}</p>
          <ul class="matches" role="list">
            ${repeat(
              links,
              (link) => link.story.id,
              (link) => storyView(context, link.story),
            )}
          </ul>`
      : nothing}
    <slot name="stories"></slot>
    ${href ? html`<p><a part="stories-link" href=${href}>${t.storiesLink}</a></p>` : nothing}
  </section>`;
}

function storyView(context: RecommendationsViewContext, story: Story): TemplateResult {
  // The story's own language for its texts; the connective read out instead of the arrow is the interface's.
  return html`<li part="story" class="match story" lang=${story.language}>
    <h4>${story.displayName}</h4>
    <p part="story-move" class="story-move">
      ${story.roleBefore}, ${story.orgBefore} <span aria-hidden="true">→</span
      ><span class="visually-hidden" lang=${context.lang}>${context.t.storyMovedTo}</span> ${story.roleAfter}, ${story.orgAfter}
    </p>
    <blockquote part="story-quote" class="story-quote"><p>${story.quote}</p></blockquote>
  </li>`;
}

function matchView(context: RecommendationsViewContext, match: VacancyMatch<Vacancy>): TemplateResult {
  const vacancy = match.vacancy;
  const href = context.vacancyUrl
    ? linkOrNothing(context.vacancyUrl.replaceAll('{id}', encodeURIComponent(vacancy.id)))
    : linkOrNothing(vacancy.applyUrl);
  return html`<li class="match">
    <h4 lang=${vacancy.language}>${href ? html`<a href=${href}>${vacancy.title}</a>` : vacancy.title}</h4>
    <p>${vacancy.organisation.name} · ${vacancy.location.city}</p>
    ${match.congruence !== null
      ? html`<p class="muted">${context.t.fit(context.number(match.congruence / 100, { style: 'percent', maximumFractionDigits: 0 }))}</p>`
      : nothing}
  </li>`;
}
