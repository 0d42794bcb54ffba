/**
 * The default loopbaantest instrument: Holland's RIASEC interests, ten activity items per type, and a
 * card sort of six work values. The items are written for this project — for people working in and
 * around higher education (lecturers, researchers, support and facility staff, managers) and the
 * wider labour market they might move to — and are free to use under the project's licence.
 *
 * Writing rules every item follows (checked again in the tests where a machine can check them):
 * - one concrete activity, as a verb phrase ("Een tuin onderhouden"); no "en/of", "and/or" joining two;
 * - B1 language: at most eight words, everyday words, no abbreviations, idioms, passives or negations
 *   (a negation in the item clashes with "helemaal niet leuk" in the answer);
 * - no gender, age or culture cues: no pronouns or gendered job titles, no generation-bound
 *   technology, no feasts, food, sports or customs of one culture, no physical strength asked for;
 * - activities, not job titles, so that the prestige or the stereotype of an occupation does not
 *   colour the answer;
 * - a mix of settings inside and outside the hogeschool, and of support as well as teaching work.
 *
 * No item is reverse-keyed. The format supports it (`reverseKeyed`), but an interest item can only
 * count "the other way" by naming another type's activity, which would count it twice against the
 * hexagon, or by a negation, which B1 writing avoids.
 */
import type { CareerTestInstrument, CareerTestItem, CareerTestScale, Language, RiasecType } from '@mobility-kit/contract';

type Text = { nl: string; en: string };
const t = (nl: string, en: string): Text => ({ nl, en });

