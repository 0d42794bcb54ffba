/**
 * Where uploaded photos are kept. The reference server keeps them in its own database (the `media`
 * table of migration 010, PGlite and PostgreSQL alike); an institution that prefers object storage
 * passes its own {@link MediaStore} as `ServerOptions.media.store`. Whatever the store, only images
 * the server has re-encoded without metadata are ever put into it, and who may see one is decided
 * by the server (`routes/media.ts`), not by the store.
 */
import { sql, type Generated, type Kysely } from 'kysely';
import type { MediaContentType } from '@mobility-kit/contract';
import type { Tables } from './schema.js';

/** What is known of a stored photo besides its bytes. */
export interface MediaInfo {
  /** A UUID, chosen by the server. */
  readonly id: string;
  /** The organisation whose HR uploaded it. */
  readonly organisation: string;
  readonly contentType: MediaContentType;
  readonly width: number;
  readonly height: number;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** The uploader's token subject; absent when the token named none. */
  readonly createdBy?: string | undefined;
  readonly createdAt: Date;
}

/** A stored photo with its bytes. */
export interface StoredMedia extends MediaInfo {
  readonly bytes: Buffer;
}

/** Storage of uploaded photos: a small interface so an institution can point it at object storage. */
export interface MediaStore {
  /** Keep a new photo under its id. Called once per id; never overwrites. */
  put(media: StoredMedia): Promise<void>;
  /** The photo with its bytes, or `undefined` when there is none with this id. */
  get(id: string): Promise<StoredMedia | undefined>;
  /** What is known of a photo without reading its bytes, or `undefined`. */
  info(id: string): Promise<MediaInfo | undefined>;
  /** Remove a photo; `false` when there was none. */
  delete(id: string): Promise<boolean>;
  /** Bytes of the photos an organisation keeps, for its quota. */
  usedBytes(organisation: string): Promise<number>;
}

interface MediaTable {
  id: string;
  organisation_id: string;
  content_type: MediaContentType;
  bytes: Buffer | Uint8Array;
  width: number;
  height: number;
  sha256: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

type MediaTables = { media: MediaTable };

const infoColumns = ['id', 'organisation_id', 'content_type', 'width', 'height', 'sha256', 'created_by', 'created_at'] as const;

const toInfo = (row: Omit<MediaTable, 'bytes' | 'created_at'> & { created_at: Date | string }): MediaInfo => ({
  id: row.id,
  organisation: row.organisation_id,
  contentType: row.content_type,
  width: row.width,
  height: row.height,
  sha256: row.sha256,
  createdBy: row.created_by ?? undefined,
  createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
});

/** A well-formed UUID; anything else cannot be an id in the `uuid` column, so it is simply absent. */
const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The default store: the `media` table of the server's own database (`bytea`). */
export function databaseMediaStore(database: Kysely<Tables>): MediaStore {
  const db = database.withTables<MediaTables>();
  return {
    async put(media) {
      await db
        .insertInto('media')
        .values({
          id: media.id,
          organisation_id: media.organisation,
          content_type: media.contentType,
          bytes: media.bytes,
          width: media.width,
          height: media.height,
          sha256: media.sha256,
          created_by: media.createdBy ?? null,
          created_at: media.createdAt,
        })
        .execute();
    },
    async get(id) {
      if (!isUuid(id)) return undefined;
      const row = await db.selectFrom('media').select([...infoColumns, 'bytes']).where('id', '=', id).executeTakeFirst();
      return row ? { ...toInfo(row), bytes: Buffer.from(row.bytes) } : undefined;
    },
    async info(id) {
      if (!isUuid(id)) return undefined;
      const row = await db.selectFrom('media').select([...infoColumns]).where('id', '=', id).executeTakeFirst();
      return row ? toInfo(row) : undefined;
    },
    async delete(id) {
      if (!isUuid(id)) return false;
      const result = await db.deleteFrom('media').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async usedBytes(organisation) {
      const row = await db
        .selectFrom('media')
        .select(sql<string | number>`coalesce(sum(octet_length(bytes)), 0)`.as('used'))
        .where('organisation_id', '=', organisation)
        .executeTakeFirstOrThrow();
      return Number(row.used);
    },
  };
}
