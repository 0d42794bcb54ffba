/**
 * Every public custom property the elements read is an API: it must be in the manifest, in
 * docs/theming.md with the same default, and (for system tokens) either mapped by the NL Design
 * System theme or named in the docs as not mapped, with a reason.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = join(packageRoot, '..', '..');

/** `--mobility-…` names, but not private `--_mobility-…` ones nor `--mobility-vacancies-*` wildcards in prose. */
const publicProperty = /(?<![\w-])--mobility-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w*-])/g;

const componentPrefix = /^--mobility-(vacancies|stories|career-test|calculator|dashboard|hr-regulations|hr-feeds)-/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

async function propertiesUsedInSources(): Promise<Set<string>> {
  const used = new Set<string>();
  for (const file of await sourceFiles(join(packageRoot, 'src'))) {
    for (const [name] of (await readFile(file, 'utf8')).matchAll(publicProperty)) used.add(name);
  }
  return used;
}

interface ManifestProperty {
  name: string;
  default?: string;
}

async function manifestProperties(): Promise<Map<string, ManifestProperty>> {
  const manifest = JSON.parse(await readFile(join(packageRoot, 'custom-elements.json'), 'utf8'));
  const properties = new Map<string, ManifestProperty>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) properties.set(property.name, property);
    }
  }
  return properties;
}

/**
 * Rows of the property tables in docs/theming.md: `| \`--name\` | \`default\` | … |`, before the
 * NL Design System section (whose table maps names onto other names).
 */
async function documentedDefaults(): Promise<Map<string, string>> {
  const fullDoc = await readFile(join(repoRoot, 'docs/theming.md'), 'utf8');
  const doc = fullDoc.slice(0, fullDoc.indexOf('\n## NL Design System'));
  const rows = new Map<string, string>();
  for (const [, name, defaultValue] of doc.matchAll(/^\| `(--mobility-[a-z0-9-]+)` \| `(.*?)` \|/gm)) {
    rows.set(name!, defaultValue!.replace(/\\\|/g, '|'));
  }
  return rows;
}

test('the sources use public custom properties (sanity check of the collector)', async () => {
  const used = await propertiesUsedInSources();
  assert.ok(used.has('--mobility-color-primary'));
  assert.ok(used.has('--mobility-vacancies-card-background'));
  assert.ok(![...used].some((name) => name.startsWith('--_') || name.endsWith('-')));
});

test('every --mobility-* property in the sources is in the manifest', async () => {
  const inManifest = await manifestProperties();
  const missing = [...(await propertiesUsedInSources())].filter((name) => !inManifest.has(name));
  assert.deepEqual(missing, [], 'add a @cssprop line (element class, or tokenStyles for system tokens)');
});

test('every --mobility-* property in the sources is documented in docs/theming.md with its manifest default', async () => {
  const documented = await documentedDefaults();
  const inManifest = await manifestProperties();
  for (const name of await propertiesUsedInSources()) {
    assert.ok(documented.has(name), `${name} is not in a table of docs/theming.md`);
    assert.equal(documented.get(name), inManifest.get(name)?.default, `${name}: default in docs/theming.md`);
  }
});

test('docs/theming.md documents nothing that does not exist', async () => {
  const used = await propertiesUsedInSources();
  const stale = [...(await documentedDefaults()).keys()].filter((name) => !used.has(name));
  assert.deepEqual(stale, []);
});

test('component-token defaults in the manifest are the fallbacks in the styles', async () => {
  for (const [name, property] of await manifestProperties()) {
    if (!componentPrefix.test(name)) continue;
    const element = componentPrefix.exec(name)![1]!;
    const styles = await readFile(join(packageRoot, `src/${element}/mobility-${element}.styles.ts`), 'utf8');
    const fallback = new RegExp(`var\\(${name}, (.+?)\\);`).exec(styles)?.[1];
    assert.equal(property.default, fallback?.replace(/--_mobility-/g, '--mobility-'), `${name}: @cssprop default`);
  }
});

test('system-token defaults in the manifest are the fallbacks in tokenStyles', async () => {
  const base = await readFile(join(packageRoot, 'src/shared/base.styles.ts'), 'utf8');
  for (const [name, property] of await manifestProperties()) {
    if (componentPrefix.test(name)) continue;
    const fallback = new RegExp(`var\\(${name}, (.+?)\\);`).exec(base)?.[1];
    assert.equal(property.default, fallback, `${name}: @cssprop default in tokenStyles`);
  }
});

test('the NL Design System theme maps every system token, or the docs say why not', async () => {
  const theme = await readFile(join(packageRoot, 'themes/nl-design-system.css'), 'utf8');
  const themeRules = theme.replace(/\/\*[\s\S]*?\*\//g, '');
  const mapped = new Set([...themeRules.matchAll(/^\s*(--mobility-[a-z0-9-]+):/gm)].map(([, name]) => name!));
  const doc = await readFile(join(repoRoot, 'docs/theming.md'), 'utf8');
  const notMapped = doc.slice(doc.indexOf('### Not mapped, and why'));
  assert.ok(notMapped.length > 100, 'docs/theming.md has a "Not mapped, and why" section');
  const used = await propertiesUsedInSources();
  for (const name of used) {
    if (componentPrefix.test(name)) continue;
    assert.ok(mapped.has(name) || notMapped.includes(`\`${name}\``), `${name}: map it in the theme or say why not`);
  }
  for (const name of mapped) assert.ok(used.has(name), `the theme sets ${name}, which no element reads`);
});
