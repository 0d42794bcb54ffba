// A throw-away PostgreSQL cluster for the scenarios that stop and start the database under a
// running server (the load bench's fault run, the server's restart test): initdb in a temporary
// folder on a free port, never the shared cluster the other tests use.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/** Where PostgreSQL's server binaries are: PG_BINDIR, else the newest /usr/lib/postgresql/<v>/bin. */
export function postgresBinDir() {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export function privateClusterPrerequisites() {
  const bin = postgresBinDir();
  if (!bin || !existsSync(join(bin, 'pg_ctl'))) return { ok: false, reason: 'no PostgreSQL server binaries (initdb, pg_ctl) found; set PG_BINDIR' };
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return { ok: false, reason: 'running as root but there is no postgres user to run the server as' };
  return { ok: true, bin };
}


/**
 * A throw-away PostgreSQL cluster in a temporary folder on a free port, never the shared one.
 * As root its binaries run as the postgres user (PostgreSQL refuses to run as root).
 */
export async function createPrivateCluster() {
  const { bin } = privateClusterPrerequisites();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'mk-pg-private-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  if (asRoot) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(owner), Number(group));
    chownSync(data, Number(owner), Number(group));
  }
  const run = (tool, args) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '30', 'start']),
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']),
    remove() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
