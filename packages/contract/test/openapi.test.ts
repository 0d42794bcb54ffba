import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi.js';
import { routes } from '../src/index.js';

const checkedIn = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

test('checked-in openapi.json matches the schemas (run `npm run generate -w @mobility-kit/contract` after a schema change)', () => {
  assert.deepEqual(checkedIn, JSON.parse(JSON.stringify(buildOpenApiDocument())));
});

test('every route of the route table is in the document with its method', () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };
  for (const route of Object.values(routes)) {
    assert.equal(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, route.operationId);
  }
});

test('every $ref in the document resolves', () => {
  const doc = buildOpenApiDocument();
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 10);
  for (const raw of refs) {
    const pointer = raw.slice(8, -1).replace(/^#\//, '').split('/');
    let node: unknown = doc;
    for (const part of pointer) node = (node as Record<string, unknown> | undefined)?.[part];
    assert.ok(node, `unresolved ${raw}`);
  }
});
