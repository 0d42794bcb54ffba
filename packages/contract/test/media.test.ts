import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOpenApiDocument } from '../src/openapi.js';
import { MediaQuery, MediaUpload, MediaUploaded, mediaContentTypes, mediaMaxBytes, StoryPhoto } from '../src/index.js';

const id = '3f2b8c1e-7a4d-4e5f-9b6a-1c2d3e4f5a6b';

test('MediaUpload: a File up to 10 MB; larger, or not a File, is refused at file', () => {
  assert.equal(MediaUpload.safeParse({ file: new File([new Uint8Array(16)], 'a.jpg') }).success, true);
  for (const file of [new File([new Uint8Array(mediaMaxBytes + 1)], 'big.jpg'), new Blob(['x']), 'x']) {
    const parsed = MediaUpload.safeParse({ file });
    assert.equal(parsed.success, false);
    assert.deepEqual(parsed.error?.issues.map((issue) => issue.path.join('.')), ['file']);
  }
});

test('MediaUploaded: src is the photo’s own path, which a story photo accepts', () => {
  const uploaded = { id, src: `/v1/media/${id}`, width: 1600, height: 900 };
  assert.deepEqual(MediaUploaded.parse(uploaded), uploaded);
  assert.equal(MediaUploaded.safeParse({ ...uploaded, src: `https://evil.example/v1/media/${id}` }).success, false);
  assert.equal(MediaUploaded.safeParse({ ...uploaded, width: 1601 }).success, false);
  assert.equal(StoryPhoto.safeParse({ src: uploaded.src, alt: 'Een collega' }).success, true);
  assert.equal(StoryPhoto.safeParse({ src: `${uploaded.src}?access=i1750000000.abc`, alt: 'Een collega' }).success, true);
  assert.equal(MediaQuery.safeParse({ access: '' }).success, false);
  assert.equal(MediaQuery.safeParse({ other: 'x' }).success, false);
});

test('OpenAPI: a multipart body with a binary file part, and a binary answer per image type', () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const upload = doc.paths['/v1/hr/media']!.post! as { requestBody: { content: Record<string, { schema: { properties: Record<string, Record<string, unknown>>; required: string[] } }> } };
  const multipart = upload.requestBody.content['multipart/form-data'];
  assert.ok(multipart, Object.keys(upload.requestBody.content).join(', '));
  assert.deepEqual(multipart.schema.required, ['file']);
  assert.deepEqual(multipart.schema.properties.file, { type: 'string', contentMediaType: 'application/octet-stream', description: `At most ${mediaMaxBytes} bytes.` });
  const served = doc.paths['/v1/media/{id}']!.get! as { responses: Record<string, { content: Record<string, unknown> }> };
  assert.deepEqual(Object.keys(served.responses['200']!.content), [...mediaContentTypes]);
});
