/**
 * The committed manifest, typings and editor data must be exactly what `cem analyze` and the pinned
 * generators produce from the element sources today, and the typings must bite: the type-level
 * tests in test-types/ compile, and each of their `@ts-expect-error` lines is a real error.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
// @ts-expect-error: a plain ES module without declarations
import { generateTypings, generatedFiles } from '../scripts/generate-typings.mjs';

const run = promisify(execFile);
const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = join(packageRoot, '..', '..');
const cem = join(repoRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const regenerate = 'npm run manifest -w @mobility-kit/elements';

let scratch: string;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mobility-elements-manifest-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

test('custom-elements.json is what cem analyze produces from the sources', async () => {
  // The analyzer joins --outdir onto the working directory, so it takes a relative path.
  await run(process.execPath, [cem, 'analyze', '--outdir', relative(packageRoot, scratch)], { cwd: packageRoot });
  const fresh = await readText(join(scratch, 'custom-elements.json'));
  const committed = await readText(join(packageRoot, 'custom-elements.json'));
  assert.equal(committed, fresh, `custom-elements.json is out of date: run \`${regenerate}\``);
});

test('the manifest describes every tag completely', async () => {
  const manifest = JSON.parse(await readText(join(packageRoot, 'custom-elements.json')));
  const elements = manifest.modules.flatMap((module: { declarations?: Array<Record<string, any>> }) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement),
  );
  assert.deepEqual(elements.map((element: { tagName: string }) => element.tagName).sort(), [
    'mobility-calculator',
    'mobility-career-test',
    'mobility-dashboard',
    'mobility-hr-cases',
    'mobility-hr-feeds',
    'mobility-hr-regulations',
    'mobility-hr-stories',
    'mobility-hr-vacancies',
    'mobility-provider',
    'mobility-sign-in',
    'mobility-stories',
    'mobility-vacancies',
  ]);
  for (const element of elements) {
    assert.ok(element.summary, `${element.tagName} has a @summary`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(attribute.fieldName, `${element.tagName}[${attribute.name}] belongs to a property`);
      assert.ok(attribute.description, `${element.tagName}[${attribute.name}] is described`);
    }
    for (const member of element.members ?? []) {
      if (member.kind !== 'field' || member.privacy || member.static) continue;
      assert.ok(member.description, `${element.tagName}.${member.name} is described`);
    }
    for (const event of element.events ?? []) {
      assert.match(event.type?.text ?? '', /^Mobility\w+Detail$/, `${element.tagName} ${event.name}: detail type`);
      assert.ok(event.description, `${element.tagName} ${event.name} is described`);
    }
    for (const property of element.cssProperties ?? []) {
      assert.ok(property.default, `${element.tagName} ${property.name} has a default`);
      assert.ok(property.description, `${element.tagName} ${property.name} is described`);
    }
    for (const part of element.cssParts ?? []) assert.ok(part.description, `${element.tagName} ::part(${part.name}) is described`);
    for (const slot of element.slots ?? []) assert.ok(slot.description, `${element.tagName} slot "${slot.name}" is described`);
    if (element.tagName !== 'mobility-provider') {
      assert.ok(element.cssParts?.length, `${element.tagName} has parts`);
      assert.ok(
        element.cssProperties.some((property: { name: string }) => property.name === '--mobility-color-primary'),
        `${element.tagName} lists the system tokens`,
      );
    }
  }
});

test('typings and editor data are what the generators produce from the manifest', async () => {
  const manifest = JSON.parse(await readText(join(packageRoot, 'custom-elements.json')));
  generateTypings(manifest, scratch);
  for (const file of generatedFiles as string[]) {
    assert.equal(
      await readText(join(packageRoot, file)),
      await readText(join(scratch, file)),
      `${file} is out of date: run \`${regenerate}\``,
    );
  }
});

for (const [name, project] of [
  ['React', 'test-types/tsconfig.json'],
  ['Vue', 'test-types/tsconfig.vue.json'],
] as const) {
  test(`the ${name} typings accept correct use and reject every wrong use in ${project}`, async () => {
    // An unused @ts-expect-error is itself an error, so this fails when a wrong use type-checks.
    const result = await run(process.execPath, [tsc, '-p', join(packageRoot, project)], { cwd: packageRoot }).catch(
      (error: { stdout: string; code: number }) => error,
    );
    assert.equal('code' in result ? result.code : 0, 0, 'stdout' in result ? result.stdout : '');
  });
}
