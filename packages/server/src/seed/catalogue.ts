import type { RiasecType, Sector, VacancyKind } from '@mobility-kit/contract';

/** The words a role template fills in. */
export interface RoleContext {
  readonly subject: string;
  readonly topic: string;
  readonly unit: string;
  readonly organisation: string;
  readonly partner: string;
  readonly system: string;
}

/** A building block for demo vacancies: one kind of role with its texts and tags. */
export interface RoleTemplate {
  readonly key: string;
  readonly kind: VacancyKind;
  readonly unitType: 'teaching' | 'support';
  /** Sectors of organisations that publish this role. */
  readonly sectors: readonly Sector[];
  readonly language: 'nl' | 'en';
  readonly title: (c: RoleContext) => string;
  readonly summary: (c: RoleContext) => string;
  readonly intro: (c: RoleContext) => string;
  readonly tasks: readonly string[];
  readonly requirements: readonly string[];
  /** Range of CAO scales (hbo numbering); `undefined` for roles paid outside a scale. */
  readonly scales?: readonly [number, number];
  readonly hours: readonly (readonly [number, number])[];
  readonly interests: readonly RiasecType[];
  readonly skills: readonly string[];
}

export const subjects = {
  hbo: ['HBO-ICT', 'Verpleegkunde', 'Bedrijfskunde', 'Social Work', 'Pedagogiek', 'Werktuigbouwkunde', 'Accountancy', 'Communicatie', 'Fysiotherapie', 'Bouwkunde', 'Elektrotechniek', 'Finance en Control', 'Lerarenopleiding Wiskunde', 'Lerarenopleiding Nederlands', 'Logistiek', 'Chemie', 'Creative Media and Game Technologies', 'Toegepaste Psychologie', 'HRM', 'Rechten'],
  mbo: ['Zorg en Welzijn', 'Installatietechniek', 'Software Development', 'Nederlands', 'Rekenen', 'Verkoop en Retail', 'Pedagogisch Medewerker', 'Mechatronica'],
  wo: ['Psychologie', 'Informatica', 'Economie', 'Sociologie', 'Onderwijskunde', 'Geneeskunde'],
  other: ['Onderwijs', 'Jeugd', 'Techniek', 'Duurzaamheid'],
} as const;

export const topics = [
  'Digitale Transformatie', 'Energietransitie', 'Gezond Ouder Worden', 'Kansengelijkheid in het Onderwijs', 'Circulaire Economie',
  'Artificiële Intelligentie', 'Leven Lang Ontwikkelen', 'Inclusieve Samenleving', 'Zorginnovatie', 'Duurzame Mobiliteit',
  'Cybersecurity', 'Talentontwikkeling', 'Werkplekleren', 'Data-gedreven Onderwijs',
] as const;

export const systems = ['Osiris', 'Canvas', 'Brightspace', 'TOPdesk', 'AFAS', 'SAP', 'Xedule', 'Microsoft 365'] as const;

/** Regional partners where lecturers do a docentstage or staff are seconded. */
export const partners = ['Gemeente Utrecht', 'Noordwerk Techniek', 'ROC Midden Nederland', 'Rijksuniversiteit Groningen', 'UMC Utrecht', 'een zorginstelling in de regio', 'een ingenieursbureau in de regio', 'een basisschool in de wijk'] as const;

const educationSectors: readonly Sector[] = ['hbo', 'mbo', 'wo'];
const allSectors: readonly Sector[] = ['hbo', 'mbo', 'wo', 'government', 'business'];

const fullTime: readonly (readonly [number, number])[] = [[32, 38], [36, 38], [38, 38], [28, 36], [24, 32]];
const partTime: readonly (readonly [number, number])[] = [[16, 24], [20, 28], [24, 32], [12, 20], [8, 16]];
const small: readonly (readonly [number, number])[] = [[4, 8], [8, 12], [6, 10], [12, 16], [2, 4]];

