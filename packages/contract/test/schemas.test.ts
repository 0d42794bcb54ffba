import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HoursPerWeek, Problem, Vacancy, VacancyListQuery, fillPath, toInvalidParams } from '../src/index.js';

const vacancy = {
  id: 'hu-docent-ict-1',
  title: 'Docent Software Engineering',
  description: 'Je geeft les in de propedeuse.',
  kind: 'vacancy',
  visibility: 'public',
  organisation: { id: 'hogeschool-utrecht', name: 'Hogeschool Utrecht', sector: 'hbo' },
  location: { city: 'Utrecht', pc4: '3584', lat: 52.08, lon: 5.17 },
  workplace: 'hybrid',
  hoursPerWeek: { min: 28, max: 36 },
  contract: 'temporary',
  datePosted: '2026-11-01',
  validThrough: '2026-12-15',
  interests: ['S', 'I'],
  skills: ['Java'],
  language: 'nl',
};

test('a complete vacancy parses', () => {
  assert.equal(Vacancy.safeParse(vacancy).success, true);
});

test('a vacancy with an unknown kind, a bad date or too many interest letters is rejected with paths', () => {
  const result = Vacancy.safeParse({ ...vacancy, kind: 'job', validThrough: '15-12-2026', interests: ['S', 'I', 'A', 'E'] });
  assert.equal(result.success, false);
  const params = toInvalidParams(result.error!.issues, 'body');
  assert.deepEqual(params.map((p) => p.path).sort(), ['interests', 'kind', 'validThrough']);
  assert.match(params.find((p) => p.path === 'kind')!.message, /"vacancy"/);
});

test('hours: min above max is rejected on max', () => {
  const result = HoursPerWeek.safeParse({ min: 30, max: 20 });
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues[0]!.path, ['max']);
});

test('list query coerces numbers, rejects unknown parameters by name', () => {
  assert.deepEqual(VacancyListQuery.parse({ hoursMin: '16', limit: '5' }), { hoursMin: 16, limit: 5 });
  const result = VacancyListQuery.safeParse({ hoursMin: 'veel', colour: 'blue' });
  assert.equal(result.success, false);
  const params = toInvalidParams(result.error!.issues, 'query');
  assert.deepEqual(params.map((p) => p.path).sort(), ['colour', 'hoursMin']);
});

test('problem documents keep extension members', () => {
  const parsed = Problem.parse({ type: 'urn:x', title: 'T', status: 400, invalidParams: [], traceId: 'abc' });
  assert.equal((parsed as Record<string, unknown>).traceId, 'abc');
  assert.equal(Problem.safeParse({ type: 'urn:x', title: 'T', status: 200 }).success, false);
});

test('fillPath encodes parameters and refuses missing ones', () => {
  assert.equal(fillPath('/v1/vacancies/{id}', { id: 'a b' }), '/v1/vacancies/a%20b');
  assert.throws(() => fillPath('/v1/vacancies/{id}', {}), /Missing path parameter "id"/);
});

test('a mobility case dated outside 2000–2099 is refused, so a typo cannot stretch the insights table over centuries', async () => {
  const { CaseCreate } = await import('../src/index.js');
  const base = {
    id: 'case-0001',
    unit: 'Instituut voor ICT',
    staffGroup: 'support',
    startDate: '2025-02-03',
    trigger: 'reorganisation',
    route: 'internal-redeployment',
    trajectoryCosts: 0,
    benefitCosts: 0,
  };
  assert.equal(CaseCreate.safeParse(base).success, true);
  const typo = CaseCreate.safeParse({ ...base, startDate: '0202-03-01' });
  assert.equal(typo.success, false);
  assert.deepEqual(toInvalidParams(typo.error!.issues, 'body').map((p) => p.path), ['startDate']);
});