/** Per type: its scale and its ten activities, in the order written. */
const types: ReadonlyArray<{ scale: CareerTestScale & { riasec: RiasecType }; items: readonly Text[] }> = [
  {
    scale: {
      id: 'R',
      kind: 'interest',
      code: 'R',
      riasec: 'R',
      label: t('Praktisch', 'Realistic'),
      description: t(
        'Je werkt graag met je handen: met gereedschap, apparaten of materialen. Je ziet graag meteen resultaat.',
        'You like working with your hands: with tools, equipment or materials. You like to see results straight away.',
      ),
      directions: {
        summary: t('Werk waarin je iets maakt, bouwt, repareert of onderhoudt.', 'Work in which you make, build, repair or maintain things.'),
        inHigherEducation: [
          t('Technisch onderwijsassistent', 'Technical teaching assistant'),
          t('Medewerker facilitaire dienst', 'Facility services officer'),
          t('Medewerker ICT-werkplekbeheer', 'IT workplace support officer'),
          t('Docent techniek', 'Lecturer in engineering'),
        ],
        elsewhere: [
          t('Installatietechnicus', 'Installation technician'),
          t('Hovenier', 'Gardener'),
          t('Medewerker technische dienst in een ziekenhuis', 'Maintenance technician in a hospital'),
        ],
      },
    },
    items: [
      t('Een kapot apparaat repareren', 'Repair a broken device'),
      t('Meubels in elkaar zetten', 'Assemble furniture'),
      t('Netwerkkabels aanleggen in een gebouw', 'Lay network cables in a building'),
      t('Apparatuur klaarzetten voor een practicum', 'Set up equipment for a practical class'),
      t('Een tuin onderhouden', 'Look after a garden'),
      t('Een 3D-printer bedienen', 'Operate a 3D printer'),
      t('Iets van hout maken', 'Make something out of wood'),
      t('De verwarming van een gebouw onderhouden', 'Maintain the heating system of a building'),
      t('Een podium opbouwen voor een evenement', 'Build a stage for an event'),
      t('Elektrische leidingen aansluiten', 'Connect electrical wiring'),
    ],
  },
  {
    scale: {
      id: 'I',
      kind: 'interest',
      code: 'I',
      riasec: 'I',
      label: t('Onderzoekend', 'Investigative'),
      description: t(
        'Je wilt begrijpen hoe dingen werken. Je zoekt graag iets uit, denkt na over vragen en werkt met gegevens.',
        'You want to understand how things work. You like finding things out, thinking about questions and working with data.',
      ),
      directions: {
        summary: t(
          'Werk waarin je onderzoekt, analyseert en antwoorden zoekt op moeilijke vragen.',
          'Work in which you research, analyse and look for answers to difficult questions.',
        ),
        inHigherEducation: [
          t('Onderzoeker bij een lectoraat', 'Researcher in an applied research group'),
          t('Docent-onderzoeker', 'Lecturer-researcher'),
          t('Data-analist onderwijskwaliteit', 'Data analyst for education quality'),
        ],
        elsewhere: [
          t('Data-analist bij een gemeente', 'Data analyst at a municipality'),
          t('Onderzoeker bij een adviesbureau', 'Researcher at a consultancy'),
          t('Laboratoriumonderzoeker in de zorg', 'Laboratory researcher in health care'),
        ],
      },
    },
    items: [
      t('Een onderzoek opzetten', 'Set up a research study'),
      t('Cijfers analyseren om een verband te vinden', 'Analyse figures to find a pattern'),
      t('Een wetenschappelijk artikel lezen', 'Read a scientific article'),
      t('Een proef doen in een laboratorium', 'Do an experiment in a laboratory'),
      t('De oorzaak van een onverwachte uitkomst zoeken', 'Look for the cause of an unexpected result'),
      t('Een theorie toetsen met metingen', 'Test a theory with measurements'),
      t('Uitzoeken hoe een computerprogramma werkt', 'Find out how a computer program works'),
      t('Een lastig probleem stap voor stap oplossen', 'Solve a difficult problem step by step'),
      t('Onderzoeken hoe mensen leren', 'Study how people learn'),
      t('Iets uitrekenen met een formule', 'Calculate something with a formula'),
    ],
  },
  {
    scale: {
      id: 'A',
      kind: 'interest',
      code: 'A',
      riasec: 'A',
      label: t('Artistiek', 'Artistic'),
      description: t(
        'Je maakt graag iets nieuws en eigens. Je werkt met beeld, taal, muziek of vorm en hebt ruimte nodig voor eigen ideeën.',
        'You like to create something new and your own. You work with images, language, music or form and need room for your own ideas.',
      ),
      directions: {
        summary: t('Werk waarin je ontwerpt, schrijft, vormgeeft of iets nieuws bedenkt.', 'Work in which you design, write, shape or invent something new.'),
        inHigherEducation: [
          t('Onderwijsontwikkelaar', 'Educational designer'),
          t('Contentmaker bij communicatie', 'Content creator in communications'),
          t('Docent vormgeving', 'Lecturer in design'),
          t('Mediamaker voor online onderwijs', 'Media maker for online learning'),
        ],
        elsewhere: [t('Grafisch ontwerper', 'Graphic designer'), t('Tekstschrijver', 'Copywriter'), t('UX-ontwerper', 'UX designer')],
      },
    },
    items: [
      t('Een nieuwe module voor een opleiding ontwerpen', 'Design a new module for a study programme'),
      t('Een poster ontwerpen', 'Design a poster'),
      t('Een verhaal schrijven', 'Write a story'),
      t("Foto's maken voor een website", 'Take photos for a website'),
      t('Een korte film maken', 'Make a short film'),
      t('Muziek maken', 'Make music'),
      t('De inrichting van een ruimte ontwerpen', 'Design the interior of a room'),
      t('Een tekening maken', 'Make a drawing'),
      t('Optreden op een podium', 'Perform on a stage'),
      t('De vorm van een nieuw product bedenken', 'Think up the shape of a new product'),
    ],
  },
  {
    scale: {
      id: 'S',
      kind: 'interest',
      code: 'S',
      riasec: 'S',
      label: t('Sociaal', 'Social'),
      description: t(
        'Je werkt graag met mensen. Je helpt, begeleidt of leert anderen iets en let op hoe het met ze gaat.',
        'You like working with people. You help, guide or teach others and notice how they are doing.',
      ),
      directions: {
        summary: t('Werk waarin je mensen helpt, begeleidt, lesgeeft of adviseert.', 'Work in which you help, guide, teach or advise people.'),
        inHigherEducation: [
          t('Docent', 'Lecturer'),
          t('Studieloopbaanbegeleider', 'Student career coach'),
          t('Studentendecaan', 'Student counsellor'),
          t('Trainer voor medewerkers', 'Trainer for staff'),
        ],
        elsewhere: [
          t('Docent in het mbo of voortgezet onderwijs', 'Teacher in vocational or secondary education'),
          t('Loopbaancoach', 'Career coach'),
          t('Maatschappelijk werker', 'Social worker'),
          t('Begeleider in de zorg', 'Support worker in care'),
        ],
      },
    },
    items: [
      t('Studenten begeleiden tijdens hun stage', 'Guide students during their work placement'),
      t('Een collega helpen met een probleem', 'Help a colleague with a problem'),
      t('Les geven aan een groep', 'Teach a group'),
      t('Een nieuwe collega wegwijs maken', 'Help a new colleague find their way'),
      t('Luisteren naar iemand die het moeilijk heeft', 'Listen to someone who is going through a hard time'),
      t('Zorgen voor mensen die ziek zijn', 'Care for people who are ill'),
      t('Bezoekers helpen bij een informatiebalie', 'Help visitors at an information desk'),
      t("Twee collega's helpen een ruzie op te lossen", 'Help two colleagues settle an argument'),
      t('Studenten adviseren over hun studiekeuze', 'Advise students on their choice of study'),
      t('Mensen met een beperking ondersteunen', 'Support people with a disability'),
    ],
  },
  {
    scale: {
      id: 'E',
      kind: 'interest',
      code: 'E',
      riasec: 'E',
      label: t('Ondernemend', 'Enterprising'),
      description: t(
        'Je neemt graag het initiatief. Je overtuigt anderen, neemt besluiten en zet plannen in gang.',
        'You like to take the lead. You persuade others, make decisions and get plans moving.',
      ),
      directions: {
        summary: t('Werk waarin je leidt, onderhandelt, verkoopt of iets nieuws opzet.', 'Work in which you lead, negotiate, sell or start something new.'),
        inHigherEducation: [
          t('Teamleider', 'Team leader'),
          t('Projectleider', 'Project leader'),
          t('Relatiemanager bedrijfsleven', 'Business relations manager'),
          t('Accountmanager contractonderwijs', 'Account manager for contract education'),
        ],
        elsewhere: [
          t('Accountmanager', 'Account manager'),
          t('Ondernemer', 'Entrepreneur'),
          t('Manager bij een gemeente', 'Manager at a municipality'),
          t('Projectmanager in het bedrijfsleven', 'Project manager in business'),
        ],
      },
    },
    items: [
      t('Een team leiden', 'Lead a team'),
      t('Een nieuw project starten', 'Start a new project'),
      t('Een product verkopen', 'Sell a product'),
      t('Onderhandelen over een contract', 'Negotiate a contract'),
      t('Een eigen bedrijf beginnen', 'Start your own business'),
      t('Een vergadering voorzitten', 'Chair a meeting'),
      t('Anderen overtuigen van een plan', 'Persuade others to support a plan'),
      t('Beslissingen nemen voor een afdeling', 'Make decisions for a department'),
      t('Contacten leggen met bedrijven', 'Make contacts with companies'),
      t('Geld binnenhalen voor een project', 'Raise money for a project'),
    ],
  },
  {
    scale: {
      id: 'C',
      kind: 'interest',
      code: 'C',
      riasec: 'C',
      label: t('Ordenend', 'Conventional'),
      description: t(
        'Je houdt van overzicht en orde. Je werkt nauwkeurig met gegevens, afspraken en procedures.',
        'You like order and a clear overview. You work accurately with data, agreements and procedures.',
      ),
      directions: {
        summary: t(
          'Werk waarin je plant, controleert, gegevens bijhoudt en zorgt dat alles klopt.',
          'Work in which you plan, check, keep records and make sure everything is right.',
        ),
        inHigherEducation: [
          t('Roostermaker', 'Timetabler'),
          t('Medewerker studentenadministratie', 'Student administration officer'),
          t('Financieel medewerker', 'Finance officer'),
          t('Managementassistent', 'Management assistant'),
        ],
        elsewhere: [
          t('Administratief medewerker bij een gemeente', 'Administrative officer at a municipality'),
          t('Controller', 'Controller'),
          t('Planner in de logistiek', 'Logistics planner'),
        ],
      },
    },
    items: [
      t('Een rooster maken', 'Draw up a timetable'),
      t('Gegevens invoeren in een systeem', 'Enter data into a system'),
      t('Een archief ordenen', 'Organise an archive'),
      t('Facturen controleren', 'Check invoices'),
      t('Een spreadsheet bijhouden', 'Keep a spreadsheet up to date'),
      t('Een formulier nakijken op fouten', 'Check a form for mistakes'),
      t('De voorraad in een magazijn tellen', 'Count the stock in a storeroom'),
      t('Een verslag maken van een vergadering', 'Take the minutes of a meeting'),
      t('Declaraties verwerken', 'Process expense claims'),
      t('De agenda van een team beheren', "Manage a team's calendar"),
    ],
  },
];

