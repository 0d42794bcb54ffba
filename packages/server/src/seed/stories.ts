/**
 * Demo "Kom in beweging" stories of fictional colleagues, with consent records that make every
 * serving rule visible: most are consented for the intranet, some also for the public site, one
 * consent has expired, one was withdrawn, one story is still a draft and one starts next week.
 * Dates are relative to the day of seeding.
 */
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { StoryChannel, StoryCreate, StoryStatus } from '@mobility-kit/contract';
import type { Tables } from '../db/schema.js';
import { insertStory, withStoryTables } from '../db/stories.js';
import { addDays } from './generate.js';
import { portraitSize, type PortraitDescriptor } from './portraits.js';

/** Folder of the illustrated demo portraits (`demo-assets/` at the package root, from src/ and dist/ alike). */
export const demoAssetsDir = fileURLToPath(new URL('../../demo-assets/', import.meta.url));

/** Bumped whenever the demo stories change, so a data folder seeded earlier the same day is refreshed. */
export const demoStoriesVersion = 2;

/** How a demo story's consent stands today, relative to the seeding day. */
type ConsentState = 'valid' | 'expired' | 'withdrawn';

export interface DemoStory {
  readonly id: string;
  readonly organisation: string;
  readonly status: StoryStatus;
  /** Days from today to the first day of publication (negative: in the past). */
  readonly startsIn: number;
  readonly runsFor: number;
  readonly consent: Partial<Record<StoryChannel, ConsentState>>;
  readonly portrait: PortraitDescriptor;
  readonly content: Omit<StoryCreate, 'publishFrom' | 'publishUntil' | 'consent' | 'photo'> & { alt: string };
}

const portrait = (file: string, look: Omit<PortraitDescriptor, 'file'>): PortraitDescriptor => ({ file, ...look });

