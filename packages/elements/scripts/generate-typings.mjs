/**
 * Generates the framework typings and editor data from custom-elements.json with the pinned
 * generators (custom-element-jsx-integration, custom-element-vuejs-integration,
 * custom-element-vs-code-integration):
 *
 * - types/jsx.d.ts: `CustomElements`, one props type per tag (React's types/react.d.ts builds on it)
 * - types/vue.d.ts: augments Vue's `GlobalComponents`
 * - vscode.html-custom-data.json and vscode.css-custom-data.json: VS Code custom data
 *
 * Run after `cem analyze` (`npm run manifest -w @mobility-kit/elements` does both).
 * `generateTypings(manifest, outdir)` is also what the drift test calls.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** The files this script writes, relative to the package root. */
export const generatedFiles = [
  'types/jsx.d.ts',
  'types/vue.d.ts',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
];

/**
 * The manifest as a framework sees it: read-only getters (`client`, `feedUrl`, `rotating`, …) are
 * left out, because React and Vue would try to assign a prop of that name and a getter without a
 * setter throws.
 */
export function settableView(manifest) {
  const view = structuredClone(manifest);
  for (const module of view.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.members = (declaration.members ?? []).filter((member) => !member.readonly);
    }
  }
  return view;
}

const camelCase = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * Vue's template type-checker looks props up by their camelCase name (`:page-size` → `pageSize`)
 * and event listeners as `on` + PascalCase (`@mobility-vacancy-select` →
 * `onMobilityVacancySelect`). The generator writes dashed keys (`"page-size"`,
 * `"onmobility-vacancy-select"`), which vue-tsc never matches, so those bindings would go
 * unchecked. Rewrite the keys of the generated props types to the names Vue uses.
 */
export function camelCaseVueProps(file) {
  const source = readFileSync(file, 'utf8');
  // Only the keys inside the `type …Props = { … };` blocks; the tag names in `GlobalComponents`
  // stay as they are.
  const rewritten = source.replace(/^type \w+Props = \{\n[\s\S]*?^\};$/gm, (block) =>
    block.replace(/^(\s+)"([a-z0-9-]+)"(\??):/gm, (_, indent, key, optional) => {
      const name = key.startsWith('on') && key.includes('-')
        ? `on${camelCase(`-${key.slice(2)}`)}`
        : camelCase(key);
      return `${indent}${name}${optional}:`;
    }),
  );
  writeFileSync(file, rewritten);
}

/** Writes every generated file into `outdir` (the package root, or a scratch directory for the drift test). */
export function generateTypings(manifest, outdir = packageRoot) {
  const view = settableView(manifest);
  const common = {
    hideLogs: true,
    // Types come from the package itself, so attribute and property props are typed exactly as
    // the classes declare them and event details by their exported interfaces.
    globalTypePath: '@mobility-kit/elements',
  };
  generateJsxTypes(view, { ...common, outdir: join(outdir, 'types'), fileName: 'jsx.d.ts' });
  generateVuejsTypes(view, { ...common, outdir: join(outdir, 'types'), fileName: 'vue.d.ts' });
  camelCaseVueProps(join(outdir, 'types', 'vue.d.ts'));

  const html = JSON.parse(getVsCodeHtmlCustomData(view, { hideLogs: true }));
  writeFileSync(join(outdir, 'vscode.html-custom-data.json'), `${JSON.stringify(html, null, 2)}\n`);

  // Every element lists the shared system tokens; the editor needs each property once.
  const css = JSON.parse(getVsCodeCssCustomData(view, { hideLogs: true }));
  const seen = new Set();
  css.properties = css.properties.filter((property) => !seen.has(property.name) && seen.add(property.name));
  const seenParts = new Set();
  css.pseudoElements = css.pseudoElements.filter((part) => !seenParts.has(part.name) && seenParts.add(part.name));
  writeFileSync(join(outdir, 'vscode.css-custom-data.json'), `${JSON.stringify(css, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'custom-elements.json'), 'utf8'));
  generateTypings(manifest);
  console.log(`generated ${generatedFiles.join(', ')}`);
}
