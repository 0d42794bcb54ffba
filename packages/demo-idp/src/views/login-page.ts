import type { DemoAccount } from '../accounts.js';
import { escapeHtml, html, page } from './layout.js';
import { strings, type Language, type Strings } from './strings.js';

/** What went wrong with a submitted form: missing fields, or a username and password that do not match. */
export type LoginProblem = 'usernameMissing' | 'passwordMissing' | 'credentialsWrong';

export interface LoginPage {
  readonly language: Language;
  /** Where the form posts (`…/login`) and where "cancel" posts (`…/abort`). */
  readonly actions: { readonly login: string; readonly abort: string };
  /** The application the user signs in to (the client's name). */
  readonly clientName: string;
  readonly accounts: readonly DemoAccount[];
  readonly password: string;
  readonly assets: string;
  readonly switchTo: (language: Language) => string;
  /** After a failed attempt: the username to fill in again (never the password) and the problems. */
  readonly username?: string;
  readonly problems?: readonly LoginProblem[];
}

/** The field each problem belongs to: its message sits there and the summary links to it. */
const fieldOf: Record<LoginProblem, 'username' | 'password'> = {
  usernameMissing: 'username',
  passwordMissing: 'password',
  credentialsWrong: 'password',
};

/**
 * The sign-in page. After a failed attempt it opens with an error summary that takes focus
 * (`autofocus`, no script) and links to each field; each message also sits above its field, tied
 * to the input with `aria-describedby`, and the input is `aria-invalid`. The title says "error"
 * too, so a screen reader hears it first.
 */
export function loginPage(view: LoginPage): string {
  const t = strings[view.language];
  const problems = view.problems ?? [];
  const body = html(`${errorSummary(t, problems)}
<h1>${escapeHtml(t.signInTitle)}</h1>
<p>${escapeHtml(t.signInIntro)} <strong>${escapeHtml(view.clientName)}</strong>.</p>
<form method="post" action="${escapeHtml(view.actions.login)}" novalidate>
<p>${escapeHtml(t.requiredNote)}</p>
<input type="hidden" name="lang" value="${view.language}">
${field(t, {
  id: 'username',
  label: t.username,
  hint: t.usernameHint,
  problems: problems.filter((p) => fieldOf[p] === 'username'),
  input: `type="text" name="username" autocomplete="username" inputmode="email" autocapitalize="none" spellcheck="false" value="${escapeHtml(view.username ?? '')}"`,
})}
${field(t, {
  id: 'password',
  label: t.password,
  problems: problems.filter((p) => fieldOf[p] === 'password'),
  input: 'type="password" name="password" autocomplete="current-password"',
})}
<div class="actions">
<button type="submit" class="button">${escapeHtml(t.submit)}</button>
<button type="submit" class="button button--secondary" formaction="${escapeHtml(view.actions.abort)}">${escapeHtml(t.cancel)}</button>
</div>
</form>
${accountList(t, view.accounts, view.password)}`);
  const title = problems.length ? `${t.errorPrefix} ${t.signInTitle}` : t.signInTitle;
  return page({ language: view.language, title, body, assets: view.assets, switchTo: view.switchTo });
}

function errorSummary(t: Strings, problems: readonly LoginProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems.map((p) => `<li><a href="#${fieldOf[p]}">${escapeHtml(t[p])}</a></li>`).join('');
  return `<div class="error-summary" id="error-summary" tabindex="-1" autofocus>
<div role="alert">
<h2 id="error-summary-title">${escapeHtml(t.errorSummaryTitle)}</h2>
<ul>${items}</ul>
</div>
</div>`;
}

function field(t: Strings, f: { id: string; label: string; hint?: string; problems: readonly LoginProblem[]; input: string }): string {
  const hintId = `${f.id}-hint`;
  const errorId = `${f.id}-error`;
  const describedBy = [f.hint ? hintId : undefined, f.problems.length ? errorId : undefined].filter(Boolean).join(' ');
  const messages = f.problems.map((p) => escapeHtml(t[p])).join(' ');
  return `<div class="field${f.problems.length ? ' field--error' : ''}">
<label for="${f.id}">${escapeHtml(f.label)}</label>
${f.hint ? `<p class="field__hint" id="${hintId}">${escapeHtml(f.hint)}</p>` : ''}
${f.problems.length ? `<p class="field__error" id="${errorId}"><span class="visually-hidden">${escapeHtml(t.errorPrefix)}</span> ${messages}</p>` : ''}
<input id="${f.id}" ${f.input} required${describedBy ? ` aria-describedby="${describedBy}"` : ''}${f.problems.length ? ' aria-invalid="true"' : ''}>
</div>`;
}

/** The demo accounts, per organisation: it is a demo, so the page says which accounts exist. */
function accountList(t: Strings, accounts: readonly DemoAccount[], password: string): string {
  const byOrganisation = new Map<string, { name: string; accounts: DemoAccount[] }>();
  for (const account of accounts) {
    const entry = byOrganisation.get(account.organisation.slug) ?? { name: account.organisation.name, accounts: [] };
    entry.accounts.push(account);
    byOrganisation.set(account.organisation.slug, entry);
  }
  const roleLabel = { employee: t.accountsEmployee, hr: t.accountsHr, admin: t.accountsAdmin } as const;
  const items = [...byOrganisation.values()]
    .map(
      (organisation) => `<li><span class="accounts-list__organisation">${escapeHtml(organisation.name)}</span>
<ul>${organisation.accounts.map((a) => `<li>${escapeHtml(roleLabel[a.role])}: <code>${escapeHtml(a.username)}</code></li>`).join('')}</ul></li>`,
    )
    .join('\n');
  return `<section aria-labelledby="accounts-title">
<h2 id="accounts-title">${escapeHtml(t.accountsTitle)}</h2>
<p>${escapeHtml(t.accountsIntro)} ${escapeHtml(t.accountsPassword)} <code>${escapeHtml(password)}</code>.</p>
<ul class="accounts-list">
${items}
</ul>
</section>`;
}

