/**
 * Custom Elements Manifest (`cem analyze`) for @mobility-kit/elements. The element classes' JSDoc
 * is the source; the framework typings and editor data are generated from the result by
 * `scripts/generate-typings.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The system tokens (`--mobility-color-primary`, …) are documented once, as `@cssprop` lines on
 * `tokenStyles` in src/shared/base.styles.ts. The manifest lists on each element the system
 * tokens it really uses — in the shared base and control styles every element includes, or anywhere in its
 * own folder (directly or as a component token's fallback) — after its component tokens.
 */
function systemTokensPlugin() {
  const baseStyles = readFileSync(join(root, 'src/shared/base.styles.ts'), 'utf8');
  const tokens = [...baseStyles.matchAll(/^ \* @cssprop \[--mobility-([a-z0-9-]+)=(.*)\] - (.*)$/gm)].map(
    ([, name, defaultValue, description]) => ({ name, default: defaultValue, description }),
  );
  if (tokens.length === 0) throw new Error('no @cssprop lines found on tokenStyles in src/shared/base.styles.ts');
  const usedIn = (source) => new Set([...source.matchAll(/var\(--_mobility-([a-z0-9-]+)\)/g)].map(([, name]) => name));
  const controlStyles = readFileSync(join(root, 'src/shared/controls.styles.ts'), 'utf8');
  const sharedUse = usedIn(baseStyles + controlStyles);
  return {
    name: 'mobility-kit-system-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const folder = join(root, dirname(module.path));
          const sources = readdirSync(folder)
            .filter((file) => file.endsWith('.ts'))
            .map((file) => readFileSync(join(folder, file), 'utf8'));
          // An element without tokenStyles (the provider renders only a slot) honours no token.
          if (!sources.some((source) => source.includes('tokenStyles'))) continue;
          const used = new Set([...sharedUse, ...sources.flatMap((source) => [...usedIn(source)])]);
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...tokens
              .filter((token) => used.has(token.name))
              .map((token) => ({ name: `--mobility-${token.name}`, default: token.default, description: token.description })),
          ];
        }
      }
    },
  };
}

/** Modules in path order, so the manifest and everything generated from it do not depend on the order a file system lists a folder in. */
function sortedModulesPlugin() {
  return {
    name: 'mobility-kit-sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // The element modules and the public index; translations, styles and helpers add nothing a
  // consumer of the manifest (editors, Storybook, typings) needs.
  globs: ['src/index.ts', 'src/*/mobility-*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [systemTokensPlugin(), sortedModulesPlugin()],
};
