import { languages, strings, type Language } from './strings.js';

/** Text or an attribute value, safe to place in HTML. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML that is already safe (built from escaped parts), so the shell does not escape it twice. */
export interface Html {
  readonly html: string;
}
export const html = (value: string): Html => ({ html: value });

export interface PageShell {
  readonly language: Language;
  /** The document title (without the service name, which is appended). */
  readonly title: string;
  readonly body: Html;
  /** Path of the provider's assets, e.g. `/idp/assets`. */
  readonly assets: string;
  /** Address of this page in the other language (the language switch); none: no switch. */
  readonly switchTo?: (language: Language) => string;
}

/** The page every view shares: language, title, the served stylesheet, the masthead with the demo service name. */
export function page({ language, title, body, assets, switchTo }: PageShell): string {
  const t = strings[language];
  const others = switchTo ? languages.filter((l) => l !== language) : [];
  const languageSwitch = others.length
    ? `<nav aria-label="${escapeHtml(t.languageNav)}"><ul class="masthead__languages">${others
        .map((l) => `<li><a href="${escapeHtml(switchTo!(l))}" lang="${l}" hreflang="${l}">${escapeHtml(strings[l].languageName)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(t.service)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(assets)}/sign-in.css">
</head>
<body>
<header class="masthead">
<p class="masthead__service">${escapeHtml(t.service)}</p>
${languageSwitch}
</header>
<main id="main">
<p class="demo-note"><span class="demo-note__label">${escapeHtml(t.demoLabel)}</span> ${escapeHtml(t.demoNote)}</p>
${body.html}
</main>
</body>
</html>
`;
}

/**
 * Headers of every HTML page of the provider: never cached (each carries one sign-in attempt), no
 * referrer (the interaction id stays here), and a policy without any script, with the served
 * stylesheet only, that may send forms to this origin and to the relying party's origins (a
 * sign-in and a sign-out end in a redirect there, which `form-action` also governs).
 */
export function pageHeaders(formTargets: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...formTargets].join(' ');
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
  };
}
