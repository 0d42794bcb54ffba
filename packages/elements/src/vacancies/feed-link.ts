import { html, nothing, type TemplateResult } from 'lit';
import type { CopyState } from '../shared/copy-controller.js';
import type { VacanciesStrings } from './translations.js';

/**
 * The Atom feed link of the current search, with a copy button and a polite status saying whether
 * copying worked. Nothing without a feed URL (no API configured).
 */
export function feedLink(t: VacanciesStrings, url: string | undefined, copyState: CopyState, onCopy: () => void): TemplateResult | typeof nothing {
  if (!url) return nothing;
  return html`<div part="feed" class="feed">
    <p class="feed-line">
      <span class="feed-label">${t.feedLabel}:</span>
      <a part="feed-link" class="feed-link" href=${url} type="application/atom+xml">${url}</a>
    </p>
    <p class="feed-line">
      <button part="button copy-button" class="button button-secondary" type="button" @click=${onCopy}>${t.copyLink}</button>
      <span class="feed-note">${t.feedNote}</span>
      <span part="copy-status" class="copy-status" role="status" aria-live="polite"
        >${copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}</span
      >
    </p>
  </div>`;
}
