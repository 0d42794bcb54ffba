import type { Organisation } from '@mobility-kit/contract';
import type { Db } from './schema.js';

/** Every organisation, by name. */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    ...(r.city !== null ? { city: r.city } : {}),
    networks: r.networks,
    ...(r.website !== null ? { website: r.website } : {}),
  }));
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