export const roleTemplates: readonly RoleTemplate[] = [
  {
    key: 'docent', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Docent ${c.subject}`,
    summary: (c) => `Geef onderwijs in ${c.subject} en ontwikkel het curriculum mee met je team.`,
    intro: (c) => `Bij ${c.unit} zoeken we een enthousiaste docent ${c.subject} die studenten uitdaagt en het vak met de beroepspraktijk verbindt.`,
    tasks: ['Je verzorgt colleges, werkgroepen en praktijkopdrachten.', 'Je begeleidt studenten bij stages en afstudeeropdrachten.', 'Je ontwikkelt onderwijs en toetsen samen met collega’s.', 'Je onderhoudt contacten met het werkveld.', 'Je neemt deel aan een curriculumcommissie.'],
    requirements: ['Een afgeronde masteropleiding in een relevant vakgebied.', 'Ervaring in de beroepspraktijk.', 'Didactische bekwaamheid of de bereidheid die te behalen.', 'Je werkt graag in een team en denkt mee over onderwijsvernieuwing.'],
    scales: [10, 12], hours: [...fullTime, ...partTime], interests: ['S', 'A', 'I'],
    skills: ['didactiek', 'curriculumontwikkeling', 'toetsing', 'studentbegeleiding', 'blended learning'],
  },
  {
    key: 'onderzoeker', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo', 'wo'], language: 'nl',
    title: (c) => `Onderzoeker lectoraat ${c.topic}`,
    summary: (c) => `Doe praktijkgericht onderzoek naar ${c.topic.toLowerCase()} samen met het werkveld.`,
    intro: (c) => `Het lectoraat ${c.topic} van ${c.organisation} groeit. Wij zoeken een onderzoeker die vragen uit de praktijk vertaalt naar bruikbare kennis.`,
    tasks: ['Je ontwerpt en voert praktijkgericht onderzoek uit.', 'Je schrijft subsidieaanvragen en publicaties.', 'Je betrekt studenten bij het onderzoek.', 'Je deelt resultaten met partners en in het onderwijs.'],
    requirements: ['Een masterdiploma; een promotie is een pré.', 'Ervaring met kwalitatieve en kwantitatieve methoden.', 'Goede schrijfvaardigheid in het Nederlands en het Engels.'],
    scales: [11, 12], hours: [[24, 32], [32, 38], [16, 24]], interests: ['I', 'A'],
    skills: ['onderzoek', 'data-analyse', 'subsidieaanvragen', 'publiceren', 'projectmanagement'],
  },
  {
    key: 'lector', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo'], language: 'nl',
    title: (c) => `Lector ${c.topic}`,
    summary: (c) => `Geef richting aan het onderzoek naar ${c.topic.toLowerCase()} en verbind het met onderwijs en werkveld.`,
    intro: (c) => `${c.organisation} zoekt een lector die het lectoraat ${c.topic} leidt en uitbouwt tot een herkenbaar kenniscentrum in de regio.`,
    tasks: ['Je formuleert de onderzoeksagenda van het lectoraat.', 'Je leidt een kenniskring van docent-onderzoekers.', 'Je verwerft externe financiering.', 'Je vertaalt onderzoek naar het curriculum.'],
    requirements: ['Een afgeronde promotie.', 'Een aansprekend netwerk in het werkveld.', 'Aantoonbare ervaring met het leiden van onderzoeksprojecten.'],
    scales: [14, 15], hours: [[28, 36], [32, 38]], interests: ['I', 'E', 'S'],
    skills: ['onderzoeksleiding', 'netwerken', 'subsidieaanvragen', 'strategie', 'leidinggeven'],
  },
  {
    key: 'teamleider', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Teamleider ${c.subject}`,
    summary: (c) => `Geef leiding aan het docententeam ${c.subject} en bewaak de kwaliteit van het onderwijs.`,
    intro: (c) => `Voor ${c.unit} zoeken we een verbindende teamleider die het team ${c.subject} in zijn kracht zet.`,
    tasks: ['Je geeft integraal leiding aan een team van vijftien tot vijfentwintig medewerkers.', 'Je voert de gesprekscyclus en stimuleert professionalisering.', 'Je bent verantwoordelijk voor planning, formatie en budget.', 'Je werkt samen met de opleidingsmanager aan onderwijsvernieuwing.'],
    requirements: ['Ervaring als leidinggevende in het onderwijs.', 'Kennis van kwaliteitszorg en accreditatie.', 'Een coachende stijl van leidinggeven.'],
    scales: [12, 13], hours: [[32, 38], [36, 38]], interests: ['E', 'S'],
    skills: ['leidinggeven', 'coaching', 'formatieplanning', 'kwaliteitszorg', 'verandermanagement'],
  },
  {
    key: 'beleid-onderwijs', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo', 'government'], language: 'nl',
    title: () => 'Beleidsmedewerker onderwijs en kwaliteit',
    summary: () => 'Ontwikkel onderwijsbeleid en ondersteun opleidingen bij kwaliteitszorg en accreditaties.',
    intro: (c) => `Bij ${c.unit} werk je aan beleid dat opleidingen echt verder helpt.`,
    tasks: ['Je schrijft beleidsnotities en adviseert het bestuur.', 'Je ondersteunt opleidingen bij visitaties.', 'Je analyseert onderwijsdata en signaleert trends.', 'Je organiseert bijeenkomsten met onderwijsteams.'],
    requirements: ['Een afgeronde hbo- of wo-opleiding.', 'Kennis van het hoger onderwijsstelsel.', 'Sterke analytische en schrijfvaardigheden.'],
    scales: [10, 11], hours: fullTime, interests: ['E', 'C', 'I'],
    skills: ['beleidsadvies', 'kwaliteitszorg', 'accreditatie', 'data-analyse', 'schrijven'],
  },
  {
    key: 'beleid-internationalisering', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'wo'], language: 'nl',
    title: () => 'Beleidsmedewerker internationalisering',
    summary: () => 'Versterk internationale samenwerking, uitwisseling en internationalisering thuis.',
    intro: (c) => `${c.organisation} wil dat elke student internationale ervaring opdoet. Jij helpt opleidingen daarbij.`,
    tasks: ['Je onderhoudt contacten met partnerinstellingen in het buitenland.', 'Je adviseert over Erasmus+-aanvragen.', 'Je ontwikkelt beleid voor internationalisering thuis.'],
    requirements: ['Een afgeronde hbo- of wo-opleiding.', 'Uitstekende beheersing van het Engels.', 'Ervaring met internationale programma’s.'],
    scales: [10, 11], hours: [...fullTime, [24, 32]], interests: ['E', 'S'],
    skills: ['internationalisering', 'Erasmus+', 'beleidsadvies', 'Engels', 'netwerken'],
  },
  {
    key: 'functioneel-beheerder', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: (c) => `Functioneel beheerder ${c.system}`,
    summary: (c) => `Zorg dat ${c.system} goed aansluit bij wat gebruikers nodig hebben.`,
    intro: (c) => `Het team van ${c.unit} beheert de systemen waar duizenden collega’s en studenten dagelijks mee werken, waaronder ${c.system}.`,
    tasks: ['Je vertaalt wensen van gebruikers naar functionele wijzigingen.', 'Je test releases en stelt testscenario’s op.', 'Je beantwoordt vragen in de tweede lijn.', 'Je schrijft handleidingen en geeft instructies.'],
    requirements: ['Een hbo-diploma in een relevante richting.', 'Ervaring met functioneel beheer, bij voorkeur volgens BiSL.', 'Je bent klantgericht en nauwkeurig.'],
    scales: [9, 10], hours: fullTime, interests: ['C', 'I'],
    skills: ['functioneel beheer', 'BiSL', 'testen', 'requirements', 'gebruikersondersteuning'],
  },
  {
    key: 'servicedesk', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'Medewerker servicedesk ICT',
    summary: () => 'Help studenten en collega’s snel verder met hun ICT-vragen.',
    intro: () => 'Als eerste aanspreekpunt van de servicedesk maak je het verschil voor studenten en collega’s.',
    tasks: ['Je beantwoordt vragen via telefoon, chat en balie.', 'Je registreert en lost meldingen op in TOPdesk.', 'Je beheert laptops en accounts.'],
    requirements: ['Een mbo-4-diploma ICT.', 'Servicegerichte houding.', 'Kennis van Microsoft 365 en Windows.'],
    scales: [7, 8], hours: [...fullTime, [24, 32]], interests: ['R', 'C', 'S'],
    skills: ['servicedesk', 'TOPdesk', 'Microsoft 365', 'klantcontact', 'werkplekbeheer'],
  },
  {
    key: 'data-engineer', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'wo', 'government', 'business'], language: 'nl',
    title: () => 'Data-engineer',
    summary: () => 'Bouw betrouwbare datastromen voor stuurinformatie en onderzoek.',
    intro: (c) => `${c.organisation} wil beter sturen op data. Jij bouwt daarvoor het fundament.`,
    tasks: ['Je ontwikkelt en onderhoudt datapijplijnen.', 'Je bewaakt datakwaliteit en privacy.', 'Je werkt samen met analisten en beleidsmakers.'],
    requirements: ['Een hbo- of wo-opleiding in informatica of vergelijkbaar.', 'Ervaring met SQL en Python.', 'Kennis van de AVG.'],
    scales: [10, 11], hours: fullTime, interests: ['I', 'C', 'R'],
    skills: ['SQL', 'Python', 'datamodellering', 'AVG', 'dashboarding'],
  },
  {
    key: 'facilitair', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'Medewerker facilitaire dienst',
    summary: () => 'Zorg voor een gastvrij en goed werkend gebouw voor studenten en collega’s.',
    intro: (c) => `Het facilitair team van ${c.organisation} zorgt ervoor dat iedereen zich welkom voelt en prettig kan werken.`,
    tasks: ['Je ontvangt bezoekers en beheert zalen en ruimtes.', 'Je verhelpt kleine storingen en meldt grotere.', 'Je ondersteunt bij evenementen en open dagen.'],
    requirements: ['Een mbo-diploma, bijvoorbeeld facilitaire dienstverlening.', 'Je bent gastvrij, flexibel en praktisch ingesteld.', 'Een BHV-diploma of de bereidheid dat te halen.'],
    scales: [5, 7], hours: [...fullTime, ...partTime], interests: ['R', 'S', 'C'],
    skills: ['gastvrijheid', 'BHV', 'ruimtebeheer', 'evenementen', 'technisch inzicht'],
  },
  {
    key: 'facilitair-coordinator', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: () => 'Coördinator facilitair',
    summary: () => 'Stuur het facilitair team aan en verbeter de dienstverlening op de locatie.',
    intro: (c) => `Op een van de locaties van ${c.organisation} coördineer je de dagelijkse facilitaire dienstverlening.`,
    tasks: ['Je plant en verdeelt het werk in het team.', 'Je bent aanspreekpunt voor leveranciers.', 'Je bewaakt contracten en budgetten.'],
    requirements: ['Een mbo-4- of hbo-diploma facility management.', 'Ervaring met het aansturen van een team.', 'Oog voor duurzaamheid.'],
    scales: [8, 9], hours: fullTime, interests: ['E', 'C', 'R'],
    skills: ['facility management', 'leidinggeven', 'contractbeheer', 'planning', 'duurzaamheid'],
  },
  {
    key: 'studentbegeleider', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: () => 'Studentbegeleider',
    summary: () => 'Ondersteun studenten bij studievoortgang, keuzes en persoonlijke omstandigheden.',
    intro: (c) => `Bij ${c.unit} ben je een vertrouwd gezicht voor studenten die even vastlopen.`,
    tasks: ['Je voert individuele begeleidingsgesprekken.', 'Je verwijst door naar decanen en psychologen.', 'Je adviseert docenten over studentwelzijn.', 'Je organiseert workshops over studievaardigheden.'],
    requirements: ['Een afgeronde hbo-opleiding, bijvoorbeeld Toegepaste Psychologie of Social Work.', 'Ervaring met coaching.', 'Kennis van studeren met een functiebeperking.'],
    scales: [9, 10], hours: [...partTime, [28, 36]], interests: ['S', 'A'],
    skills: ['coaching', 'gespreksvoering', 'studentwelzijn', 'doorverwijzen', 'trainingen geven'],
  },
  {
    key: 'studieloopbaan', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Studieloopbaanbegeleider ${c.subject}`,
    summary: () => 'Help studenten hun studie en loopbaan bewust vorm te geven.',
    intro: (c) => `Als studieloopbaanbegeleider bij ${c.unit} help je eerstejaars hun weg te vinden.`,
    tasks: ['Je begeleidt groepen en individuele studenten.', 'Je signaleert uitval vroeg.', 'Je werkt samen met docenten en decanen.'],
    requirements: ['Een hbo-diploma in een onderwijs- of gedragsrichting.', 'Ervaring met loopbaanbegeleiding.'],
    scales: [10, 11], hours: partTime, interests: ['S', 'E'],
    skills: ['loopbaanbegeleiding', 'coaching', 'groepsdynamiek', 'studiesucces'],
  },
  {
    key: 'roosteraar', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo'], language: 'nl',
    title: () => 'Roostermaker',
    summary: () => 'Maak haalbare roosters voor duizenden studenten en honderden docenten.',
    intro: () => 'Een goed rooster is onzichtbaar. Jij zorgt dat het zo blijft.',
    tasks: ['Je maakt onderwijs- en toetsroosters in Xedule.', 'Je lost roosterconflicten op.', 'Je adviseert opleidingen over roosterbare curricula.'],
    requirements: ['Een mbo-4- of hbo-diploma.', 'Ervaring met roosterpakketten.', 'Je houdt overzicht onder druk.'],
    scales: [8, 9], hours: [...fullTime, [24, 32]], interests: ['C', 'I'],
    skills: ['roosteren', 'Xedule', 'plannen', 'Excel', 'klantcontact'],
  },
  {
    key: 'hr-adviseur', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'HR-adviseur',
    summary: () => 'Adviseer leidinggevenden over formatie, ontwikkeling en mobiliteit.',
    intro: (c) => `${c.organisation} wil dat medewerkers blijven groeien, binnen en buiten de eigen organisatie.`,
    tasks: ['Je adviseert leidinggevenden over personeelsvraagstukken.', 'Je begeleidt reorganisaties en mobiliteitstrajecten.', 'Je werkt mee aan strategische personeelsplanning.'],
    requirements: ['Een hbo-opleiding HRM of vergelijkbaar.', 'Kennis van de cao en arbeidsrecht.', 'Ervaring met mobiliteit en loopbaanbeleid.'],
    scales: [10, 11], hours: fullTime, interests: ['S', 'E', 'C'],
    skills: ['HR-advies', 'arbeidsrecht', 'strategische personeelsplanning', 'mobiliteit', 'verzuim'],
  },
  {
    key: 'loopbaanadviseur', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo', 'government'], language: 'nl',
    title: () => 'Loopbaanadviseur',
    summary: () => 'Begeleid medewerkers naar een volgende stap in hun loopbaan.',
    intro: () => 'Duurzame inzetbaarheid begint met een goed gesprek. Jij voert ze.',
    tasks: ['Je voert loopbaangesprekken en neemt loopbaantesten af.', 'Je begeleidt van-werk-naar-werktrajecten.', 'Je bouwt aan het regionale mobiliteitsnetwerk.'],
    requirements: ['Een hbo-diploma en een loopbaanregistratie (NOLOC).', 'Kennis van de regionale arbeidsmarkt.'],
    scales: [10, 11], hours: partTime, interests: ['S', 'E'],
    skills: ['loopbaanbegeleiding', 'coaching', 'arbeidsmarkt', 'loopbaantesten', 'netwerken'],
  },
  {
    key: 'communicatie', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'Communicatieadviseur',
    summary: () => 'Vertel het verhaal van de organisatie, intern en extern.',
    intro: (c) => `Bij ${c.unit} van ${c.organisation} maak je complexe onderwerpen begrijpelijk.`,
    tasks: ['Je adviseert over communicatiestrategie.', 'Je schrijft nieuwsberichten en intranetartikelen.', 'Je begeleidt campagnes en evenementen.'],
    requirements: ['Een hbo-opleiding Communicatie.', 'Uitstekende schrijfvaardigheid.', 'Ervaring met interne communicatie.'],
    scales: [10, 11], hours: [...fullTime, [24, 32]], interests: ['A', 'E', 'S'],
    skills: ['communicatieadvies', 'schrijven', 'intranet', 'campagnes', 'social media'],
  },
  {
    key: 'controller', kind: 'vacancy', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'Financieel controller',
    summary: () => 'Bewaak de financiële koers en adviseer het management.',
    intro: () => 'Je bent de financiële sparringpartner van het management.',
    tasks: ['Je stelt begrotingen en prognoses op.', 'Je analyseert afwijkingen en adviseert.', 'Je verbetert de planning-en-controlcyclus.'],
    requirements: ['Een hbo- of wo-opleiding bedrijfseconomie.', 'Ervaring als controller.', 'Kennis van AFAS of SAP.'],
    scales: [11, 12], hours: fullTime, interests: ['C', 'E'],
    skills: ['control', 'begroting', 'rapportage', 'AFAS', 'analyse'],
  },
  {
    key: 'onderwijsadministratie', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: () => 'Medewerker onderwijsadministratie',
    summary: () => 'Zorg dat inschrijvingen, cijfers en diploma’s kloppen.',
    intro: (c) => `Het onderwijsbureau van ${c.unit} zorgt voor een foutloze studentadministratie.`,
    tasks: ['Je verwerkt cijfers en studievoortgang in Osiris.', 'Je bereidt diploma-uitreikingen voor.', 'Je beantwoordt vragen van studenten.'],
    requirements: ['Een mbo-4-diploma.', 'Nauwkeurigheid en servicegerichtheid.'],
    scales: [6, 8], hours: [...fullTime, ...partTime], interests: ['C', 'S'],
    skills: ['studentadministratie', 'Osiris', 'nauwkeurigheid', 'klantcontact'],
  },
  {
    key: 'onderwijskundige', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: () => 'Onderwijskundige',
    summary: () => 'Help docententeams goed en toekomstbestendig onderwijs te ontwerpen.',
    intro: (c) => `${c.organisation} vernieuwt het onderwijs. Jij geeft teams daarbij richting.`,
    tasks: ['Je begeleidt curriculumherzieningen.', 'Je adviseert over toetsing en digitale didactiek.', 'Je verzorgt professionaliseringsactiviteiten.'],
    requirements: ['Een masteropleiding Onderwijskunde of vergelijkbaar.', 'Ervaring met curriculumontwerp.'],
    scales: [11, 11], hours: [...fullTime, [24, 32]], interests: ['I', 'S', 'A'],
    skills: ['curriculumontwerp', 'toetsing', 'digitale didactiek', 'professionalisering'],
  },
  {
    key: 'beleidsadviseur-gemeente', kind: 'vacancy', unitType: 'support', sectors: ['government'], language: 'nl',
    title: (c) => `Beleidsadviseur ${c.subject}`,
    summary: (c) => `Werk aan gemeentelijk beleid voor ${c.subject.toLowerCase()} met scholen en partners in de stad.`,
    intro: (c) => `De afdeling ${c.unit} werkt aan een stad waarin iedereen kansen krijgt.`,
    tasks: ['Je schrijft beleid en collegevoorstellen.', 'Je werkt samen met scholen, hogescholen en maatschappelijke partners.', 'Je monitort de uitvoering.'],
    requirements: ['Een hbo- of wo-opleiding.', 'Politiek-bestuurlijke sensitiviteit.', 'Ervaring met samenwerking in netwerken.'],
    scales: [10, 12], hours: fullTime, interests: ['E', 'S', 'I'],
    skills: ['beleidsadvies', 'bestuurlijke sensitiviteit', 'samenwerking', 'projectleiding'],
  },
  {
    key: 'engineer', kind: 'vacancy', unitType: 'support', sectors: ['business'], language: 'nl',
    title: () => 'Projectengineer duurzame installaties',
    summary: () => 'Ontwerp en realiseer duurzame installaties voor onderwijs- en zorggebouwen.',
    intro: (c) => `${c.organisation} verduurzaamt gebouwen in Noord-Nederland.`,
    tasks: ['Je maakt ontwerpen en berekeningen.', 'Je begeleidt de uitvoering op locatie.', 'Je adviseert opdrachtgevers.'],
    requirements: ['Een hbo-diploma werktuigbouwkunde of installatietechniek.', 'Kennis van warmtepompen en energieopslag.'],
    hours: fullTime, interests: ['R', 'I'],
    skills: ['installatietechniek', 'ontwerpen', 'energietransitie', 'projectbegeleiding'],
  },
  {
    key: 'universitair-docent', kind: 'vacancy', unitType: 'teaching', sectors: ['wo'], language: 'nl',
    title: (c) => `Universitair docent ${c.subject}`,
    summary: (c) => `Combineer onderwijs en onderzoek in ${c.subject.toLowerCase()}.`,
    intro: (c) => `${c.unit} zoekt een universitair docent met een hart voor onderwijs.`,
    tasks: ['Je geeft onderwijs in de bachelor en master.', 'Je doet onderzoek en publiceert.', 'Je begeleidt scripties.'],
    requirements: ['Een promotie in een relevant vakgebied.', 'Een BKO of de bereidheid die te behalen.'],
    scales: [11, 12], hours: fullTime, interests: ['I', 'S'],
    skills: ['onderwijs', 'onderzoek', 'scriptiebegeleiding', 'publiceren'],
  },
  {
    key: 'instructeur', kind: 'vacancy', unitType: 'teaching', sectors: ['mbo', 'business'], language: 'nl',
    title: (c) => `Praktijkinstructeur ${c.subject}`,
    summary: () => 'Leer studenten het vak in de praktijkruimte.',
    intro: (c) => `In de praktijklokalen van ${c.unit} leer je studenten met echte materialen werken.`,
    tasks: ['Je begeleidt praktijklessen.', 'Je beheert gereedschap en materialen.', 'Je beoordeelt praktijkopdrachten.'],
    requirements: ['Een mbo-4-diploma en ervaring in het vak.', 'Plezier in werken met jongeren.'],
    scales: [8, 9], hours: [...fullTime, ...partTime], interests: ['R', 'S'],
    skills: ['praktijkonderwijs', 'veiligheid', 'vakmanschap', 'beoordelen'],
  },
  // Klussen (assignments): short, often across organisations.
  {
    key: 'klus-module', kind: 'assignment', unitType: 'teaching', sectors: educationSectors, language: 'nl',
    title: (c) => `Klus: ontwikkel een keuzemodule ${c.topic}`,
    summary: (c) => `Ontwikkel in tien weken een keuzemodule over ${c.topic.toLowerCase()}.`,
    intro: (c) => `${c.unit} wil volgend studiejaar een keuzemodule ${c.topic} aanbieden. Help jij die te bouwen?`,
    tasks: ['Je schrijft de moduleomschrijving en leeruitkomsten.', 'Je ontwikkelt opdrachten en een toets.', 'Je test de module met een groep studenten.'],
    requirements: ['Inhoudelijke kennis van het onderwerp.', 'Ervaring met onderwijsontwikkeling.'],
    scales: [10, 11], hours: small, interests: ['A', 'I', 'S'],
    skills: ['onderwijsontwikkeling', 'leeruitkomsten', 'toetsing'],
  },
  {
    key: 'klus-opendag', kind: 'assignment', unitType: 'support', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: () => 'Klus: ondersteuning open dagen',
    summary: () => 'Help op drie open dagen en bij de voorlichting aan aankomende studenten.',
    intro: () => 'Zin om eens iets anders te doen? Help mee bij de open dagen.',
    tasks: ['Je ontvangt bezoekers en geeft rondleidingen.', 'Je beantwoordt vragen van ouders en scholieren.'],
    requirements: ['Je bent gastvrij en kent de organisatie goed.'],
    scales: [7, 8], hours: small, interests: ['S', 'E'],
    skills: ['voorlichting', 'gastvrijheid', 'presenteren'],
  },
  {
    key: 'klus-toetsreview', kind: 'assignment', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Klus: review van toetsen ${c.subject}`,
    summary: (c) => `Beoordeel als tweede lezer de toetsen van de opleiding ${c.subject}.`,
    intro: (c) => `De examencommissie van ${c.unit} zoekt een ervaren collega als onafhankelijke reviewer.`,
    tasks: ['Je reviewt toetsmatrijzen en toetsen.', 'Je geeft schriftelijke feedback aan de constructeurs.'],
    requirements: ['Een BKE-certificaat.', 'Ervaring met toetsconstructie.'],
    scales: [10, 11], hours: small, interests: ['C', 'I'],
    skills: ['toetsing', 'BKE', 'kwaliteitszorg', 'feedback'],
  },
  {
    key: 'klus-data', kind: 'assignment', unitType: 'support', sectors: allSectors, language: 'nl',
    title: () => 'Klus: dashboard studiesucces',
    summary: () => 'Bouw een eerste dashboard over studiesucces voor een opleidingsteam.',
    intro: () => 'Een opleidingsteam wil beter zien waar studenten vastlopen. Kun jij helpen?',
    tasks: ['Je verzamelt de benodigde gegevens.', 'Je bouwt een dashboard in Power BI.', 'Je licht de uitkomsten toe aan het team.'],
    requirements: ['Ervaring met Power BI of een vergelijkbaar pakket.', 'Kennis van de AVG.'],
    scales: [9, 10], hours: small, interests: ['I', 'C'],
    skills: ['Power BI', 'data-analyse', 'visualisatie', 'AVG'],
  },
  // Detacheringen (secondments).
  {
    key: 'detachering-mbo', kind: 'secondment', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Detachering: docent ${c.subject} bij ${c.partner}`,
    summary: (c) => `Werk een jaar lang twee dagen per week als docent bij ${c.partner}.`,
    intro: (c) => `Samen met ${c.partner} versterken we de doorlopende leerlijn. Jij bent de brug.`,
    tasks: ['Je verzorgt lessen bij de partnerinstelling.', 'Je ontwikkelt samen doorstroomactiviteiten.', 'Je deelt ervaringen in je eigen team.'],
    requirements: ['Een onderwijsbevoegdheid.', 'Interesse in andere onderwijssectoren.'],
    scales: [10, 11], hours: [[8, 16], [16, 16], [12, 16]], interests: ['S', 'E'],
    skills: ['didactiek', 'doorlopende leerlijn', 'samenwerking'],
  },
  {
    key: 'detachering-beleid', kind: 'secondment', unitType: 'support', sectors: allSectors, language: 'nl',
    title: (c) => `Detachering: beleidsadviseur bij ${c.partner}`,
    summary: (c) => `Breng je expertise een half jaar in bij ${c.partner}.`,
    intro: (c) => `${c.partner} zoekt tijdelijk versterking. Een mooie kans om je netwerk te verbreden.`,
    tasks: ['Je adviseert over een lopend beleidstraject.', 'Je schrijft notities en organiseert overleg.'],
    requirements: ['Ervaring als beleidsadviseur.', 'Nieuwsgierigheid naar een andere organisatie.'],
    scales: [10, 12], hours: [[16, 24], [24, 32], [32, 36]], interests: ['E', 'I'],
    skills: ['beleidsadvies', 'netwerken', 'projectleiding'],
  },
  // Docentstages (internships).
  {
    key: 'docentstage', kind: 'internship', unitType: 'teaching', sectors: ['hbo', 'mbo'], language: 'nl',
    title: (c) => `Docentstage bij ${c.partner}`,
    summary: (c) => `Loop drie maanden mee in het werkveld van ${c.subject.toLowerCase()} en neem nieuwe kennis mee terug naar je lessen.`,
    intro: (c) => `Blijf bij de tijd: ${c.partner} biedt een docentstage aan docenten ${c.subject}.`,
    tasks: ['Je werkt mee aan een actueel project in de organisatie.', 'Je vertaalt je ervaringen naar casussen voor je onderwijs.', 'Je deelt je inzichten met je team.'],
    requirements: ['Je bent docent in een aanverwant vakgebied.', 'Je leidinggevende steunt de stage.'],
    scales: [10, 12], hours: [[8, 16], [16, 24]], interests: ['R', 'I', 'S'],
    skills: ['werkveldkennis', 'casusontwikkeling', 'professionalisering'],
  },
  {
    key: 'docentstage-bedrijf', kind: 'internship', unitType: 'support', sectors: ['business', 'government'], language: 'nl',
    title: () => 'Docentstage: werken aan een praktijkvraag',
    summary: () => 'Docenten uit het netwerk werken een paar maanden aan een echte vraag uit onze organisatie.',
    intro: (c) => `${c.organisation} stelt een plek beschikbaar voor een docent die het werkveld van binnen wil leren kennen.`,
    tasks: ['Je werkt aan een afgebakende praktijkvraag.', 'Je presenteert je resultaten aan het team.'],
    requirements: ['Je bent docent in het hbo of mbo.', 'Je hebt affiniteit met ons werkveld.'],
    hours: [[8, 16], [16, 24]], interests: ['R', 'E', 'I'],
    skills: ['praktijkonderzoek', 'advies', 'werkveldkennis'],
  },
  // Projects.
  {
    key: 'projectleider', kind: 'project', unitType: 'support', sectors: allSectors, language: 'nl',
    title: (c) => `Projectleider ${c.topic}`,
    summary: (c) => `Leid een tweejarig project over ${c.topic.toLowerCase()} met partners uit de regio.`,
    intro: (c) => `Het programma ${c.topic} van ${c.organisation} start een nieuw project. Jij houdt de regie.`,
    tasks: ['Je stelt het projectplan op en bewaakt planning en budget.', 'Je stuurt een projectteam aan.', 'Je rapporteert aan de stuurgroep.'],
    requirements: ['Ervaring als projectleider, bij voorkeur met Prince2 of Agile.', 'Sterke communicatieve vaardigheden.'],
    scales: [11, 12], hours: [[24, 32], [32, 36], [16, 24]], interests: ['E', 'C'],
    skills: ['projectmanagement', 'Prince2', 'stakeholdermanagement', 'rapportage'],
  },
  {
    key: 'projectmedewerker', kind: 'project', unitType: 'teaching', sectors: ['hbo', 'mbo', 'wo'], language: 'nl',
    title: (c) => `Projectmedewerker ${c.topic}`,
    summary: (c) => `Werk mee aan een project over ${c.topic.toLowerCase()}, naast je eigen werk.`,
    intro: (c) => `Voor het project ${c.topic} zoeken we collega’s die een dag per week mee willen doen.`,
    tasks: ['Je voert projectactiviteiten uit.', 'Je organiseert bijeenkomsten met het werkveld.', 'Je schrijft mee aan de eindrapportage.'],
    requirements: ['Affiniteit met het thema.', 'Je kunt een dag per week vrijmaken.'],
    scales: [9, 11], hours: [[8, 8], [4, 8], [8, 16]], interests: ['S', 'I', 'E'],
    skills: ['projectwerk', 'samenwerking', 'organiseren'],
  },
  // English-language roles (international programmes and research).
  {
    key: 'lecturer-en', kind: 'vacancy', unitType: 'teaching', sectors: ['hbo', 'wo'], language: 'en',
    title: (c) => `Lecturer ${c.topic}`,
    summary: (c) => `Teach in our English-taught programme and bring ${c.topic.toLowerCase()} into the classroom.`,
    intro: (c) => `${c.unit} runs an international programme with students from more than forty countries. We are looking for a lecturer with a passion for ${c.topic.toLowerCase()}.`,
    tasks: ['You teach lectures, workshops and project work in English.', 'You coach international student teams.', 'You help develop the curriculum with your colleagues.'],
    requirements: ['A master’s degree in a relevant field.', 'Excellent command of English; Dutch is a plus.', 'Experience in international teams.'],
    scales: [10, 12], hours: [...fullTime, [24, 32]], interests: ['S', 'I', 'E'],
    skills: ['teaching', 'English', 'intercultural skills', 'curriculum development'],
  },
  {
    key: 'researcher-en', kind: 'project', unitType: 'teaching', sectors: ['hbo', 'wo'], language: 'en',
    title: (c) => `Researcher ${c.topic}`,
    summary: (c) => `Join a European research project on ${c.topic.toLowerCase()}.`,
    intro: (c) => `${c.organisation} coordinates a Horizon Europe project on ${c.topic.toLowerCase()} with partners in six countries.`,
    tasks: ['You design and carry out applied research.', 'You co-author papers and project deliverables.', 'You present results at international conferences.'],
    requirements: ['A PhD or a master’s degree with research experience.', 'Fluent English.'],
    scales: [11, 12], hours: [[32, 38], [24, 32]], interests: ['I', 'A'],
    skills: ['research', 'academic writing', 'Horizon Europe', 'data analysis'],
  },
  {
    key: 'developer-en', kind: 'vacancy', unitType: 'support', sectors: ['hbo', 'wo', 'business'], language: 'en',
    title: () => 'Software developer',
    summary: () => 'Build and maintain the applications our students and staff use every day.',
    intro: (c) => `The ${c.unit} team at ${c.organisation} builds modern web applications for education.`,
    tasks: ['You build features in TypeScript and Java.', 'You review code and improve automated tests.', 'You work closely with product owners.'],
    requirements: ['A bachelor’s degree in computer science or equivalent experience.', 'Experience with web technologies and SQL.'],
    scales: [10, 11], hours: fullTime, interests: ['I', 'R', 'C'],
    skills: ['TypeScript', 'Java', 'SQL', 'testing', 'accessibility'],
  },
];

/**
 * Monthly gross pay for full-time work per scale: plausible ranges in the style of the CAO hbo
 * salary tables (rounded; demo data, not the official table).
 */
export const scaleSalaries: Readonly<Record<number, readonly [number, number]>> = {
  5: [2330, 3020],
  6: [2480, 3280],
  7: [2720, 3640],
  8: [2940, 4090],
  9: [3170, 4590],
  10: [3490, 5150],
  11: [3970, 5870],
  12: [4680, 6650],
  13: [5260, 7270],
  14: [6040, 8190],
  15: [6820, 9300],
};

export const firstNames = ['Sanne', 'Daan', 'Fleur', 'Bram', 'Noor', 'Jeroen', 'Iris', 'Mohamed', 'Lotte', 'Thijs', 'Esra', 'Pieter', 'Marieke', 'Youssef', 'Anouk', 'Ruben', 'Femke', 'Koen', 'Sevda', 'Wouter'] as const;
export const lastNames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Kramer', 'Postma', 'Dijkstra', 'van der Meer', 'Hoekstra'] as const;
