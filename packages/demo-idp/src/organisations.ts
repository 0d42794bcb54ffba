/** A demo organisation as the provider knows it: the server's slug, its name and its home domain. */
export interface DemoOrganisation {
  /** The organisation's id on the reference server (`GET /v1/organisations`). */
  readonly slug: string;
  readonly name: string;
  /** The SCHAC home organisation: the mail domain, on the reserved `.example` top-level domain. */
  readonly domain: string;
}

/**
 * The organisations of the reference server's demo data (packages/server/src/seed/organisations.ts),
 * with the same mail domains. The tests check both lists still agree with `GET /v1/organisations`
 * and with `claims.json`.
 */
export const demoOrganisations: readonly DemoOrganisation[] = [
  { slug: 'hogeschool-utrecht', name: 'Hogeschool Utrecht', domain: 'hu.example' },
  { slug: 'hogeschool-van-amsterdam', name: 'Hogeschool van Amsterdam', domain: 'hva.example' },
  { slug: 'hogeschool-rotterdam', name: 'Hogeschool Rotterdam', domain: 'hr.example' },
  { slug: 'roc-midden-nederland', name: 'ROC Midden Nederland', domain: 'rocmn.example' },
  { slug: 'gemeente-utrecht', name: 'Gemeente Utrecht', domain: 'utrecht.example' },
  { slug: 'hanzehogeschool-groningen', name: 'Hanzehogeschool Groningen', domain: 'hanze.example' },
  { slug: 'rijksuniversiteit-groningen', name: 'Rijksuniversiteit Groningen', domain: 'rug.example' },
  { slug: 'noordwerk-techniek', name: 'Noordwerk Techniek B.V.', domain: 'noordwerk.example' },
  { slug: 'fontys-hogescholen', name: 'Fontys Hogescholen', domain: 'fontys.example' },
  { slug: 'han', name: 'HAN University of Applied Sciences', domain: 'han.example' },
  { slug: 'saxion', name: 'Saxion', domain: 'saxion.example' },
  { slug: 'avans-hogeschool', name: 'Avans Hogeschool', domain: 'avans.example' },
];
