import { escapeHtml, html, page } from './layout.js';
import { strings, type Language } from './strings.js';

interface Common {
  readonly language: Language;
  readonly assets: string;
}

/** The sign-in attempt is unknown or has expired (no interaction cookie, or an old link). */
export function expiredPage({ language, assets }: Common): string {
  const t = strings[language];
  return page({ language, assets, title: t.expiredTitle, body: html(`<h1>${escapeHtml(t.expiredTitle)}</h1>\n<p>${escapeHtml(t.expiredBody)}</p>`) });
}

/** An OAuth error shown to the user (a bad authorization request, a server error), with its code for the developer. */
export function errorPage({ language, assets, code, description }: Common & { code?: string | undefined; description?: string | undefined }): string {
  const t = strings[language];
  const details = code
    ? `<p>${escapeHtml(t.errorDetails)} <code>${escapeHtml(code)}</code>${description ? ` – ${escapeHtml(description)}` : ''}</p>`
    : '';
  return page({ language, assets, title: t.errorTitle, body: html(`<h1>${escapeHtml(t.errorTitle)}</h1>\n<p>${escapeHtml(t.errorBody)}</p>\n${details}`) });
}

/**
 * The sign-out question of RP-initiated logout. `form` is oidc-provider's own form (id
 * `op.logoutForm`, its action and a hidden anti-forgery field); the two buttons submit it, and only
 * "yes" (`logout=yes`) ends the session.
 */
export function signOutPage({ language, assets, form }: Common & { form: string }): string {
  const t = strings[language];
  return page({
    language,
    assets,
    title: t.signOutTitle,
    body: html(`<h1>${escapeHtml(t.signOutTitle)}</h1>
<p>${escapeHtml(t.signOutQuestion)}</p>
${form}
<div class="actions">
<button type="submit" class="button" form="op.logoutForm" name="logout" value="yes">${escapeHtml(t.signOutYes)}</button>
<button type="submit" class="button button--secondary" form="op.logoutForm">${escapeHtml(t.signOutNo)}</button>
</div>`),
  });
}

/** Shown after a sign-out that names no `post_logout_redirect_uri` to return to. */
export function signedOutPage({ language, assets }: Common): string {
  const t = strings[language];
  return page({ language, assets, title: t.signedOutTitle, body: html(`<h1>${escapeHtml(t.signedOutTitle)}</h1>\n<p>${escapeHtml(t.signedOutBody)}</p>`) });
}
