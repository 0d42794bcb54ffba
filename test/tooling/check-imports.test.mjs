// The import-graph check must fail on each kind of violation it claims to find, and pass on a
// clean tree; otherwise a green `npm test` would say nothing about the layering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-imports.mjs', import.meta.url));

function run(files) {
  const root = mkdtempSync(join(tmpdir(), 'check-imports-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, CHECK_IMPORTS_ROOT: root }, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a clean tree passes', () => {
  const { status, output } = run({
    'packages/sdk/src/errors.ts': 'export class E extends Error {}\n',
    'packages/sdk/src/client.ts': "import { E } from './errors.js';\nexport const c = E;\n",
    'packages/rules/src/a.ts': "import type { Vacancy } from '@mobility-kit/contract';\nexport type V = Vacancy;\n",
  });
  assert.equal(status, 0, output);
  assert.match(output, /no cycle/);
});

test('a cycle fails, type-only imports included', () => {
  const { status, output } = run({
    'packages/sdk/src/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
    'packages/sdk/src/b.ts': "import type { A } from './a.js';\nexport type B = A | 1;\n",
  });
  assert.equal(status, 1);
  assert.match(output, /import cycle: a\.ts → b\.ts/);
});

test('an upward import inside a package fails', () => {
  const { status, output } = run({
    'packages/server/src/db/x.ts': "import { y } from '../routes/y.js';\nexport const x = y;\n",
    'packages/server/src/routes/y.ts': 'export const y = 1;\n',
  });
  assert.equal(status, 1);
  assert.match(output, /upward import of routes\/y\.ts/);
});

test('a package arrow the wrong way fails, and rules takes only types from the contract', () => {
  const { status, output } = run({
    'packages/elements/src/e.ts': "import { startServer } from '@mobility-kit/server';\nexport const s = startServer;\n",
    'packages/rules/src/r.ts': "import { sectors } from '@mobility-kit/contract';\nexport const s = sectors;\n",
    'packages/rules/src/ok.ts': "import { sectors } from '@mobility-kit/contract/vocabulary';\nexport const s = sectors;\n",
  });
  assert.equal(status, 1);
  assert.match(output, /elements may not import @mobility-kit\/server/);
  assert.match(output, /rules may import only types from @mobility-kit\/contract /);
  assert.doesNotMatch(output, /ok\.ts/);
});

test("an element's folder that reaches into another element's fails; shared/ is for everyone", () => {
  const { status, output } = run({
    'packages/elements/src/shared/x.ts': 'export const x = 1;\n',
    'packages/elements/src/stories/s.ts': "import { x } from '../shared/x.js';\nexport const s = x;\n",
    'packages/elements/src/vacancies/v.ts': "import { s } from '../stories/s.js';\nexport const v = s;\n",
  });
  assert.equal(status, 1);
  assert.match(output, /vacancies\/ reaches into stories\//);
  assert.doesNotMatch(output, /stories\/s\.ts:\d+/);
});
