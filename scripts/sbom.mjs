#!/usr/bin/env node
// `npm run sbom` (after `npm run build`): CycloneDX software bills of materials with npm's own
// `npm sbom`, for what users install: sbom/mobility-kit.cdx.json for all published packages
// together and sbom/<package>.cdx.json for each. The packed tarballs are installed offline into
// throw-away projects and `npm sbom --omit dev` describes those trees, so development tools of
// this repository are not listed and every version is the one a user gets. (`npm sbom` in the
// repository itself lists the workspaces as links and refuses the root, which has no version.)
// Then checks that each SBOM lists every runtime dependency with its version and licence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTarballs, npm, packAll, root } from './packed-workspaces.mjs';

const outDir = join(root, 'sbom');
mkdirSync(outDir, { recursive: true });
const packed = packAll();
const byName = new Map(packed.map((p) => [p.name, p]));

/** The package and the workspaces it depends on at run time, transitively. */
function closure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dependency of Object.keys(byName.get(name).manifest.dependencies ?? {})) if (byName.has(dependency)) closure(dependency, seen);
  return seen;
}

const failures = [];

/** `npm sbom` of a project with `names` installed, written to `file`, checked against their dependencies. */
function sbom(names, file, projectName) {
  const project = installTarballs([...names].map((name) => byName.get(name).tarball), projectName);
  const document = JSON.parse(npm(['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--sbom-type', 'library'], project));
  writeFileSync(join(outDir, file), `${JSON.stringify(document, null, 2)}\n`);

  const components = new Map((document.components ?? []).map((c) => [c.group ? `${c.group}/${c.name}` : c.name, c]));
  const expected = new Map();
  for (const name of names) {
    expected.set(name, byName.get(name).manifest.version);
    for (const [dependency, version] of Object.entries(byName.get(name).manifest.dependencies ?? {})) expected.set(dependency, version);
  }
  for (const [name, version] of expected) {
    const component = components.get(name);
    if (!component) failures.push(`${file}: ${name} is missing`);
    else {
      if (component.version !== version) failures.push(`${file}: ${name} is ${component.version}, package.json pins ${version}`);
      const licences = (component.licenses ?? []).map((l) => l.license?.id ?? l.license?.name ?? l.expression).filter(Boolean);
      if (licences.length === 0) failures.push(`${file}: ${name} has no licence`);
    }
  }
  console.log(`sbom/${file}: ${components.size} components; runtime dependencies ${[...expected.keys()].filter((n) => !byName.has(n)).join(', ')}`);
}

sbom(new Set(packed.map((p) => p.name)), 'mobility-kit.cdx.json', 'mobility-kit');
for (const { name } of packed) sbom(closure(name), `${name.replace(/^@/, '').replace('/', '-')}.cdx.json`, name.replace(/^@/, '').replace('/', '-'));

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('every SBOM lists the runtime dependencies with versions and licences');
