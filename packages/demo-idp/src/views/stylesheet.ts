/**
 * The stylesheet of every page of the provider, served as a file (`<issuer>/assets/sign-in.css`)
 * so the pages need no inline style under their Content-Security-Policy. Colours meet WCAG AA
 * contrast (body text and links 7:1 or more, the error red 6.5:1); the focus ring is 3 px; the
 * layout reflows down to 320 CSS pixels; motion only where the user has not asked for less.
 */
export const stylesheet = `:root {
  color-scheme: light;
  --idp-text: #1b1b1b;
  --idp-muted: #474747;
  --idp-accent: #1f4e9c;
  --idp-accent-dark: #163a75;
  --idp-error: #b3261e;
  --idp-border: #5f5f5f;
  --idp-line: #cfd4dc;
  --idp-surface: #f2f4f8;
  --idp-note: #fff5d6;
  --idp-note-edge: #8a6100;
}
*, *::before, *::after { box-sizing: border-box; }
html { font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--idp-text); background: #fff; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; }
a { color: var(--idp-accent); text-underline-offset: 0.15em; }
a:hover { color: var(--idp-accent-dark); text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--idp-accent); outline-offset: 2px; }
.masthead { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; padding: 0.75rem 1rem; background: var(--idp-surface); border-bottom: 1px solid var(--idp-line); }
.masthead__service { margin: 0; font-weight: 600; }
.masthead__languages { margin: 0; padding: 0; list-style: none; }
main { display: block; max-width: 38rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { margin: 0 0 0.75rem; font-size: 1.75rem; line-height: 1.25; }
h2 { margin: 2.5rem 0 0.5rem; font-size: 1.25rem; line-height: 1.3; }
p { margin: 0 0 1rem; }
.demo-note { margin: 0 0 1.5rem; padding: 0.75rem 1rem; background: var(--idp-note); border-left: 0.375rem solid var(--idp-note-edge); }
.demo-note__label { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
.error-summary { margin: 0 0 1.5rem; padding: 1rem; border: 3px solid var(--idp-error); }
.error-summary h2 { margin: 0 0 0.5rem; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: var(--idp-error); font-weight: 600; }
.field { margin: 0 0 1.25rem; }
.field--error { padding-left: 0.75rem; border-left: 0.25rem solid var(--idp-error); }
.field label { display: block; font-weight: 600; }
.field__hint { margin: 0 0 0.25rem; color: var(--idp-muted); }
.field__error { margin: 0 0 0.25rem; color: var(--idp-error); font-weight: 600; }
.field input { display: block; width: 100%; max-width: 24rem; margin: 0; padding: 0.5rem 0.625rem; font: inherit; color: var(--idp-text); background: #fff; border: 2px solid var(--idp-border); border-radius: 4px; }
.field--error input { border-color: var(--idp-error); }
.field input:focus-visible { outline-offset: 1px; box-shadow: inset 0 0 0 1px var(--idp-border); }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.5rem 0 0; }
.button { display: inline-block; min-height: 2.75rem; padding: 0.5rem 1.25rem; font: inherit; font-weight: 600; color: #fff; background: var(--idp-accent); border: 2px solid var(--idp-accent); border-radius: 4px; cursor: pointer; }
.button:hover { background: var(--idp-accent-dark); border-color: var(--idp-accent-dark); }
.button--secondary { color: var(--idp-accent); background: #fff; }
.button--secondary:hover { color: var(--idp-accent-dark); background: var(--idp-surface); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.95em; overflow-wrap: anywhere; }
.accounts-list { margin: 0; padding: 0; list-style: none; }
.accounts-list > li { padding: 0.5rem 0; border-top: 1px solid var(--idp-line); }
.accounts-list__organisation { display: block; font-weight: 600; }
.accounts-list ul { margin: 0; padding: 0; list-style: none; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
@media (prefers-reduced-motion: no-preference) {
  .button, a { transition: background-color 0.15s ease-in-out, color 0.15s ease-in-out; }
}
@media (forced-colors: active) {
  .button { border-color: ButtonText; }
  :focus-visible { outline-color: Highlight; }
  .demo-note, .error-summary, .field--error { border-color: CanvasText; }
}
`;
