// Builds every publishable package into its own dist/, in dependency order (rollup runs the
// configs one after another, so each package compiles against the declarations of the ones
// before it), plus the self-contained browser bundle of the elements.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

const pkg = (name) => JSON.parse(readFileSync(new URL(`./packages/${name}/package.json`, import.meta.url), 'utf8'));

/** Every bare import that is not a relative path stays external in library builds. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const ts = (name, options = {}) =>
  typescript({
    tsconfig: `packages/${name}/tsconfig.build.json`,
    outputToFilesystem: true,
    ...options,
  });

/** A library package: ESM, dependencies external, declarations beside the JS. */
function library(name, input) {
  return {
    input,
    external,
    plugins: [ts(name)],
    output: { dir: `packages/${name}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `packages/${name}/src` },
    onwarn: quietThirdParty,
  };
}

/** Warnings about code we do not own (zod's comment placement, its internal cycles) are noise here. */
function quietThirdParty(warning, warn) {
  const inNodeModules = (id) => typeof id === 'string' && id.includes('node_modules');
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some(inNodeModules)) return;
  if (warning.code === 'INVALID_ANNOTATION' && inNodeModules(warning.id)) return;
  warn(warning);
}

const elementsVersion = pkg('elements').version;

function browserBundle(name) {
  return {
    input: `packages/elements/src/${name}.ts`,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      ts('elements', { outDir: 'packages/elements/dist', compilerOptions: { declaration: false, declarationMap: false, declarationDir: undefined } }),
      // Lit's html`` and css`` templates carry indentation and comments that gzip cannot remove.
      literalsHtmlCssMinifier({ failOnError: true }),
      terser({
        module: true,
        ecma: 2022,
        compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
        format: { comments: false, preamble: `/*! mobility-kit ${elementsVersion} | EUPL-1.2 | includes Lit (BSD-3-Clause), ky (MIT), zod (MIT), oauth4webapi (MIT) */` },
      }),
    ],
    output: { file: `packages/elements/dist/${name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    onwarn: quietThirdParty,
  };
}

export default [
  library('contract', {
    index: 'packages/contract/src/index.ts',
    openapi: 'packages/contract/src/openapi.ts',
    vocabulary: 'packages/contract/src/vocabulary.ts',
  }),
  library('rules', { index: 'packages/rules/src/index.ts' }),
  library('sdk', { index: 'packages/sdk/src/index.ts' }),
  library('elements', {
    index: 'packages/elements/src/index.ts',
    define: 'packages/elements/src/define.ts',
    'provider/define': 'packages/elements/src/provider/define.ts',
    'sign-in/define': 'packages/elements/src/sign-in/define.ts',
    'vacancies/define': 'packages/elements/src/vacancies/define.ts',
    'stories/define': 'packages/elements/src/stories/define.ts',
    'career-test/define': 'packages/elements/src/career-test/define.ts',
    'calculator/define': 'packages/elements/src/calculator/define.ts',
    'dashboard/define': 'packages/elements/src/dashboard/define.ts',
  }),
  // The insights table worker is loaded by URL (node:worker_threads), not imported: its own entry.
  library('server', {
    index: 'packages/server/src/index.ts',
    cli: 'packages/server/src/cli.ts',
    'insights/table-worker': 'packages/server/src/insights/table-worker.ts',
  }),
  library('conformance', { index: 'packages/conformance/src/index.ts', cli: 'packages/conformance/src/cli.ts' }),
  // The demo OpenID Connect provider `npm start` mounts at /idp (oidc-provider stays external).
  library('demo-idp', { index: 'packages/demo-idp/src/index.ts' }),
  // Self-contained files for hosts without a build step: Lit, the SDK and the contract inlined.
  // `mobility-kit.js` holds the provider (with sign-in) and the vacancy feed (size-budgeted in `npm run bench`);
  // `mobility-kit-all.js` every element.
  browserBundle('mobility-kit'),
  browserBundle('mobility-kit-all'),
];
