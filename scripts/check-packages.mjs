#!/usr/bin/env node
// `npm run check:packages` (after `npm run build`): what `npm publish` would ship, checked the way
// a user meets it. For every publishable workspace: every `exports` target (every condition but
// `source`), `main`, `types` and `bin` is in the tarball; every declaration a declaration imports
// is there; every source map's sources are shipped or embedded; nothing else ships (tests,
// fixtures, test helpers, build caches). Then all tarballs are installed together into a
// temporary project, offline, where each entry point is imported in Node, each bin answers
// `--help`, and an import of every entry type-checks with moduleResolution node16 and bundler.
//
// `source` points at src/*.ts, which the packages ship (`files` lists `src`), so the condition
// resolves for whoever enables it and the source and declaration maps lead to real files.
// Nothing outside this repository should rely on it: Node, TypeScript and bundlers do not set
// it unless asked, and the default condition is the built dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { installTarballs, packAll, root } from './packed-workspaces.mjs';

const failures = [];
const fail = (pkg, message) => failures.push(`${pkg}: ${message}`);

/** Targets of an `exports` value, with the condition path that leads to each (`source` left out). */
function exportTargets(value, path = []) {
  if (typeof value === 'string') return [{ target: value, path }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'source' ? [] : exportTargets(inner, [...path, key])));
}

