// Two processes on one PGlite data folder: the second one is refused (a server) or waits (an
// import with --wait), and nothing the first one acknowledged is lost.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { VacancyCreate } from '@mobility-kit/contract';
import { openDatabase } from '../src/db/connect.js';
import { acquireDataDirLock, DataDirInUseError, defaultStaleAfterMs, lockFileName, type LockHolder } from '../src/db/data-dir-lock.js';
import { startServer } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixturePath = fileURLToPath(new URL('./fixtures/feeds/gemeente-utrecht.rss.xml', import.meta.url));

interface CliRun {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
  /** Resolves with the first match of `pattern` in stdout (or stderr); rejects when the process exits first. */
  waitFor(pattern: RegExp, options?: { stream?: 'stdout' | 'stderr'; timeoutMs?: number }): Promise<RegExpExecArray>;
}

/** Run the command line as a user would (TypeScript through tsx). */
function cli(args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: packageDir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    waitFor: (pattern, { stream = 'stdout', timeoutMs = 180_000 } = {}) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stream === 'stdout' ? stdout : stderr);
          if (!match) return;
          clearTimeout(timer);
          child[stream].off('data', check);
          resolve(match);
        };
        const timer = setTimeout(() => reject(new Error(`${pattern} not printed: ${JSON.stringify({ stdout, stderr })}`)), timeoutMs);
        child[stream].on('data', check);
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited with ${code} before printing ${pattern}: ${JSON.stringify({ stdout, stderr })}`));
        });
        check();
      }),
  };
}

function vacancy(id: string): VacancyCreate {
  return {
    id,
    title: `Beleidsmedewerker ${id}`,
    description: 'Geschreven terwijl een tweede proces de map probeert te openen.',
    kind: 'vacancy',
    visibility: 'public',
    location: { city: 'Utrecht', pc4: '3511' },
    workplace: 'onsite',
    hoursPerWeek: { min: 24, max: 32 },
    contract: 'permanent',
    validThrough: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    interests: ['S'],
    skills: [],
    language: 'nl',
  };
}

test('a second process on a PGlite folder in use is refused; nothing the first acknowledged is lost', { timeout: 900_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mobility-kit-lock-'));
  const dataDir = join(dir, 'pglite');
  const env = { PORT: '0', DATA_DIR: dataDir, MOBILITY_DEV_AUTH: '1', MOBILITY_SEED: '1' };
  const runs: CliRun[] = [];
  const run = (args: string[], extra: Record<string, string> = {}) => {
    const started = cli(args, { ...env, ...extra });
    runs.push(started);
    return started;
  };
  try {
    // The first server: acknowledged writes through the HR routes with development auth.
    const first = run([]);
    const url = (await first.waitFor(/listening on (http:\/\/\S+)/))[1]!;
    const organisation = ((await (await fetch(`${url}/v1/organisations`)).json()) as { items: { id: string }[] }).items[0]!.id;
    const { token } = (await (
      await fetch(`${url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation }) })
    ).json()) as { token: string };
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = `${organisation}-slot-${i}`;
      const response = await fetch(`${url}/v1/hr/vacancies`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(vacancy(id)),
      });
      assert.equal(response.status, 201, await response.text());
      acknowledged.push(id);
    }

    // A second server on the same folder: refused, naming the folder and the first process.
    const second = run([]);
    // If it starts anyway (the bug), stop it so the assertions below report it.
    void second.waitFor(/listening on/).then(
      () => second.child.kill('SIGKILL'),
      () => {},
    );
    const secondCode = await second.exited;
    assert.ok(secondCode !== null && secondCode !== 0, `the second server must exit non-zero by itself: ${secondCode} ${JSON.stringify(second.output())}`);
    assert.doesNotMatch(second.output().stdout, /listening on/);
    const refusal = second.output().stderr;
    assert.ok(refusal.includes(dataDir), `names the folder: ${refusal}`);
    assert.match(refusal, new RegExp(`\\b${first.child.pid}\\b`), 'names the process id');
    assert.match(refusal, /mobility-kit-server \(server\)/, 'says what the process is');

    // The command-line import on the live folder: refused at once with what to do instead.
    const importArgs = ['import', fixturePath, '--organisation', 'gemeente-utrecht', '--feed', 'slot-feed'];
    const refusedImport = run(importArgs);
    assert.equal(await refusedImport.exited, 1, JSON.stringify(refusedImport.output()));
    const importRefusal = refusedImport.output().stderr;
    assert.ok(importRefusal.includes(dataDir), importRefusal);
    assert.match(importRefusal, new RegExp(`\\b${first.child.pid}\\b`));
    assert.match(importRefusal, /stop the server/i);
    assert.match(importRefusal, /--wait/);

    // …or waits for the folder with --wait and runs once the server has stopped.
    const waitingImport = run([...importArgs, '--wait', '600', '--json']);
    await waitingImport.waitFor(/Waiting up to 600 s/, { stream: 'stderr' });
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0, JSON.stringify(first.output()));
    assert.equal(await waitingImport.exited, 0, JSON.stringify(waitingImport.output()));
    const report = JSON.parse(waitingImport.output().stdout.slice(waitingImport.output().stdout.indexOf('{'))) as { status: string; created: number };
    assert.deepEqual([report.status, report.created], ['succeeded', 3]);

    // Reopened: every write the first server acknowledged, and the import, are there.
    const reopened = await startServer({ port: 0, dataDir, rateLimit: false });
    try {
      const db = reopened.app.mobility.database.db;
      const stored = (await db.selectFrom('vacancies').select('id').where('id', 'like', '%-slot-%').orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(stored, acknowledged);
      const imported = await sql<{ n: string }>`select count(*) as n from vacancy_feed_items where feed = 'slot-feed'`.execute(db);
      assert.equal(Number(imported.rows[0]!.n), 3);
    } finally {
      await reopened.close();
    }
  } finally {
    for (const { child } of runs) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});

