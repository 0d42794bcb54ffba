import type { Organisation } from '@mobility-kit/contract';
import { places, type Place } from './places.js';

/** Network slugs of the demo data. Organisations in one network are each other's partners. */
export const demoNetworks = {
  randstad: 'mobiliteit-randstad',
  north: 'noorderlink',
  eastSouth: 'mobiliteit-oost-zuid',
} as const;

/** What the generator needs to know about a demo organisation beyond its contract shape. */
export interface DemoOrganisation extends Organisation {
  /** Short prefix for vacancy ids. */
  readonly short: string;
  /** Mail and web domain (always on `.example`). */
  readonly domain: string;
  readonly sites: readonly Place[];
  /** Relative share of the demo vacancies. */
  readonly weight: number;
  readonly units: {
    readonly teaching: readonly string[];
    readonly support: readonly string[];
  };
}

const hboSupport = ['Dienst ICT', 'Facilitaire Dienst', 'Dienst HR', 'Studentenzaken', 'Onderwijs en Kwaliteit', 'Marketing en Communicatie', 'Financiën en Control'];

export const demoOrganisations: readonly DemoOrganisation[] = [
  {
    id: 'hogeschool-utrecht', name: 'Hogeschool Utrecht', sector: 'hbo', city: 'Utrecht',
    networks: [demoNetworks.randstad], website: 'https://www.hu.example/', short: 'hu', domain: 'hu.example',
    sites: [places.utrecht3584, places.utrecht3527, places.amersfoort3821], weight: 5,
    units: {
      teaching: ['Instituut voor ICT', 'Instituut Archimedes', 'Instituut voor Verpleegkunde', 'Institute for Life Sciences and Chemistry', 'Instituut Social Work', 'Instituut voor Bedrijfskunde'],
      support: hboSupport,
    },
  },
  {
    id: 'hogeschool-van-amsterdam', name: 'Hogeschool van Amsterdam', sector: 'hbo', city: 'Amsterdam',
    networks: [demoNetworks.randstad], website: 'https://www.hva.example/', short: 'hva', domain: 'hva.example',
    sites: [places.amsterdam1091, places.amsterdam1097], weight: 5,
    units: {
      teaching: ['Faculteit Digitale Media en Creatieve Industrie', 'Faculteit Gezondheid', 'Faculteit Onderwijs en Opvoeding', 'Faculteit Business en Economie', 'Faculteit Techniek', 'Faculteit Maatschappij en Recht'],
      support: hboSupport,
    },
  },
  {
    id: 'hogeschool-rotterdam', name: 'Hogeschool Rotterdam', sector: 'hbo', city: 'Rotterdam',
    networks: [demoNetworks.randstad], website: 'https://www.hr.example/', short: 'hr', domain: 'hr.example',
    sites: [places.rotterdam3015, places.rotterdam3011], weight: 4,
    units: {
      teaching: ['Instituut voor Communicatie, Media en Informatietechnologie', 'Instituut voor Gezondheidszorg', 'Instituut voor Lerarenopleidingen', 'Rotterdam Business School', 'Instituut voor Engineering en Applied Science'],
      support: hboSupport,
    },
  },
  {
    id: 'roc-midden-nederland', name: 'ROC Midden Nederland', sector: 'mbo', city: 'Utrecht',
    networks: [demoNetworks.randstad], website: 'https://www.rocmn.example/', short: 'rocmn', domain: 'rocmn.example',
    sites: [places.utrecht3511, places.amersfoort3821], weight: 2,
    units: {
      teaching: ['College Zorg en Welzijn', 'College Techniek', 'College ICT', 'College Economie en Handel'],
      support: ['Dienst ICT', 'Facilitair Bedrijf', 'Dienst HR', 'Onderwijsbureau'],
    },
  },
  {
    id: 'gemeente-utrecht', name: 'Gemeente Utrecht', sector: 'government', city: 'Utrecht',
    networks: [demoNetworks.randstad], website: 'https://www.utrecht.example/', short: 'gem-utrecht', domain: 'utrecht.example',
    sites: [places.utrecht3511], weight: 2,
    units: {
      teaching: ['Maatschappelijke Ontwikkeling', 'Onderwijs en Jeugd'],
      support: ['Informatievoorziening', 'Bedrijfsvoering', 'Ruimte', 'Werk en Inkomen'],
    },
  },
  {
    id: 'hanzehogeschool-groningen', name: 'Hanzehogeschool Groningen', sector: 'hbo', city: 'Groningen',
    networks: [demoNetworks.north], website: 'https://www.hanze.example/', short: 'hanze', domain: 'hanze.example',
    sites: [places.groningen9747, places.groningen9711], weight: 4,
    units: {
      teaching: ['Instituut voor Communicatie, Media en IT', 'Instituut voor Verpleegkunde', 'Instituut voor Engineering', 'Academie Minerva', 'Instituut voor Sportstudies', 'International Business School'],
      support: hboSupport,
    },
  },
  {
    id: 'rijksuniversiteit-groningen', name: 'Rijksuniversiteit Groningen', sector: 'wo', city: 'Groningen',
    networks: [demoNetworks.north], website: 'https://www.rug.example/', short: 'rug', domain: 'rug.example',
    sites: [places.groningen9712, places.groningen9747], weight: 3,
    units: {
      teaching: ['Faculteit Gedrags- en Maatschappijwetenschappen', 'Faculty of Science and Engineering', 'Faculteit Economie en Bedrijfskunde', 'Faculteit Medische Wetenschappen'],
      support: ['Center for Information Technology', 'Facilitair Bedrijf', 'HR Services', 'Student Service Center'],
    },
  },
  {
    id: 'noordwerk-techniek', name: 'Noordwerk Techniek B.V.', sector: 'business', city: 'Groningen',
    networks: [demoNetworks.north], website: 'https://www.noordwerk.example/', short: 'noordwerk', domain: 'noordwerk.example',
    sites: [places.groningen9711], weight: 1,
    units: {
      teaching: ['Opleidingscentrum'],
      support: ['Engineering', 'Projecten', 'HR en Opleiding', 'Bedrijfsbureau'],
    },
  },
  {
    id: 'fontys-hogescholen', name: 'Fontys Hogescholen', sector: 'hbo', city: 'Eindhoven',
    networks: [demoNetworks.eastSouth], website: 'https://www.fontys.example/', short: 'fontys', domain: 'fontys.example',
    sites: [places.eindhoven5612, places.tilburg5022], weight: 4,
    units: {
      teaching: ['Fontys ICT', 'Fontys Lerarenopleiding Tilburg', 'Fontys Paramedische Hogeschool', 'Fontys Hogeschool Engineering', 'Fontys Hogeschool Economie en Communicatie'],
      support: hboSupport,
    },
  },
  {
    id: 'han', name: 'HAN University of Applied Sciences', sector: 'hbo', city: 'Nijmegen',
    networks: [demoNetworks.eastSouth], website: 'https://www.han.example/', short: 'han', domain: 'han.example',
    sites: [places.nijmegen6525, places.arnhem6826], weight: 4,
    units: {
      teaching: ['Academie Gezondheid en Vitaliteit', 'Academie Engineering en Automotive', 'Academie Educatie', 'Academie Mens en Maatschappij', 'Academie IT en Mediadesign'],
      support: hboSupport,
    },
  },
  {
    id: 'saxion', name: 'Saxion', sector: 'hbo', city: 'Enschede',
    // Saxion works with the east-south network and with the northern employers.
    networks: [demoNetworks.eastSouth, demoNetworks.north], website: 'https://www.saxion.example/', short: 'saxion', domain: 'saxion.example',
    sites: [places.enschede7513, places.deventer7411], weight: 3,
    units: {
      teaching: ['Academie Creatieve Technologie', 'Academie Gezondheidszorg', 'Academie Pedagogiek en Onderwijs', 'Academie Life Science, Engineering en Design', 'Hospitality Business School'],
      support: hboSupport,
    },
  },
  {
    id: 'avans-hogeschool', name: 'Avans Hogeschool', sector: 'hbo', city: 'Breda',
    networks: [demoNetworks.eastSouth], website: 'https://www.avans.example/', short: 'avans', domain: 'avans.example',
    sites: [places.breda4817, places.denBosch5223], weight: 3,
    units: {
      teaching: ['Academie voor Informatica', 'Academie voor Gezondheidszorg', 'Academie voor Duurzaam Gebouwde Omgeving', 'Academie voor Marketing en Business Management'],
      support: hboSupport,
    },
  },
];
