// Postcode data: GeoNames (CC BY 4.0), shipped as data/nl-pc4-places.csv.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { pc4Pattern } from '@mobility-kit/contract';
import type { Tables } from './schema.js';
import { foldToAscii } from '../slug.js';

/** The `places` table of migration 006. */
export interface PlacesTable {
  pc4: string;
  name: string;
  name_key: string;
  lat: number;
  lon: number;
}

// A type alias, not an interface: Kysely's `withTables` needs an implicit index signature.
export type PlaceTables = { places: PlacesTable };

/** The CSV of every Dutch PC4 area, shipped in the package's `data` folder (one level above src/ and dist/). */
export const placesCsvPath = fileURLToPath(new URL('../../data/nl-pc4-places.csv', import.meta.url));

const PLACES_LOCK_KEY = 7_345_006;

/**
 * Fold a place name for lookup: lower case, diacritics and punctuation dropped, spaces collapsed,
 * so "Den Haag", "den-haag" and "DEN HAAG" meet, as do "'s-Hertogenbosch" and "s hertogenbosch".
 */
export function placeKey(name: string): string {
  return foldToAscii(name, ' ');
}

/** One row of the CSV. */
export interface PlaceRow {
  readonly pc4: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** Parse `pc4,place,lat,lon` lines. Throws on a malformed line: a broken data file must not start half-loaded. */
export function parsePlacesCsv(text: string): PlaceRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0]?.trim() !== 'pc4,place,lat,lon') throw new Error('places CSV: expected the header "pc4,place,lat,lon"');
  return lines.slice(1).map((line, index) => {
    // Place names carry no commas in this file; the last two fields are the coordinates.
    const parts = line.split(',');
    const pc4 = parts[0] ?? '';
    const lat = Number(parts.at(-2));
    const lon = Number(parts.at(-1));
    const name = parts.slice(1, -2).join(',').trim();
    if (!pc4Pattern.test(pc4) || !name || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`places CSV: line ${index + 2} is not "pc4,place,lat,lon"`);
    }
    return { pc4, name, lat, lon };
  });
}

/**
 * Load the shipped CSV into `places` when the table does not hold exactly this file yet (by a hash
 * kept in `seed_state`). Idempotent and safe when several servers start at once.
 */
export async function ensurePlaces(db: Kysely<Tables>, csvPath: string = placesCsvPath): Promise<'loaded' | 'unchanged'> {
  const text = await readFile(csvPath, 'utf8');
  const key = createHash('sha256').update(text).digest('hex');
  const pdb = db.withTables<PlaceTables>();
  const current = await pdb.selectFrom('seed_state').select('seed_key').where('name', '=', 'places').executeTakeFirst();
  if (current?.seed_key === key) return 'unchanged';
  const rows = parsePlacesCsv(text);
  return pdb.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(PLACES_LOCK_KEY)})`.execute(trx);
    const again = await trx.selectFrom('seed_state').select('seed_key').where('name', '=', 'places').executeTakeFirst();
    if (again?.seed_key === key) return 'unchanged';
    await trx.deleteFrom('places').execute();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('places')
        .values(rows.slice(i, i + 500).map((r) => ({ pc4: r.pc4, name: r.name, name_key: placeKey(r.name), lat: r.lat, lon: r.lon })))
        .execute();
    }
    await trx
      .insertInto('seed_state')
      .values({ name: 'places', seed_key: key })
      .onConflict((oc) => oc.column('name').doUpdateSet({ seed_key: key, seeded_at: sql`now()` }))
      .execute();
    return 'loaded';
  });
}

/** A resolved `near`: the point distances are measured from. */
export interface Point {
  readonly lat: number;
  readonly lon: number;
  /** What was found, for messages: the PC4's place or the place name as spelled in the data. */
  readonly label: string;
}

/**
 * Resolve a PC4 (`3511`) or a place name (`Utrecht`, `den haag`) to a point; a place with several
 * postcode areas resolves to their mean. `undefined` when nothing matches.
 */
export async function resolvePlace(db: Kysely<Tables>, near: string): Promise<Point | undefined> {
  const pdb = db.withTables<PlaceTables>();
  const value = near.trim();
  if (/^[0-9]{4}$/.test(value)) {
    const row = await pdb.selectFrom('places').select(['name', 'lat', 'lon']).where('pc4', '=', value).executeTakeFirst();
    return row ? { lat: row.lat, lon: row.lon, label: `${value} ${row.name}` } : undefined;
  }
  const key = placeKey(value);
  if (!key) return undefined;
  const row = await pdb
    .selectFrom('places')
    .select((eb) => [
      eb.fn.min('name').as('name'),
      sql<number>`avg(lat)::float8`.as('lat'),
      sql<number>`avg(lon)::float8`.as('lon'),
      eb.fn.countAll<string>().as('n'),
    ])
    .where('name_key', '=', key)
    .executeTakeFirst();
  if (!row || Number(row.n) === 0 || row.name === null) return undefined;
  return { lat: Number(row.lat), lon: Number(row.lon), label: row.name };
}
