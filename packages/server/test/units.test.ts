import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Organisation, vacancyKinds, visibilities } from '@mobility-kit/contract';
import { decodeCursor, encodeCursor } from '../src/cursor.js';
import { amsterdamToday, toFastifyPath } from '../src/context.js';
import { likePattern } from '../src/db/vacancies.js';
import { addDays, demoVacancyCount, generateDemoVacancies } from '../src/seed/generate.js';
import { slugify } from '../src/slug.js';
import { demoOrganisations } from '../src/seed/organisations.js';
import { ifNoneMatchHits } from '../src/http-cache.js';
import { invalidRequest } from '../src/problems.js';
import { maxInvalidParams, Problem } from '@mobility-kit/contract';
import { placeKey } from '../src/db/places.js';

describe('cursor', () => {
  test('round-trips a keyset position', () => {
    const cursor = { datePosted: '2025-02-28', id: 'hu-docent-hbo-ict-2' };
    const encoded = encodeCursor(cursor);
    assert.match(encoded, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(encoded), cursor);
  });

  test('rejects every single-character change', () => {
    const encoded = encodeCursor({ datePosted: '2025-02-28', id: 'x' });
    for (let i = 0; i < encoded.length; i++) {
      for (const c of ['A', 'z', '0', '-', '.']) {
        if (encoded[i] === c) continue;
        const changed = encoded.slice(0, i) + c + encoded.slice(i + 1);
        assert.equal(decodeCursor(changed), undefined, changed);
      }
    }
    assert.equal(decodeCursor(`${encoded}A`), undefined);
  });
});

test('likePattern escapes wildcards and the escape character', () => {
  assert.equal(likePattern('100%'), '%100\\%%');
  assert.equal(likePattern('a_b'), '%a\\_b%');
  assert.equal(likePattern('c\\d'), '%c\\\\d%');
});

test('amsterdamToday follows the Dutch calendar day, summer and winter', () => {
  assert.equal(amsterdamToday(new Date('2024-06-30T21:59:00Z')), '2024-06-30');
  assert.equal(amsterdamToday(new Date('2024-06-30T22:00:00Z')), '2024-07-01');
  assert.equal(amsterdamToday(new Date('2024-01-01T22:59:00Z')), '2024-01-01');
  assert.equal(amsterdamToday(new Date('2024-01-01T23:00:00Z')), '2024-01-02');
});

test('helpers', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-03-31', -31), '2024-02-29');
  assert.equal(slugify('Docent Créatieve ’Media’ & Game'), 'docent-creatieve-media-game');
  assert.equal(toFastifyPath('/v1/vacancies/{id}'), '/v1/vacancies/:id');
  assert.ok(ifNoneMatchHits('"a", W/"b"', '"b"'));
  assert.ok(ifNoneMatchHits('*', '"b"'));
  assert.ok(!ifNoneMatchHits('"a"', '"b"'));
  assert.ok(!ifNoneMatchHits(undefined, '"b"'));
});

describe('demo data generator', () => {
  const today = '2025-01-15';
  const rows = generateDemoVacancies(today);

  test('is deterministic, and only the dates depend on today', () => {
    assert.deepEqual(generateDemoVacancies(today), rows);
    const later = generateDemoVacancies(addDays(today, 7));
    assert.deepEqual(later.map((r) => r.id), rows.map((r) => r.id));
    assert.deepEqual(later.map((r) => r.date_posted), rows.map((r) => addDays(r.date_posted, 7)));
    assert.deepEqual(later.map((r) => r.title), rows.map((r) => r.title));
  });

  test('covers every organisation, kind and visibility with unique, valid ids', () => {
    assert.equal(rows.length, demoVacancyCount);
    assert.ok(rows.length >= 200);
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
    for (const r of rows) assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/), assert.ok(r.id.length <= 64);
    for (const org of demoOrganisations) {
      Organisation.parse({ id: org.id, name: org.name, sector: org.sector, city: org.city, networks: org.networks, website: org.website });
      const own = rows.filter((r) => r.organisation_id === org.id);
      for (const v of visibilities) assert.ok(own.some((r) => r.visibility === v), `${org.id} has no ${v} vacancy`);
    }
    for (const kind of vacancyKinds) assert.ok(rows.filter((r) => r.kind === kind).length >= 5, `few ${kind}`);
  });

  test('dates, hours and pay are plausible', () => {
    for (const r of rows) {
      assert.ok(r.date_posted <= today && r.date_posted >= addDays(today, -60));
      assert.ok(r.valid_through >= addDays(today, 3) && r.valid_through <= addDays(today, 90));
      if (r.start_date) assert.ok(r.start_date > r.valid_through);
      assert.ok(r.hours_min <= r.hours_max && r.hours_max <= 40);
      if (r.salary) {
        const salary = JSON.parse(r.salary) as { min: number; max: number };
        assert.ok(salary.min >= 2000 && salary.min < salary.max && salary.max < 10_000);
      }
    }
  });
});

describe('problem documents stay small', () => {
  test('an invalid request lists at most maxInvalidParams parameters and counts the rest', () => {
    const params = Array.from({ length: 5_000 }, (_, i) => ({ in: 'body' as const, path: `items.${i}`, message: 'is required' }));
    const { problem } = invalidRequest(params);
    assert.equal(problem.invalidParams?.length, maxInvalidParams);
    assert.equal((problem as { omittedInvalidParams?: number }).omittedInvalidParams, 5_000 - maxInvalidParams);
    assert.match(problem.detail ?? '', /and 4950 more\.$/);
    assert.ok(JSON.stringify(problem).length < 8_000);
    assert.ok(Problem.safeParse(problem).success, 'still a contract problem document');
  });

  test('a short list is kept whole, with no count', () => {
    const { problem } = invalidRequest([{ in: 'query', path: 'limit', message: 'too big' }]);
    assert.equal(problem.invalidParams?.length, 1);
    assert.equal('omittedInvalidParams' in problem, false);
  });
});

describe('place keys and slugs share one folding', () => {
  test('place keys meet across case, accents and punctuation; slugs use hyphens', () => {
    assert.equal(placeKey("'s-Hertogenbosch"), 's hertogenbosch');
    assert.equal(placeKey('DEN  Haag'), placeKey('den-haag'));
    assert.equal(placeKey('Ée n'), 'ee n');
    assert.equal(slugify('  Café — Noord! '), 'cafe-noord');
  });
});
