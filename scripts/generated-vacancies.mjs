// Large, deterministic lists of vacancies that satisfy the contract, for the browser tests'
// `/bulk/<n>/...` API and for `npm run bench`: both need thousands of vacancies without seeding a
// database. Plain JavaScript so that the test-runner config and the bench can import it directly.

const kinds = ['vacancy', 'assignment', 'secondment', 'internship', 'project'];
const contracts = ['permanent', 'temporary', 'secondment'];
const workplaces = ['onsite', 'hybrid', 'remote'];
const riasec = ['R', 'I', 'A', 'S', 'E', 'C'];
const roles = ['Docent', 'Adviseur', 'Projectleider', 'Onderzoeker', 'Beleidsmedewerker', 'Coördinator', 'Studieloopbaanbegeleider', 'Teamleider'];
const fields = ['ICT', 'verpleegkunde', 'techniek', 'economie', 'onderwijs', 'communicatie', 'bouwkunde', 'zorg'];
const places = [
  { city: 'Utrecht', pc4: '3511', lat: 52.0907, lon: 5.1214 },
  { city: 'Amersfoort', pc4: '3811', lat: 52.1561, lon: 5.3878 },
  { city: 'Groningen', pc4: '9711', lat: 53.2194, lon: 6.5665 },
  { city: 'Zwolle', pc4: '8011', lat: 52.5168, lon: 6.083 },
  { city: 'Rotterdam', pc4: '3011', lat: 51.9225, lon: 4.4792 },
];

/** The organisations the generated vacancies belong to, in the contract's `Organisation` shape. */
export const generatedOrganisations = [
  { id: 'hogeschool-midden', name: 'Hogeschool Midden', sector: 'hbo', city: 'Utrecht', networks: ['bulk'] },
  { id: 'hogeschool-noord', name: 'Hogeschool Noord', sector: 'hbo', city: 'Groningen', networks: ['bulk'] },
  { id: 'gemeente-oost', name: 'Gemeente Oost', sector: 'government', city: 'Zwolle', networks: ['bulk'] },
];

const pad = (n) => String(n).padStart(2, '0');
/** A calendar date `days` after 1 January 2026 (UTC arithmetic, so no time-zone shifts). */
const day = (days) => {
  const d = new Date(Date.UTC(2026, 0, 1) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * Vacancy number `i` (0-based) of a generated list: every field varies with `i`, ids are unique,
 * closing dates lie in the future relative to `datePosted`.
 */
export function generatedVacancy(i) {
  const organisation = generatedOrganisations[i % generatedOrganisations.length];
  const place = places[i % places.length];
  const role = roles[i % roles.length];
  const field = fields[Math.floor(i / roles.length) % fields.length];
  const hoursMin = 8 + ((i * 4) % 24);
  const interests = [riasec[i % 6], riasec[(i + 1 + (i % 4)) % 6]].filter((v, k, all) => all.indexOf(v) === k);
  return {
    id: `bulk-${i + 1}`,
    title: `${role} ${field} ${i + 1}`,
    summary: `${role} voor ${field} bij ${organisation.name}.`,
    description: `Als ${role.toLowerCase()} werk je aan ${field}.\n\n- Samenwerken\n- Ontwikkelen`,
    kind: kinds[i % kinds.length],
    visibility: 'public',
    organisation: { id: organisation.id, name: organisation.name, sector: organisation.sector },
    location: { ...place },
    workplace: workplaces[i % workplaces.length],
    hoursPerWeek: { min: hoursMin, max: Math.min(40, hoursMin + 8) },
    salary: { scale: String(8 + (i % 6)), min: 3500 + (i % 6) * 250, max: 5000 + (i % 6) * 300, currency: 'EUR', period: 'month' },
    contract: contracts[i % contracts.length],
    datePosted: day(i % 60),
    validThrough: day(120 + (i % 90)),
    interests,
    skills: [field],
    language: 'nl',
  };
}

/** `n` generated vacancies. */
export function generatedVacancies(n) {
  return Array.from({ length: n }, (_, i) => generatedVacancy(i));
}
