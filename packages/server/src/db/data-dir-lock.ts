import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * An exclusive lock on a PGlite data folder. PGlite is a single-user PostgreSQL: two processes on
 * one folder each keep their own view of it, and one of them loses the other's acknowledged writes.
 * So the first process to open a folder holds `mobility-kit.lock` inside it, and every other one is
 * refused with a message naming the folder and the holder (process id, what it is, since when).
 *
 * The lock file is created atomically (written under a private name, then hard-linked to the lock
 * name, which fails when it exists), so a reader never sees a half-written lock (see {@link create}). It records the
 * process id, the process start time (Linux), the machine and its boot, and a random token. A lock
 * is taken over when its holder is provably gone: the same machine and boot but the process id no
 * longer alive or now another process (a different start time); on another machine (a shared
 * volume), or when it cannot be read, when its holder stopped refreshing it for
 * {@link defaultStaleAfterMs}. It is released on close, on `process.exit`, and on SIGINT, SIGTERM
 * and SIGHUP when nothing else handles them.
 */

export const lockFileName = 'mobility-kit.lock';
/** How often a holder touches its lock file, so a lock on a shared volume shows it is alive. */
const refreshIntervalMs = 10_000;
/** A lock not refreshed for this long, and not provably alive on this machine, is stale. */
export const defaultStaleAfterMs = 60_000;

/** What a lock file says about its holder. */
export interface LockHolder {
  readonly pid: number;
  /** What the process is, e.g. `mobility-kit-server (server)`. */
  readonly kind: string;
  readonly host: string;
  /** Boot id of the machine (Linux), so a lock from before a reboot is recognised. */
  readonly bootId: string | null;
  /** Start time of the process in clock ticks since boot (Linux), so a reused process id is recognised. */
  readonly startTicks: string | null;
  readonly acquiredAt: string;
  readonly token: string;
}

/** Thrown when the folder is held by a live process (after waiting, when asked to wait). */
export class DataDirInUseError extends Error {
  readonly folder: string;
  readonly holder: LockHolder | undefined;
  constructor(folder: string, holder: LockHolder | undefined, waitedMs: number) {
    const who = holder
      ? `${holder.kind}, process ${holder.pid}${holder.pid === process.pid && holder.host === hostname() ? ' (this process)' : ''} on ${holder.host === hostname() ? 'this machine' : `machine ${holder.host}`}, since ${holder.acquiredAt}`
      : 'another process (its lock file cannot be read)';
    super(
      `The data folder ${folder} is in use by ${who}${waitedMs > 0 ? `; still in use after waiting ${Math.round(waitedMs / 1000)} s` : ''}. ` +
        `Two processes on one PGlite folder lose each other's writes, so only one may open it (lock file ${join(folder, lockFileName)}).`,
    );
    this.name = 'DataDirInUseError';
    this.folder = folder;
    this.holder = holder;
  }
}

export interface DataDirLock {
  readonly folder: string;
  readonly path: string;
  /** Remove the lock file if it is still ours. Idempotent and synchronous (safe in an exit handler). */
  release(): void;
}

export interface AcquireOptions {
  /** What this process is, shown to a process that finds the folder in use. Default `mobility-kit-server (server)`. */
  kind?: string;
  /** Keep trying this long while the folder is in use; default 0: fail at once. */
  waitMs?: number;
  /** Called once when the folder is in use and this call is going to wait. */
  onWait?: (error: DataDirInUseError) => void;
  /** Poll interval while waiting. Default 250 ms. */
  pollMs?: number;
  staleAfterMs?: number;
}

/**
 * Locks held by this process, by token: released on exit and on unhandled signals. Kept on the
 * global object with the handlers' flag, so two copies of this module in one process (source and
 * build) know each other's locks, neither takes over the other's as a leftover of an earlier
 * process with the same pid, and the exit and signal handlers are installed once.
 */
interface ProcessLocks {
  readonly held: Map<string, { path: string; timer: NodeJS.Timeout }>;
  handlersInstalled: boolean;
}
const processLocks: ProcessLocks = ((globalThis as Record<symbol, ProcessLocks | undefined>)[Symbol.for('mobility-kit.data-dir-locks')] ??= {
  held: new Map(),
  handlersInstalled: false,
});
const held = processLocks.held;

/** Take the lock on an existing folder, taking over a stale one; throws {@link DataDirInUseError}. */
export async function acquireDataDirLock(folder: string, options: AcquireOptions = {}): Promise<DataDirLock> {
  const absolute = resolve(folder);
  const path = join(absolute, lockFileName);
  const kind = options.kind ?? 'mobility-kit-server (server)';
  const waitMs = options.waitMs ?? 0;
  const staleAfterMs = options.staleAfterMs ?? defaultStaleAfterMs;
  const started = Date.now();
  let announced = false;
  for (;;) {
    const outcome = tryAcquire(path, kind, staleAfterMs);
    if ('token' in outcome) return register(absolute, path, outcome.token);
    const waited = Date.now() - started;
    if (waited >= waitMs) throw new DataDirInUseError(absolute, outcome.holder, waited);
    if (!announced) {
      announced = true;
      options.onWait?.(new DataDirInUseError(absolute, outcome.holder, 0));
    }
    await new Promise((done) => setTimeout(done, Math.min(options.pollMs ?? 250, waitMs - waited)));
  }
}