const normal = (file) => posix.normalize(file.replace(/^\.\//, ''));

/** Paths a package must never ship, whatever `files` says. */
const forbidden = [
  [/(^|\/)(test|tests|__tests__|fixtures?|__fixtures__|coverage|\.data)\//, 'test, fixture or coverage folder'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'test file'],
  [/(^|\/)(fixture-server|test-helpers?|helpers)\.[cm]?[jt]s$/, 'test support file'],
  [/\.tsbuildinfo$/, 'build cache'],
  [/(^|\/)tsconfig(\.[\w-]+)?\.json$/, 'build configuration'],
  [/(^|\/)\.[^/]+$/, 'dotfile'],
];

/** What may sit at the top of a tarball besides what `files` names. */
const alwaysShipped = new Set(['package.json', 'README.md', 'LICENSE', 'LICENSE.md', 'CHANGELOG.md']);

const packed = packAll();
for (const { name, dir, manifest, files } of packed) {
  const shipped = new Set(files.map(normal));

  const targets = [
    ...exportTargets(manifest.exports ?? {}).map(({ target, path }) => ({ target, what: `exports ${path.join(' → ') || '(string)'}` })),
    ...(manifest.main ? [{ target: manifest.main, what: 'main' }] : []),
    ...(manifest.types ? [{ target: manifest.types, what: 'types' }] : []),
    ...Object.entries(typeof manifest.bin === 'string' ? { [name]: manifest.bin } : (manifest.bin ?? {})).map(([bin, target]) => ({ target, what: `bin ${bin}` })),
  ];
  for (const { target, what } of targets) {
    if (target.includes('*')) {
      const [prefix, suffix] = normal(target).split('*');
      if (![...shipped].some((file) => file.startsWith(prefix) && file.endsWith(suffix))) fail(name, `${what}: nothing matches ${target}`);
    } else if (!shipped.has(normal(target))) fail(name, `${what}: ${target} is not in the tarball`);
  }

  // Each declaration's relative imports must resolve to shipped declarations.
  for (const file of shipped) {
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = posix.join(posix.dirname(file), specifier).replace(/\.js$/, '');
      if (![`${base}.d.ts`, `${base}/index.d.ts`].some((candidate) => shipped.has(candidate))) fail(name, `${file} imports ${specifier}, whose declaration is not shipped`);
    }
  }

  // Source maps: every source shipped, or its content embedded.
  for (const file of shipped) {
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    (map.sources ?? []).forEach((source, index) => {
      const resolved = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (shipped.has(resolved) || typeof map.sourcesContent?.[index] === 'string') return;
      fail(name, `${file} maps to ${source}, which is neither shipped nor embedded`);
    });
  }

  const allowedTop = new Set([...alwaysShipped, ...(manifest.files ?? []).map((entry) => normal(entry).split('/')[0])]);
  for (const file of shipped) {
    const hit = forbidden.find(([pattern]) => pattern.test(file));
    if (hit) fail(name, `ships ${file} (${hit[1]})`);
    if (!allowedTop.has(file.split('/')[0])) fail(name, `ships ${file}, which \`files\` does not name`);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('src/')) fail(name, `ships TypeScript source ${file} outside src/`);
  }
  console.log(`${name}: ${files.length} files packed`);
}

if (failures.length === 0) {
  // Peer dependencies (a framework an integration entry needs) are installed too, as a user of
  // that entry would have them; from the npm cache, like everything else.
  const peers = [...new Set(packed.flatMap(({ manifest }) => Object.entries(manifest.peerDependencies ?? {}).filter(([peer]) => !peer.startsWith('@mobility-kit/')).map(([peer, range]) => `${peer}@${range}`)))];
  const project = installTarballs([...packed.map((p) => p.tarball), ...peers]);
  console.log(`installed ${packed.length} tarballs from the npm cache into ${project} (KEEP_PACKED=1 keeps it)`);

  // Import every entry point in Node, as the package's own name. Not imported: CSS and JSON
  // entries, types-only entries (no runtime condition) and the self-contained browser bundles,
  // which inline Lit's browser build and need a DOM (the end-to-end tests load them in Chromium).
  const browserOnly = new Set(['@mobility-kit/elements/mobility-kit.js', '@mobility-kit/elements/mobility-kit-all.js']);
  const hasRuntime = (value) => typeof value === 'string' || (value && typeof value === 'object' && Object.entries(value).some(([key, inner]) => key !== 'types' && key !== 'source' && hasRuntime(inner)));
  const entriesOf = ({ name, manifest }) =>
    Object.entries(manifest.exports ?? { '.': manifest.main })
      .filter(([key]) => key !== './package.json' && !/\.(css|json)$/.test(key))
      .map(([key, value]) => ({ specifier: key === '.' ? name : `${name}/${key.slice(2)}`, runtime: hasRuntime(value) }));
  const entries = packed.flatMap(entriesOf);
  const importable = entries.filter((e) => e.runtime && !browserOnly.has(e.specifier)).map((e) => e.specifier);
  const importer = join(project, 'import-all.mjs');
  writeFileSync(
    importer,
    `const failed = [];\nfor (const entry of ${JSON.stringify(importable)}) {\n  try { await import(entry); }\n  catch (error) { failed.push(entry + ': ' + (error && error.message)); }\n}\nif (failed.length) { console.error(failed.join('\\n')); process.exit(1); }\n`,
  );
  try {
    execFileSync(process.execPath, [importer], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    console.log(`imported ${importable.length} entry points in Node (${entries.length - importable.length} browser-only, types-only or data)`);
  } catch (error) {
    fail('import', `${error.stderr || error.message}`.trim());
  }

  // Every bin is linked and is a Node script that parses; the ones that have a --help answer it.
  const answersHelp = new Set(['mobility-kit-conformance']);
  for (const { name, manifest } of packed) {
    for (const bin of Object.keys(typeof manifest.bin === 'string' ? { [name]: manifest.bin } : (manifest.bin ?? {}))) {
      const link = join(project, 'node_modules/.bin', bin);
      try {
        if (!readFileSync(link, 'utf8').startsWith('#!/usr/bin/env node')) throw new Error('no #!/usr/bin/env node line');
        execFileSync(process.execPath, ['--check', link], { stdio: ['ignore', 'pipe', 'pipe'] });
        if (answersHelp.has(bin)) execFileSync(link, ['--help'], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
        console.log(`bin ${bin}: ok`);
      } catch (error) {
        fail(name, `bin ${bin}: ${`${error.stderr || error.message}`.trim().split('\n').slice(0, 5).join(' | ')}`);
      }
    }
  }

  // Types: an import of every entry, checked as a Node16 and as a bundler project.
  const source = entries.map(({ specifier }, i) => `import * as entry${i} from '${specifier}';\nexport { entry${i} };`).join('\n') + '\n';
  for (const resolution of ['node16', 'bundler']) {
    const folder = join(project, `types-${resolution}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'entries.mts'), source);
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: resolution === 'node16' ? 'node16' : 'esnext',
          moduleResolution: resolution,
          target: 'es2022',
          lib: ['es2023', 'dom', 'dom.iterable'],
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['entries.mts'],
      }),
    );
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', folder], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`types resolve with moduleResolution ${resolution}`);
    } catch (error) {
      const lines = `${error.stdout}${error.stderr}`.trim().split('\n');
      // Our own declarations must be clean; errors inside third-party declarations are not ours to fix.
      const ours = lines.filter((line) => !/node_modules\/(?!@mobility-kit\/)/.test(line) || line.includes('entries.mts'));
      if (ours.some((line) => /error TS/.test(line))) fail(`types (${resolution})`, ours.slice(0, 20).join('\n'));
      else console.log(`types resolve with moduleResolution ${resolution} (third-party declaration errors ignored: ${lines.filter((l) => /error TS/.test(l)).length})`);
    }
  }
}

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('every package ships what it promises and nothing else');