/**
 * Items in presentation order: round by round one item of each type, so no type comes in a block
 * and the answers to one type are spread over the whole test. Ids are the type letter in lower case
 * and the item's number within its type (`r01`).
 */
function interleave(): CareerTestItem[] {
  const items: CareerTestItem[] = [];
  const rounds = Math.max(...types.map((type) => type.items.length));
  for (let round = 0; round < rounds; round++) {
    for (const { scale, items: texts } of types) {
      const text = texts[round];
      if (text) items.push({ id: `${scale.id.toLowerCase()}${String(round + 1).padStart(2, '0')}`, scale: scale.id, text });
    }
  }
  return items;
}

/** The default instrument: RIASEC interests (60 items, 0–4) and six work values. */
export const defaultInstrument: CareerTestInstrument = {
  id: 'mobility-kit-riasec',
  version: '1.0.0',
  languages: ['nl', 'en'],
  title: t('Loopbaantest: welk werk past bij jou?', 'Career test: what work suits you?'),
  intro: t(
    'Deze test helpt je ontdekken welk werk bij je past. Je ziet steeds een activiteit. Geef aan hoe leuk je die zou vinden. ' +
      'Denk niet aan je huidige baan, aan geld of aan wat je al kunt: het gaat om wat je leuk vindt. Er zijn geen goede of foute antwoorden.',
    'This test helps you discover what work suits you. Each time you see an activity. Say how much you would enjoy it. ' +
      'Do not think about your current job, about money or about what you can already do: it is about what you enjoy. There are no right or wrong answers.',
  ),
  prompt: t('Hoe leuk zou je deze activiteit vinden?', 'How much would you enjoy this activity?'),
  scales: types.map((type) => type.scale),
  items: interleave(),
  responseOptions: [
    { value: 0, label: t('Helemaal niet leuk', 'Not enjoyable at all') },
    { value: 1, label: t('Niet leuk', 'Not enjoyable') },
    { value: 2, label: t('Neutraal', 'Neutral') },
    { value: 3, label: t('Leuk', 'Enjoyable') },
    { value: 4, label: t('Heel leuk', 'Very enjoyable') },
  ],
  workValues: {
    prompt: t(
      'Wat vind je belangrijk in je werk? Zet deze zes waarden in volgorde: de belangrijkste bovenaan.',
      'What matters to you in your work? Put these six values in order, the most important at the top.',
    ),
    values: [
      {
        id: 'achievement',
        label: t('Prestatie', 'Achievement'),
        description: t('Je gebruikt je talenten en ziet wat je werk oplevert.', 'You use your talents and see what your work achieves.'),
      },
      {
        id: 'working-conditions',
        label: t('Werkomstandigheden', 'Working conditions'),
        description: t('Zekerheid, een goed inkomen en werktijden die bij je leven passen.', 'Security, a good income and working hours that fit your life.'),
      },
      {
        id: 'recognition',
        label: t('Erkenning', 'Recognition'),
        description: t('Je krijgt waardering en kansen om verder te groeien.', 'You are valued and get chances to grow.'),
      },
      {
        id: 'relationships',
        label: t('Relaties', 'Relationships'),
        description: t("Fijne collega's en werk waarmee je anderen helpt.", 'Good colleagues and work through which you help others.'),
      },
      {
        id: 'support',
        label: t('Steun', 'Support'),
        description: t(
          'Een leidinggevende die je steunt en een organisatie die eerlijk met je omgaat.',
          'A manager who supports you and an organisation that treats you fairly.',
        ),
      },
      {
        id: 'independence',
        label: t('Zelfstandigheid', 'Independence'),
        description: t('Je beslist zelf hoe je je werk doet.', 'You decide for yourself how you do your work.'),
      },
    ],
  },
  attribution: t(
    'Activiteiten geschreven voor mobility-kit op basis van het RIASEC-model van John L. Holland. Vrij te gebruiken onder de EUPL-1.2.',
    "Activities written for mobility-kit, based on John L. Holland's RIASEC model. Free to use under the EUPL-1.2.",
  ),
};

/**
 * A text of an instrument in the wanted language, else in the instrument's first language, else in
 * any language it has. A validated document has every text in each of its languages, so the
 * fallbacks only matter for a language the document does not carry.
 */
export function instrumentText(instrument: Pick<CareerTestInstrument, 'languages'>, text: Partial<Record<Language, string>>, language: Language): string {
  const first = instrument.languages[0];
  return text[language] ?? (first ? text[first] : undefined) ?? Object.values(text).find((value) => value !== undefined) ?? '';
}