function tryAcquire(path: string, kind: string, staleAfterMs: number): { token: string } | { holder: LockHolder | undefined } {
  // A few rounds: each takeover of a stale lock is followed by a fresh attempt to create ours.
  for (let attempt = 0; attempt < 5; attempt++) {
    const token = randomUUID();
    const me: LockHolder = { pid: process.pid, kind, host: hostname(), bootId: bootId(), startTicks: startTicks(process.pid), acquiredAt: new Date().toISOString(), token };
    if (create(path, `${JSON.stringify(me)}\n`)) return { token };
    const existing = readLock(path);
    if (existing === 'gone') continue;
    if (!isStale(existing, staleAfterMs)) return { holder: existing.holder };
    takeOver(path, existing.raw);
  }
  const last = readLock(path);
  return { holder: last === 'gone' ? undefined : last.holder };
}

/**
 * Create the lock file with this content unless it exists. A hard link of a finished draft appears
 * complete or not at all; where the file system has no hard links, an exclusive create (O_EXCL)
 * does, and a reader that meets it half-written sees an unreadable, fresh lock: in use.
 */
function create(path: string, content: string): boolean {
  const draft = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileSync(draft, content, { mode: 0o644 });
    linkSync(draft, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // Never written.
    }
  }
  try {
    writeFileSync(path, content, { mode: 0o644, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

type LockRead = { raw: string; holder: LockHolder | undefined; mtimeMs: number };

function readLock(path: string): LockRead | 'gone' {
  try {
    const raw = readFileSync(path, 'utf8');
    const { mtimeMs } = statSync(path);
    return { raw, holder: parseHolder(raw), mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

function parseHolder(raw: string): LockHolder | undefined {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0 && typeof value.host === 'string' && typeof value.token === 'string') {
      return {
        pid: value.pid,
        kind: typeof value.kind === 'string' ? value.kind : 'unknown process',
        host: value.host,
        bootId: typeof value.bootId === 'string' ? value.bootId : null,
        startTicks: typeof value.startTicks === 'string' ? value.startTicks : null,
        acquiredAt: typeof value.acquiredAt === 'string' ? value.acquiredAt : 'an unknown time',
        token: value.token,
      };
    }
  } catch {
    // Not JSON: treated as unreadable below.
  }
  return undefined;
}

/** Whether the holder is provably gone (or, when that cannot be known, silent for too long). */
function isStale({ holder, mtimeMs }: LockRead, staleAfterMs: number): boolean {
  const silentTooLong = Date.now() - mtimeMs > staleAfterMs;
  if (!holder || holder.host !== hostname()) return silentTooLong;
  const boot = bootId();
  if (holder.bootId && boot && holder.bootId !== boot) return true;
  // Our own process id: ours only if this process took it (not a previous run that had our pid).
  if (holder.pid === process.pid) return !held.has(holder.token);
  if (!isAlive(holder.pid)) return true;
  const ticks = startTicks(holder.pid);
  return holder.startTicks !== null && ticks !== null && ticks !== holder.startTicks;
}

/**
 * Remove a stale lock without removing a fresh one that replaced it meanwhile: move it aside under a
 * private name, and if what was moved is not the stale lock that was judged, put it back.
 */
function takeOver(path: string, staleRaw: string): void {
  const aside = `${path}.${randomUUID()}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleRaw) {
      try {
        linkSync(aside, path);
      } catch {
        // Another process created a lock in the meantime; it holds the folder now.
      }
    }
  } finally {
    unlinkSync(aside);
  }
}

function register(folder: string, path: string, token: string): DataDirLock {
  // Touch the file now and then, so a process on another machine sharing the folder sees it alive.
  const timer = setInterval(() => {
    try {
      if (parseHolder(readFileSync(path, 'utf8'))?.token !== token) {
        clearInterval(timer);
        held.delete(token);
        process.emitWarning(`The lock on ${folder} was taken by another process.`, { code: 'MOBILITY_DATA_DIR_LOCK_LOST' });
        return;
      }
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The next round tries again.
    }
  }, refreshIntervalMs);
  timer.unref();
  held.set(token, { path, timer });
  installExitHandlers();
  return {
    folder,
    path,
    release: () => releaseToken(token),
  };
}

function releaseToken(token: string): void {
  const lock = held.get(token);
  if (!lock) return;
  held.delete(token);
  clearInterval(lock.timer);
  try {
    if (parseHolder(readFileSync(lock.path, 'utf8'))?.token === token) unlinkSync(lock.path);
  } catch {
    // Already gone.
  }
}

function releaseAll(): void {
  for (const token of [...held.keys()]) releaseToken(token);
}

const releasedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function installExitHandlers(): void {
  if (processLocks.handlersInstalled) return;
  processLocks.handlersInstalled = true;
  process.on('exit', releaseAll);
  for (const signal of releasedSignals) {
    const onSignal = () => {
      // Another listener (the command line's graceful shutdown) closes the database, which
      // releases the lock after PGlite has flushed. Alone, keep the default: release and die.
      if (process.listenerCount(signal) > 1) return;
      releaseAll();
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    };
    // First in line, so the other listeners are still registered (also `once` ones) when it runs.
    process.prependListener(signal, onSignal);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let cachedBootId: string | null | undefined;
function bootId(): string | null {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      cachedBootId = null;
    }
  }
  return cachedBootId;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