/** The fictional colleagues. Names, roles and quotes are invented; any likeness is coincidental. */
export const demoStories: readonly DemoStory[] = [
  {
    id: 'demo-story-samira',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -12,
    runsFor: 180,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('samira', { skin: '#c68863', hair: '#1f1a17', hairStyle: 'curly', clothing: '#2a9d8f', background: '#e9f5f3', backdrop: 'laptop' }),
    content: {
      displayName: 'Samira',
      alt: 'Illustratie van Samira, met zwart krullend haar en een groen vest, lachend naast een opengeklapte laptop.',
      roleBefore: 'Docent Software Engineering',
      orgBefore: 'Instituut voor ICT',
      roleAfter: 'Onderwijskundig teamleider',
      orgAfter: 'Instituut voor ICT',
      moveType: 'internal',
      quote: 'Ik dacht dat ik eerst “klaar” moest zijn voor een nieuwe rol. Je groeit er juist in.',
      body: [
        'Twaalf jaar gaf Samira les in programmeren. Toen haar team een nieuwe teamleider zocht, twijfelde ze: *was dat wel iets voor haar?*',
        'Een gesprek met een loopbaanadviseur hielp. Samen zetten ze op een rij wat ze al deed: roosters puzzelen, nieuwe collega’s inwerken, het curriculum vernieuwen.',
        '- Drie maanden meegelopen met de vorige teamleider\n- Een leergang leidinggeven gevolgd, onder werktijd\n- Nog één dag per week voor de klas',
        '“Ik mis het lesgeven soms, maar ik zie nu hoe ik een heel team beter kan laten lesgeven.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Praat met een loopbaanadviseur', href: 'https://www.hu.example/medewerkers/loopbaan' },
      interests: ['S', 'E'],
    },
  },
  {
    id: 'demo-story-joost',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -30,
    runsFor: 240,
    consent: { intranet: 'valid' },
    portrait: portrait('joost', { skin: '#f1c7a8', hair: '#8a5a2b', hairStyle: 'short', clothing: '#264653', background: '#eef1f6', backdrop: 'city', glasses: true, beard: true }),
    content: {
      displayName: 'Joost V.',
      alt: 'Illustratie van Joost, met kort bruin haar, baard en bril en een donkerblauwe trui, voor de skyline van een stad.',
      roleBefore: 'Beleidsmedewerker onderwijs',
      orgBefore: 'Dienst Onderwijs en Kwaliteit',
      roleAfter: 'Projectleider wijkaanpak (detachering, 1 jaar)',
      orgAfter: 'Gemeente Utrecht',
      moveType: 'secondment',
      quote: 'Een jaar bij de gemeente en ik kijk heel anders naar onze studenten in de wijk.',
      body: [
        'Joost wilde na tien jaar beleid schrijven weer dichter bij de praktijk staan. Via het regionale mobiliteitsnetwerk kwam een detachering bij de gemeente voorbij.',
        'Hij blijft in dienst van de hogeschool; de gemeente betaalt zijn uren. Na het jaar kan hij terug naar zijn eigen afdeling, **met** alles wat hij heeft geleerd.',
        '“Het mooiste? Ik breng nu studenten en wijkteams met elkaar in contact. Dat had ik vanaf mijn bureau nooit gekund.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Bekijk detacheringen in het netwerk', href: 'https://www.hu.example/medewerkers/vacatures?soort=detachering' },
      interests: ['S', 'E'],
    },
  },
  {
    id: 'demo-story-priya',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -45,
    runsFor: 365,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('priya', { skin: '#a86b4c', hair: '#111111', hairStyle: 'long', clothing: '#e76f51', background: '#fdf0ea', backdrop: 'whiteboard' }),
    content: {
      displayName: 'Priya',
      alt: 'Illustratie van Priya, met lang zwart haar en een oranje blouse, voor een whiteboard vol aantekeningen.',
      roleBefore: 'Docent Verpleegkunde',
      orgBefore: 'Instituut voor Verpleegkunde',
      roleAfter: 'Opleidingscoördinator Zorg en Welzijn',
      orgAfter: 'ROC Midden Nederland',
      moveType: 'partner',
      quote: 'Overstappen naar het mbo voelde als een stap opzij. Het bleek een stap vooruit.',
      body: [
        'Toen haar opleiding kleiner werd, zocht Priya eerst alleen binnen de hogeschool. Haar adviseur wees haar op de vacatures van partners in het netwerk.',
        'Bij ROC Midden Nederland coördineert ze nu de opleiding Zorg en Welzijn. Haar pensioen en opgebouwde rechten liepen gewoon door via de afspraken in het netwerk.',
        '“Ik leid nu de studenten op die straks bij ons in de hbo-opleiding instromen. De cirkel is rond.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Vacatures bij partners', href: 'https://www.hu.example/medewerkers/vacatures?zichtbaarheid=netwerk' },
      interests: ['S', 'C'],
    },
  },
  {
    id: 'demo-story-marloes',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -20,
    runsFor: 120,
    consent: { intranet: 'valid' },
    portrait: portrait('marloes', { skin: '#f6d2b8', hair: '#d9a441', hairStyle: 'bun', clothing: '#6a4c93', background: '#f3eefa', backdrop: 'plants' }),
    content: {
      displayName: 'Marloes',
      alt: 'Illustratie van Marloes, met blond haar in een knot en een paarse trui, tussen de planten in een kantoortuin.',
      roleBefore: 'Medewerker facilitair servicepunt',
      orgBefore: 'Facilitaire Dienst',
      roleAfter: 'Klus: inrichting studentenhuiskamer (8 uur per week, 4 maanden)',
      orgAfter: 'Studentenzaken',
      moveType: 'assignment',
      quote: 'Een klus van acht uur per week gaf me meer energie dan ik in jaren had.',
      body: [
        'Marloes zag de klus op het intranet: Studentenzaken zocht iemand om een huiskamer voor studenten in te richten. Haar leidinggevende gaf de uren vrij.',
        'Ze regelde meubels, sprak met studenten en organiseerde de opening. “Ik ontdekte dat ik goed ben in projecten trekken. Dat wist ik zelf niet eens.”',
        'Na de klus solliciteerde ze op een functie als projectmedewerker. Ze begint volgende maand.',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Bekijk de klussen', href: 'https://www.hu.example/medewerkers/vacatures?soort=klus' },
      interests: ['E', 'A'],
    },
  },
  {
    id: 'demo-story-kees',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -60,
    runsFor: 300,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('kees', { skin: '#e8b796', hair: '#bfbfbf', hairStyle: 'bald', clothing: '#f4a261', background: '#fff4e6', backdrop: 'workshop', glasses: true }),
    content: {
      displayName: 'Kees B.',
      alt: 'Illustratie van Kees, met grijzend kort haar en een bril, in een oranje werkjas in een werkplaats met een tandwiel.',
      roleBefore: 'Docent Werktuigbouwkunde',
      orgBefore: 'Institute for Life Sciences and Chemistry',
      roleAfter: 'Docentstage onderhoudsengineering (3 maanden)',
      orgAfter: 'Noordwerk Techniek B.V.',
      moveType: 'internship',
      quote: 'Na drie maanden in de fabriek weet ik weer wat mijn studenten straks tegenkomen.',
      body: [
        'Kees gaf al 25 jaar les. Zijn stage bij een technisch bedrijf was zijn eigen idee: “Ik wilde weten of mijn voorbeelden nog klopten.”',
        'Ze klopten niet allemaal. Sensoren en data spelen nu een grote rol in onderhoud. Hij nam het mee terug naar de les, en het bedrijf levert nu echte casussen.',
        'Tip van Kees: *vraag op tijd* of je uren voor de stage kunnen worden vrijgemaakt. Bij hem lukte dat binnen een maand.',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Docentstages bij bedrijven', href: 'https://www.hu.example/medewerkers/vacatures?soort=docentstage' },
      interests: ['R', 'I'],
    },
  },
  {
    id: 'demo-story-fatma',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -8,
    runsFor: 200,
    consent: { intranet: 'valid' },
    portrait: portrait('fatma', { skin: '#d49a6a', hair: '#1d3557', hairStyle: 'hijab', clothing: '#457b9d', background: '#eaf2f8', backdrop: 'books' }),
    content: {
      displayName: 'Fatma',
      alt: 'Illustratie van Fatma, met een donkerblauwe hoofddoek en een blauwe blazer, voor een boekenkast.',
      roleBefore: 'Secretaresse',
      orgBefore: 'Instituut Social Work',
      roleAfter: 'HR-adviseur',
      orgAfter: 'Dienst HR',
      moveType: 'internal',
      quote: 'Ik deed het werk al half. Nu heet het ook zo.',
      body: [
        'Als secretaresse was Fatma voor veel collega’s het eerste aanspreekpunt bij vragen over verlof, contracten en ziekte. Ze volgde in de avonduren een hbo-opleiding HRM.',
        'Via de interne vacaturebank, waar interne kandidaten voorrang krijgen, solliciteerde ze op een functie bij HR. Ze werd aangenomen.',
        '“Durf te laten zien wat je al kunt. En vraag je studiekosten terug: daar is budget voor.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Interne vacatures', href: 'https://www.hu.example/medewerkers/vacatures?zichtbaarheid=intern' },
      interests: ['S', 'C'],
    },
  },
  {
    id: 'demo-story-daan',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -90,
    runsFor: 365,
    consent: { intranet: 'valid' },
    portrait: portrait('daan', { skin: '#fde0c8', hair: '#d35400', hairStyle: 'short', clothing: '#343a40', background: '#f1f3f5', backdrop: 'laptop', beard: true }),
    content: {
      displayName: 'Daan',
      alt: 'Illustratie van Daan, met rood haar en een rode baard, in een grijze hoodie achter een laptop.',
      roleBefore: 'Functioneel beheerder',
      orgBefore: 'Dienst ICT',
      roleAfter: 'Data-engineer',
      orgAfter: 'een energiebedrijf in Utrecht',
      moveType: 'external',
      quote: 'Vertrekken mocht ook. Ik kreeg er zelfs hulp bij.',
      body: [
        'Daan zat al jaren op dezelfde plek en voelde dat hij stilstond. In een loopbaangesprek bleek dat zijn hart bij data lag, niet bij beheer.',
        'De hogeschool betaalde een deel van zijn opleiding tot data-engineer. Toen er intern geen passende functie was, hielp zijn adviseur hem met solliciteren buiten het onderwijs.',
        '“Ik ben met een goed gevoel weggegaan. Wie weet kom ik ooit terug, als gastdocent.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Start de loopbaantest', href: 'https://www.hu.example/medewerkers/loopbaantest' },
      interests: ['I', 'C'],
    },
  },
  {
    id: 'demo-story-lucas',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -15,
    runsFor: 365,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('lucas', { skin: '#8d5524', hair: '#0b0b0b', hairStyle: 'locs', clothing: '#ffb703', background: '#fff8e1', backdrop: 'lab' }),
    content: {
      displayName: 'Lucas',
      alt: 'Illustration of Lucas, with black locs and a yellow sweater, in a lab with test tubes and a flask.',
      roleBefore: 'Lecturer in Biotechnology',
      orgBefore: 'Institute for Life Sciences and Chemistry',
      roleAfter: 'Research lecturer (lector’s group Smart Sensors)',
      orgAfter: 'Institute for Life Sciences and Chemistry',
      moveType: 'internal',
      quote: 'I came here to teach. I stayed because I was allowed to grow into research.',
      body: [
        'Lucas moved to the Netherlands six years ago to teach in the English-taught biotechnology programme. He missed the lab.',
        'When the research group on smart sensors opened a position for a research lecturer, he applied internally. He now spends half his week on research and half on teaching.',
        '“You do not need perfect Dutch to take a step here. Ask colleagues, ask HR, and look at the internal vacancies every week.”',
      ].join('\n\n'),
      language: 'en',
      cta: { label: 'Internal vacancies', href: 'https://www.hu.example/staff/vacancies' },
      interests: ['I', 'R'],
    },
  },
  {
    id: 'demo-story-anouk',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -400,
    runsFor: 800,
    // Consent ran for a year and has ended: the story is no longer served anywhere.
    consent: { intranet: 'expired' },
    portrait: portrait('anouk', { skin: '#f3cfb3', hair: '#4a2c2a', hairStyle: 'bob', clothing: '#2b9348', background: '#eef8f0', backdrop: 'books' }),
    content: {
      displayName: 'Anouk',
      alt: 'Illustratie van Anouk, met een donkerbruine bob en een groene blouse, voor een boekenkast.',
      roleBefore: 'Mediathecaris',
      orgBefore: 'Studentenzaken',
      roleAfter: 'Informatiespecialist onderzoek',
      orgAfter: 'Instituut Archimedes',
      moveType: 'internal',
      quote: 'Van de balie naar het onderzoek, en ik mocht mijn kennis meenemen.',
      body: 'Anouk hielp jarenlang studenten in de mediatheek. Nu ondersteunt ze onderzoekers bij literatuuronderzoek en datamanagement.',
      language: 'nl',
      cta: { label: 'Interne vacatures', href: 'https://www.hu.example/medewerkers/vacatures?zichtbaarheid=intern' },
      interests: ['I', 'C'],
    },
  },
  {
    id: 'demo-story-ruben',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    startsIn: -50,
    runsFor: 300,
    // Ruben withdrew his consent: withdrawing has no consequence for him, and the story is gone.
    consent: { intranet: 'withdrawn', public: 'withdrawn' },
    portrait: portrait('ruben', { skin: '#e0ac69', hair: '#2f1b0c', hairStyle: 'short', clothing: '#1d3557', background: '#edf2fb', backdrop: 'whiteboard' }),
    content: {
      displayName: 'Ruben',
      alt: 'Illustratie van Ruben, met kort donkerbruin haar en een donkerblauw overhemd, voor een whiteboard.',
      roleBefore: 'Docent Bedrijfskunde',
      orgBefore: 'Instituut voor Bedrijfskunde',
      roleAfter: 'Adviseur onderwijsinnovatie',
      orgAfter: 'Onderwijs en Kwaliteit',
      moveType: 'internal',
      quote: 'Ik help nu andere docenten hun onderwijs te vernieuwen.',
      body: 'Ruben stapte over van de klas naar een adviesrol bij Onderwijs en Kwaliteit.',
      language: 'nl',
      cta: { label: 'Interne vacatures', href: 'https://www.hu.example/medewerkers/vacatures?zichtbaarheid=intern' },
      interests: ['S', 'E', 'I'],
    },
  },
  {
    id: 'demo-story-ilse',
    organisation: 'hogeschool-utrecht',
    // Still being written: valid consent, but a draft is never served.
    status: 'draft',
    startsIn: -5,
    runsFor: 180,
    consent: { intranet: 'valid' },
    portrait: portrait('ilse', { skin: '#fbe2d0', hair: '#f2d16b', hairStyle: 'long', clothing: '#c1121f', background: '#fdecee', backdrop: 'clinic' }),
    content: {
      displayName: 'Ilse',
      alt: 'Illustratie van Ilse, met lang blond haar en een rode trui, in een praktijkruimte met een rood kruis en een stethoscoop.',
      roleBefore: 'Docent Fysiotherapie',
      orgBefore: 'Instituut voor Verpleegkunde',
      roleAfter: 'Docentstage (2 maanden)',
      orgAfter: 'een revalidatiecentrum in Amersfoort',
      moveType: 'internship',
      quote: 'Terug aan de behandeltafel, om beter les te kunnen geven.',
      body: 'Concept: Ilse vertelt over haar docentstage in een revalidatiecentrum.',
      language: 'nl',
      cta: { label: 'Docentstages', href: 'https://www.hu.example/medewerkers/vacatures?soort=docentstage' },
      interests: ['S', 'R'],
    },
  },
  {
    id: 'demo-story-wendy',
    organisation: 'hogeschool-utrecht',
    status: 'approved',
    // Approved and consented, but its publication starts next week.
    startsIn: 7,
    runsFor: 180,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('wendy', { skin: '#6f4e37', hair: '#3b2416', hairStyle: 'curly', clothing: '#4361ee', background: '#eef0fd', backdrop: 'city', glasses: true }),
    content: {
      displayName: 'Wendy',
      alt: 'Illustratie van Wendy, met donker krullend haar, een bril en een blauwe jurk, voor de skyline van een stad.',
      roleBefore: 'Studieloopbaanbegeleider',
      orgBefore: 'Instituut Social Work',
      roleAfter: 'Adviseur arbeidsmarkt (detachering, 6 maanden)',
      orgAfter: 'Gemeente Utrecht',
      moveType: 'secondment',
      quote: 'Ik begeleid nu geen studenten meer naar werk, maar werkzoekenden naar opleidingen.',
      body: 'Wendy werkt een half jaar bij de gemeente aan een regionaal leerwerkloket.',
      language: 'nl',
      cta: { label: 'Bekijk detacheringen', href: 'https://www.hu.example/medewerkers/vacatures?soort=detachering' },
      interests: ['S', 'E'],
    },
  },
  {
    id: 'demo-story-mo',
    organisation: 'hogeschool-van-amsterdam',
    status: 'approved',
    startsIn: -25,
    runsFor: 300,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('mo', { skin: '#b07a54', hair: '#121212', hairStyle: 'short', clothing: '#588157', background: '#eef5ea', backdrop: 'laptop', beard: true }),
    content: {
      displayName: 'Mo',
      alt: 'Illustratie van Mo, met kort zwart haar en een zwarte baard, in een groen overhemd achter een laptop.',
      roleBefore: 'Docent Communicatie',
      orgBefore: 'Faculteit Digitale Media en Creatieve Industrie',
      roleAfter: 'Docent Mediadesign (detachering, 1 jaar)',
      orgAfter: 'Hogeschool Rotterdam',
      moveType: 'secondment',
      quote: 'Een jaar bij een andere hogeschool is als een sabbatical waarin je gewoon doorwerkt.',
      body: [
        'Mo wilde zien hoe een andere hogeschool zijn vak aanpakt. Via het netwerk werd hij een jaar gedetacheerd naar Rotterdam.',
        '“Ik neem nieuwe werkvormen mee terug, en een netwerk van collega’s in een andere stad.”',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Detacheringen in het netwerk', href: 'https://www.hva.example/medewerkers/vacatures?soort=detachering' },
      interests: ['A', 'S'],
    },
  },
  {
    id: 'demo-story-esther',
    organisation: 'hogeschool-van-amsterdam',
    status: 'approved',
    startsIn: -40,
    runsFor: 200,
    consent: { intranet: 'valid' },
    portrait: portrait('esther', { skin: '#f5d0b5', hair: '#7b3f00', hairStyle: 'bun', clothing: '#00a6a6', background: '#e6f7f7', backdrop: 'clinic' }),
    content: {
      displayName: 'Esther',
      alt: 'Illustratie van Esther, met kastanjebruin haar in een knot en een turquoise zorguniform, in een praktijkruimte.',
      roleBefore: 'Docent Verpleegkunde',
      orgBefore: 'Faculteit Gezondheid',
      roleAfter: 'Docentstage op de spoedeisende hulp (6 weken)',
      orgAfter: 'een ziekenhuis in Amsterdam-Oost',
      moveType: 'internship',
      quote: 'Zes weken op de SEH en mijn lessen zitten weer vol actuele verhalen.',
      body: [
        'Esther werkte vroeger zelf als verpleegkundige. Haar docentstage hield haar kennis bij en gaf haar nieuwe contacten voor stageplekken.',
        'Haar faculteit betaalde de uren; het ziekenhuis zorgde voor een begeleider.',
      ].join('\n\n'),
      language: 'nl',
      cta: { label: 'Docentstages', href: 'https://www.hva.example/medewerkers/vacatures?soort=docentstage' },
      interests: ['S', 'I'],
    },
  },
  {
    id: 'demo-story-thijs',
    organisation: 'hogeschool-rotterdam',
    status: 'approved',
    startsIn: -18,
    runsFor: 240,
    consent: { intranet: 'valid', public: 'valid' },
    portrait: portrait('thijs', { skin: '#ffdbac', hair: '#e6be8a', hairStyle: 'short', clothing: '#3a5a40', background: '#edf4ee', backdrop: 'workshop' }),
    content: {
      displayName: 'Thijs',
      alt: 'Illustration of Thijs, with short blond hair and a dark green work shirt, in a workshop with a cogwheel and tools.',
      roleBefore: 'Lab technician',
      orgBefore: 'Instituut voor Engineering en Applied Science',
      roleAfter: 'Side assignment: maker space coach (6 hours a week)',
      orgAfter: 'Rotterdam Business School',
      moveType: 'assignment',
      quote: 'A small side assignment showed me I love coaching students as much as fixing machines.',
      body: [
        'Thijs kept the engineering labs running. When the business school opened a maker space, they asked for someone to coach students with the machines.',
        'Six hours a week, for one semester. He now plans to take the teaching qualification course.',
      ].join('\n\n'),
      language: 'en',
      cta: { label: 'See side assignments', href: 'https://www.hr.example/staff/vacancies?kind=assignment' },
      interests: ['R', 'S'],
    },
  },
];

/** Consent dates for a state, relative to today: valid for two years, expired ten days ago, or withdrawn five days ago. */
function consentDates(state: ConsentState, publishFrom: string, today: string) {
  const grantedAt = addDays(publishFrom < today ? publishFrom : today, -7);
  if (state === 'expired') return { grantedAt: addDays(today, -375), expiresAt: addDays(today, -10), withdrawnAt: undefined };
  return { grantedAt, expiresAt: addDays(grantedAt, 730), withdrawnAt: state === 'withdrawn' ? addDays(today, -5) : undefined };
}

/** The create body of a demo story on `today`. */
export function demoStoryInput(story: DemoStory, today: string): { input: StoryCreate; withdrawn: Partial<Record<StoryChannel, string>> } {
  const publishFrom = addDays(today, story.startsIn);
  const { alt, ...content } = story.content;
  const withdrawn: Partial<Record<StoryChannel, string>> = {};
  const consent = (Object.entries(story.consent) as [StoryChannel, ConsentState][]).map(([channel, state], index) => {
    const dates = consentDates(state, publishFrom, today);
    if (dates.withdrawnAt) withdrawn[channel] = dates.withdrawnAt;
    return {
      channel,
      grantedAt: dates.grantedAt,
      expiresAt: dates.expiresAt,
      formReference: `DEMO-TOESTEMMING-${story.portrait.file.toUpperCase()}-${index + 1}`,
    };
  });
  return {
    input: {
      ...content,
      photo: { src: `/demo-assets/portraits/${story.portrait.file}.svg`, alt, credit: 'Illustratie: mobility-kit demo', ...portraitSize },
      publishFrom,
      publishUntil: addDays(publishFrom, story.runsFor),
      consent,
    },
    withdrawn,
  };
}

/**
 * Replace the demo stories (rows marked `demo`) with fresh ones dated from `today`. Runs inside the
 * demo seed's transaction; stories HR wrote themselves are never touched.
 */
export async function seedDemoStories(db: Kysely<Tables>, today: string): Promise<void> {
  const stories = withStoryTables(db);
  await stories.deleteFrom('stories').where('demo', '=', true).execute();
  const existing = new Set((await db.selectFrom('organisations').select('id').execute()).map((o) => o.id));
  for (const story of demoStories) {
    if (!existing.has(story.organisation)) continue;
    const taken = await stories.selectFrom('stories').select('id').where('id', '=', story.id).executeTakeFirst();
    if (taken) continue;
    const { input, withdrawn } = demoStoryInput(story, today);
    await insertStory(stories, story.organisation, input, { id: story.id, status: story.status, demo: true, withdrawnConsent: withdrawn });
  }
}
