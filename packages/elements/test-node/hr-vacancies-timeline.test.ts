/**
 * The publication timeline in words (`src/hr-vacancies/timeline.ts`) and the form's draft model
 * (`src/hr-vacancies/draft.ts`): pure modules, tested with the shipped Dutch and English wording
 * and the same `Intl` long date format the element uses.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hrVacanciesTranslations } from '../src/hr-vacancies/translations.js';
import { describeNextChange, describePlan, networkName, nextStage } from '../src/hr-vacancies/timeline.js';
import { checkCreate, checkUpdate, createBody, emptyDraft, fieldErrors, fieldOfPath, parseTypedNumber, serverFieldErrors, skillList } from '../src/hr-vacancies/draft.js';

const nl = hrVacanciesTranslations.nl;
const en = hrVacanciesTranslations.en;
const longDate = (locale: string) => (date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const names = { organisation: 'Hanzehogeschool Groningen', networks: ['Noorderlink'] };

describe('who sees it when, in words', () => {
  test('internal, then the network, then public: the sentence of the issue, in Dutch and English', () => {
    const plan = {
      visibility: 'internal' as const,
      stages: [
        { visibility: 'public' as const, from: '2026-01-26' },
        { visibility: 'sector' as const, from: '2026-01-12' },
      ],
    };
    assert.equal(
      describePlan(plan, names, longDate('nl'), nl),
      'Tot 12 januari 2026 alleen medewerkers van Hanzehogeschool Groningen, daarna ook partners in Noorderlink, vanaf 26 januari 2026 openbaar, voor iedereen.',
    );
    assert.equal(
      describePlan(plan, names, longDate('en-GB'), en),
      'Until 12 January 2026 only staff of Hanzehogeschool Groningen, then partners in Noorderlink too, from 26 January 2026 public, for everyone.',
    );
  });

  test('without stages: one audience; priority and closing date follow as sentences', () => {
    assert.equal(
      describePlan(
        { visibility: 'sector', priority: { group: 'redeployment', until: '2026-02-01' }, validThrough: '2026-02-28' },
        { organisation: 'HU', networks: ['Mobiliteit Randstad', 'Noorderlink'] },
        longDate('nl'),
        nl,
      ),
      'Zichtbaar voor medewerkers van HU en partners in Mobiliteit Randstad en Noorderlink. Herplaatsingskandidaten hebben voorrang tot en met 1 februari 2026. Reageren kan tot en met 28 februari 2026.',
    );
    assert.equal(describePlan({ visibility: 'public' }, names, longDate('nl'), nl), 'Zichtbaar voor iedereen.');
    assert.equal(describePlan({ visibility: 'sector' }, { organisation: 'Test Eiland', networks: [] }, longDate('en'), en), 'Visible to staff of Test Eiland and partners in the network.');
  });

  test('an organisation in no network, and stages still being typed (no date yet), are described sensibly', () => {
    const plan = { visibility: 'internal' as const, stages: [{ visibility: 'sector' as const, from: '' }] };
    assert.equal(describePlan(plan, { organisation: 'Test Eiland', networks: [] }, longDate('nl'), nl), 'Zichtbaar voor alleen medewerkers van Test Eiland.');
    assert.equal(
      describePlan({ visibility: 'internal', stages: [{ visibility: 'sector', from: '2026-03-01' }] }, { organisation: 'Test Eiland', networks: [] }, longDate('nl'), nl),
      'Tot 1 maart 2026 alleen medewerkers van Test Eiland, daarna ook partners in het netwerk.',
    );
  });

  test('the next change is the first stage after today', () => {
    const stages = [
      { visibility: 'sector' as const, from: '2026-01-12' },
      { visibility: 'public' as const, from: '2026-01-26' },
    ];
    assert.deepEqual(nextStage(stages, '2026-01-11'), stages[0]);
    assert.deepEqual(nextStage(stages, '2026-01-12'), stages[1], 'a stage that starts today is no longer next');
    assert.equal(nextStage(stages, '2026-01-26'), undefined);
    assert.equal(describeNextChange(stages, '2026-01-20', names, longDate('nl'), nl), 'Vanaf 26 januari 2026 openbaar, voor iedereen');
    assert.equal(describeNextChange(stages, '2026-02-01', names, longDate('nl'), nl), 'Geen verdere stappen');
    assert.equal(describeNextChange(undefined, '2026-02-01', names, longDate('en'), en), 'No further steps');
  });

  test('network ids read as names', () => {
    assert.equal(networkName('mobiliteit-randstad'), 'Mobiliteit Randstad');
    assert.equal(networkName('noorderlink'), 'Noorderlink');
  });
});

describe('the form draft', () => {
  const filled = () => ({
    ...emptyDraft('nl'),
    title: 'Docent verpleegkunde',
    description: 'Je geeft les.\n\n- **praktijk**\n- theorie',
    city: 'Groningen',
    hoursMin: '24',
    hoursMax: '32',
    validThrough: '2099-01-31',
  });

  test('a filled draft passes the contract; blanks are left out, numbers parsed, skills split', () => {
    const ok = checkCreate({ ...filled(), salaryMin: '3.500', hoursMin: '24,5', skills: 'didactiek, zorg\nonderzoek' });
    assert.ok(ok.ok, JSON.stringify(!ok.ok && ok.issues));
    assert.equal(ok.value.hoursPerWeek.min, 24.5);
    assert.deepEqual(ok.value.salary, { min: 3500, currency: 'EUR', period: 'month' });
    assert.deepEqual(ok.value.skills, ['didactiek', 'zorg', 'onderzoek']);
    assert.equal('summary' in createBody(filled()), false);
    assert.deepEqual(skillList(' a ,, b\n'), ['a', 'b']);
  });

  test('numbers as people type them in Dutch or English', () => {
    assert.equal(parseTypedNumber('24,5'), 24.5);
    assert.equal(parseTypedNumber('24.5'), 24.5);
    assert.equal(parseTypedNumber('3.500'), 3500);
    assert.equal(parseTypedNumber('3,500'), 3500);
    assert.equal(parseTypedNumber('3.500,50'), 3500.5);
    assert.equal(parseTypedNumber('4 250'), 4250);
    assert.equal(parseTypedNumber('52.0907'), 52.0907);
    assert.equal(parseTypedNumber('veel'), undefined);
    assert.equal(parseTypedNumber('1,2,3'), undefined);
    assert.equal(parseTypedNumber('1.2.3'), undefined);
  });

  test('every refused field gets a translated message under its own name', () => {
    const draft = {
      ...filled(),
      title: '',
      hoursMin: 'veel',
      hoursMax: '20',
      pc4: '123',
      contactEmail: 'geen-adres',
      applyUrl: 'javascript:alert(1)',
      description: '<b>vet</b>',
      priorityGroup: 'redeployment' as const,
      priorityUntil: '',
    };
    const checked = checkCreate(draft);
    assert.equal(checked.ok, false);
    const errors = fieldErrors(!checked.ok ? checked.issues : [], draft, nl.issues);
    assert.equal(errors.get('title'), nl.issues.required);
    assert.equal(errors.get('hoursMin'), nl.issues.number);
    assert.equal(errors.get('pc4'), nl.issues.pc4);
    assert.equal(errors.get('contactEmail'), nl.issues.email);
    assert.equal(errors.get('applyUrl'), nl.issues.url);
    assert.equal(errors.get('description'), nl.issues.html);
    assert.equal(errors.get('priorityUntil'), nl.issues.required);
  });

  test('the stage rule and the hours order are reported on their fields', () => {
    const draft = { ...filled(), visibility: 'public' as const, stages: [{ visibility: 'sector' as const, from: '2099-01-01' }], hoursMin: '30', hoursMax: '20' };
    const checked = checkCreate(draft);
    const errors = fieldErrors(!checked.ok ? checked.issues : [], draft, en.issues);
    assert.equal(errors.get('stages'), en.issues.stagesRule);
    assert.equal(errors.get('hoursMax'), en.issues.hoursOrder);
    // The rule shows while other fields are still empty (the schema alone reports it only at the end).
    const early = { ...emptyDraft('nl'), visibility: 'sector' as const, stages: [{ visibility: 'sector' as const, from: '2099-01-01' }] };
    const third = checkCreate(early);
    assert.equal(fieldErrors(!third.ok ? third.issues : [], early, nl.issues).get('stages'), nl.issues.stagesRule);
    const dateless = { ...filled(), stages: [{ visibility: 'public' as const, from: '' }] };
    const second = checkCreate(dateless);
    assert.equal(fieldErrors(!second.ok ? second.issues : [], dateless, nl.issues).get('stage-0-from'), nl.issues.required);
  });

  test('an update empties optional fields with null and keeps required ones', () => {
    const checked = checkUpdate({ ...filled(), datePosted: '2025-01-01' });
    assert.ok(checked.ok);
    assert.equal(checked.value.summary, null);
    assert.equal(checked.value.stages, null);
    assert.equal(checked.value.salary, null);
    assert.equal(checked.value.title, 'Docent verpleegkunde');
  });

  test('paths of the contract and of a 400 problem name form fields', () => {
    assert.equal(fieldOfPath(['location', 'pc4']), 'pc4');
    assert.equal(fieldOfPath('hoursPerWeek.max'), 'hoursMax');
    assert.equal(fieldOfPath(['stages', 1, 'from']), 'stage-1-from');
    assert.equal(fieldOfPath('stages'), 'stages');
    assert.equal(fieldOfPath(['skills', 3]), 'skills');
    assert.equal(fieldOfPath('priority'), 'priorityUntil');
    const server = serverFieldErrors([{ in: 'body', path: 'id', message: 'must start with "x-"' }], nl.issues);
    assert.equal(server.get('id'), 'De server weigerde dit: must start with "x-"');
  });
});
