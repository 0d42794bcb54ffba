import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceReference, Story, StoryConsentGrant, StoryCreate, StoryListQuery, StoryUpdate, toInvalidParams } from '../src/index.js';

const create = {
  displayName: 'Samira',
  photo: { src: '/demo-assets/portraits/samira.svg', alt: 'Samira naast haar laptop' },
  roleBefore: 'Docent',
  orgBefore: 'Instituut voor ICT',
  roleAfter: 'Teamleider',
  orgAfter: 'Instituut voor ICT',
  moveType: 'internal',
  quote: 'Je groeit erin.',
  body: 'Het verhaal.',
  language: 'nl',
  cta: { label: 'Vacatures', href: 'https://www.hu.example/vacatures' },
  publishFrom: '2025-01-01',
  publishUntil: '2025-06-30',
};

const paths = (result: { success: boolean; error?: { issues: readonly never[] } }) =>
  toInvalidParams((result.error?.issues ?? []) as never[], 'body').map((p) => p.path).sort();

test('a complete create body parses; a photo without alt text does not', () => {
  assert.equal(StoryCreate.safeParse(create).success, true);
  assert.deepEqual(paths(StoryCreate.safeParse({ ...create, photo: { src: create.photo.src } }) as never), ['photo.alt']);
  assert.deepEqual(paths(StoryCreate.safeParse({ ...create, photo: { src: create.photo.src, alt: '  ' } }) as never), ['photo.alt']);
});

test('photo src: http(s) URL or a path on the API origin, nothing else', () => {
  for (const ok of ['https://cdn.example/a.jpg', '/demo-assets/portraits/a.svg']) assert.equal(ResourceReference.safeParse(ok).success, true, ok);
  for (const bad of ['javascript:alert(1)', '//evil.example/a.svg', 'data:image/svg+xml,<svg/>', 'portrait.svg', '/a b.svg']) {
    assert.equal(ResourceReference.safeParse(bad).success, false, bad);
  }
});

test('window and consent dates must be in order; one record per channel', () => {
  assert.deepEqual(paths(StoryCreate.safeParse({ ...create, publishUntil: '2024-12-31' }) as never), ['publishUntil']);
  assert.deepEqual(paths(StoryConsentGrant.safeParse({ channel: 'public', grantedAt: '2025-01-02', expiresAt: '2025-01-02', formReference: 'F' }) as never), ['expiresAt']);
  const grant = { channel: 'intranet', grantedAt: '2025-01-01', expiresAt: '2026-01-01', formReference: 'F' };
  assert.deepEqual(paths(StoryCreate.safeParse({ ...create, consent: [grant, grant] }) as never), ['consent']);
});

test('an update cannot touch status or consent', () => {
  assert.deepEqual(paths(StoryUpdate.safeParse({ status: 'approved', consent: [] }) as never), ['consent', 'status']);
  assert.equal(StoryUpdate.safeParse({ photo: null, quote: 'Nieuw' }).success, true);
});

test('list query: strict, channel and move type from the vocabulary, limit coerced', () => {
  assert.deepEqual(StoryListQuery.parse({ channel: 'intranet', limit: '5' }), { channel: 'intranet', limit: 5 });
  assert.equal(StoryListQuery.safeParse({ channel: 'extranet' }).success, false);
  assert.equal(StoryListQuery.safeParse({ q: 'x' }).success, false);
});

test('the public story shape has no consent fields', () => {
  const { publishUntil: _until, ...content } = create;
  const story = { ...content, id: 'story-1', organisation: { id: 'hu', name: 'HU', sector: 'hbo' } };
  const parsed = Story.parse({ ...story, consent: [{ channel: 'public' }], status: 'draft' }) as Record<string, unknown>;
  assert.equal(parsed.consent, undefined);
  assert.equal(parsed.status, undefined);
});
