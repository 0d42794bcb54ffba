import { html, type TemplateResult } from 'lit';
import type { ShippedLanguage } from '../shared/localize.js';
import { resolveAgainstApi } from '../stories/mobility-stories.js';
import { storiesTranslations } from '../stories/translations.js';
import { storyView } from '../stories/views.js';
import type { StoryFormValues } from './form-model.js';
import type { HrStoriesViewContext } from './view-context.js';

/**
 * The story as `<mobility-stories>` shows it on a slide, drawn by that element's own view and
 * styles from what the form holds now, so HR sees what a reader will.
 */
export function previewView(view: HrStoriesViewContext, values: StoryFormValues, options: { previewSrc: string | undefined; baseUrl: string | undefined }): TemplateResult {
  const { t, h, level } = view;
  const readerStrings = storiesTranslations[view.l10n.lang as ShippedLanguage] ?? storiesTranslations.nl;
  const photo = values.photo && options.previewSrc
    ? {
        src: options.previewSrc,
        alt: values.photo.alt,
        ...(values.photo.credit.trim() ? { credit: values.photo.credit } : {}),
        ...(values.photo.width !== undefined ? { width: values.photo.width } : {}),
        ...(values.photo.height !== undefined ? { height: values.photo.height } : {}),
      }
    : undefined;
  const story = {
    displayName: values.displayName,
    ...(photo ? { photo } : {}),
    moveType: values.moveType,
    roleBefore: values.roleBefore,
    orgBefore: values.orgBefore,
    roleAfter: values.roleAfter,
    orgAfter: values.orgAfter,
    quote: values.quote,
    body: values.body,
    cta: { label: values.ctaLabel, href: values.ctaHref },
    language: values.language,
  };
  return html`<section part="preview" class="section preview" aria-labelledby="preview-title">
    ${h(level + 2, t.previewTitle, 'preview-title')}
    <p class="hint">${t.previewHint}</p>
    ${values.displayName.trim() === ''
      ? html`<p part="preview-empty" class="message">${t.previewEmpty}</p>`
      : html`<div part="preview-slide" class="preview-slide" role="group" aria-roledescription="slide" aria-labelledby="preview-title">
      ${storyView(
        {
          t: readerStrings,
          headingLevel: Math.min(6, level + 3),
          resolve: (reference) => resolveAgainstApi(reference, options.baseUrl, document.baseURI),
        },
        story,
      )}
    </div>`}
  </section>`;
}
