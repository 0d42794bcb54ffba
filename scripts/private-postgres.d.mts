/** A disposable PostgreSQL cluster, started; `remove()` stops it and deletes its folder. */
export interface PrivateCluster {
  readonly url: string;
  readonly port: number;
  start(): void;
  stop(): void;
  remove(): void;
}

/** PostgreSQL's server binaries: PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string | undefined;

/** Whether a private cluster can be made here, and if not, why. */
export function privateClusterPrerequisites(): { ok: true; bin: string } | { ok: false; reason: string };

/** Make and start a throw-away cluster (see private-postgres.mjs). */
export function createPrivateCluster(): Promise<PrivateCluster>;