describe('the data folder lock', () => {
  const lockModule = fileURLToPath(new URL('../src/db/data-dir-lock.ts', import.meta.url));
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mobility-kit-lock-unit-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const lockPath = () => join(dir, lockFileName);
  const holderOf = async () => JSON.parse(await readFile(lockPath(), 'utf8')) as LockHolder;
  const writeLock = (holder: Partial<LockHolder>) =>
    writeFile(lockPath(), JSON.stringify({ kind: 'mobility-kit-server (server)', host: hostname(), bootId: null, startTicks: null, acquiredAt: '2026-01-01T00:00:00.000Z', token: 'earlier', ...holder }));
  const inUse = (pattern: RegExp) => (error: unknown) => {
    assert.ok(error instanceof DataDirInUseError, String(error));
    assert.ok(error.message.includes(dir), error.message);
    assert.match(error.message, pattern);
    return true;
  };

  /** A child process holding the lock on `dir` until it is killed; resolves once it holds it. */
  async function childHolding(folder: string): Promise<ChildProcessWithoutNullStreams> {
    const script = `import { acquireDataDirLock } from ${JSON.stringify(lockModule)}; await acquireDataDirLock(${JSON.stringify(folder)}, { kind: 'child' }); console.log('held'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    return child;
  }
  const exitOf = (child: ChildProcessWithoutNullStreams) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
      else child.on('exit', (code, signal) => resolve({ code, signal }));
    });

  test('a folder opened by this process cannot be opened again until it is closed; memory:// takes no lock', async () => {
    const folder = join(dir, 'pglite');
    const first = await openDatabase({ dataDir: folder });
    try {
      await assert.rejects(openDatabase({ dataDir: folder }), (error: unknown) => {
        assert.ok(error instanceof DataDirInUseError, String(error));
        assert.match(error.message, new RegExp(`process ${process.pid} \\(this process\\)`));
        assert.ok(error.message.includes(folder));
        return true;
      });
    } finally {
      await first.close();
    }
    await assert.rejects(stat(join(folder, lockFileName)), /ENOENT/, 'released on close');
    const again = await openDatabase({ dataDir: folder });
    await again.close();
    const memory = [await openDatabase({ dataDir: 'memory://' }), await openDatabase({ dataDir: 'memory://' })];
    for (const database of memory) await database.close();
  });

  test('a lock of a process that is gone is taken over', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await exitOf(gone as unknown as ChildProcessWithoutNullStreams);
    await writeLock({ pid: gone.pid! });
    const lock = await acquireDataDirLock(dir);
    assert.equal((await holderOf()).pid, process.pid);
    lock.release();
    await assert.rejects(stat(lockPath()), /ENOENT/);
  });

  test('a live holder is refused, named by pid and kind; a reused pid, an earlier run with our pid and a silent other machine are taken over', async () => {
    const child = await childHolding(dir);
    try {
      await assert.rejects(acquireDataDirLock(dir), inUse(new RegExp(`child, process ${child.pid} on this machine`)));
      const theirs = await holderOf();
      // The same pid with another start time is another process: the holder is gone.
      if (theirs.startTicks !== null) {
        await writeLock({ ...theirs, startTicks: String(Number(theirs.startTicks) + 1), token: 'reused' });
        (await acquireDataDirLock(dir)).release();
      }
    } finally {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    // Our own pid, written by a run before this one (a container restarted with the same pid).
    await writeLock({ pid: process.pid, token: 'previous-run' });
    (await acquireDataDirLock(dir)).release();
    // Another machine: alive while it refreshes the file, stale when silent for a minute.
    await writeLock({ pid: 4242, host: 'elsewhere.example' });
    await assert.rejects(acquireDataDirLock(dir), inUse(/process 4242 on machine elsewhere\.example/));
    const old = new Date(Date.now() - 2 * defaultStaleAfterMs);
    await utimes(lockPath(), old, old);
    (await acquireDataDirLock(dir)).release();
    // An unreadable lock file: refused while fresh, taken over when old.
    await writeFile(lockPath(), 'not a lock');
    await assert.rejects(acquireDataDirLock(dir), inUse(/cannot be read/));
    await utimes(lockPath(), old, old);
    (await acquireDataDirLock(dir)).release();
  });

  test('a second copy of the module in this process sees the first one\'s lock as held, not as left over', async () => {
    const copy = (await import(`${new URL('../src/db/data-dir-lock.ts', import.meta.url).href}?copy=2`)) as typeof import('../src/db/data-dir-lock.js');
    assert.notEqual(copy.acquireDataDirLock, acquireDataDirLock, 'a separate module instance');
    const lock = await acquireDataDirLock(dir);
    try {
      await assert.rejects(copy.acquireDataDirLock(dir), (error: unknown) => error instanceof Error && /\(this process\)/.test(error.message));
    } finally {
      lock.release();
    }
  });

  test('release removes only its own lock', async () => {
    const lock = await acquireDataDirLock(dir);
    await writeLock({ pid: process.pid, token: 'someone-else' });
    lock.release();
    assert.equal((await holderOf()).token, 'someone-else');
  });

  test('waiting: a second acquire with waitMs gets the folder once the holder releases it', async () => {
    const first = await acquireDataDirLock(dir, { kind: 'first' });
    let waitedFor: DataDirInUseError | undefined;
    const second = acquireDataDirLock(dir, {
      kind: 'second',
      waitMs: 120_000,
      pollMs: 20,
      onWait: (error) => {
        waitedFor = error;
        first.release();
      },
    });
    const lock = await second;
    assert.match(waitedFor?.message ?? '', /in use by first/);
    assert.equal((await holderOf()).kind, 'second');
    lock.release();
  });

  test('released when the holder exits or is stopped by a signal; a killed holder leaves a lock that is taken over', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = await childHolding(dir);
      child.kill(signal);
      // The default behaviour of the signal is kept: the process ends by it.
      assert.deepEqual(await exitOf(child), { code: null, signal });
      await assert.rejects(stat(lockPath()), /ENOENT/, `released on ${signal}`);
    }
    const script = `import { acquireDataDirLock } from ${JSON.stringify(lockModule)}; await acquireDataDirLock(${JSON.stringify(dir)}); process.exit(3);`;
    const exiting = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    assert.deepEqual(await exitOf(exiting), { code: 3, signal: null });
    await assert.rejects(stat(lockPath()), /ENOENT/, 'released on process.exit');
    const killed = await childHolding(dir);
    killed.kill('SIGKILL');
    await exitOf(killed);
    assert.equal((await holderOf()).pid, killed.pid, 'SIGKILL leaves the file');
    (await acquireDataDirLock(dir)).release();
  });
});
