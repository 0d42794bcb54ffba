/**
 * What survives a redirect to the identity provider and back, in `sessionStorage` (this tab, this
 * origin, gone when the tab closes). Never tokens: only the PKCE verifier, `state` and `nonce` of a
 * sign-in under way — useless without the code the provider sends back, and deleted when it arrives
 * — and a hint that someone was signed in, so a reload can try a silent sign-in.
 *
 * Storage may be unavailable (blocked, full, a sandboxed frame): then a sign-in works without the
 * hint, and a redirect cannot be completed, which shows as a failed sign-in.
 */

/** A sign-in under way: what the answer to the authorization request is checked against. */
export interface PendingSignIn {
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeVerifier: string;
  readonly nonce: string;
  /** When the request was made (ms since the epoch); older ones are dropped. */
  readonly createdAt: number;
}

const pendingPrefix = 'mobility-kit:sign-in:';
/** The non-secret hint that this tab was signed in: a reload then tries a silent sign-in. */
export const signedInHintKey = 'mobility-kit:signed-in';
/** A sign-in at the identity provider that takes longer than this is not completed. */
export const pendingLifetimeMs = 30 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    // Reading `sessionStorage` throws when the browser blocks storage for this document.
    return undefined;
  }
}

/** Remember a sign-in under way under its `state`. Returns whether it could be stored. */
export function savePendingSignIn(state: string, pending: PendingSignIn): boolean {
  const store = storage();
  if (!store) return false;
  try {
    dropExpired(store, pending.createdAt);
    store.setItem(pendingPrefix + state, JSON.stringify(pending));
    return true;
  } catch {
    return false;
  }
}

/**
 * The sign-in this tab started with `state`, or `undefined` when it started none, or it expired or
 * cannot be read. It stays stored until {@link forgetPendingSignIn}.
 */
export function pendingSignIn(state: string, now = Date.now()): PendingSignIn | undefined {
  try {
    const raw = storage()?.getItem(pendingPrefix + state);
    if (raw == null) return undefined;
    const pending = JSON.parse(raw) as Partial<PendingSignIn>;
    const valid =
      typeof pending.issuer === 'string' &&
      typeof pending.clientId === 'string' &&
      typeof pending.redirectUri === 'string' &&
      typeof pending.codeVerifier === 'string' &&
      typeof pending.nonce === 'string' &&
      typeof pending.createdAt === 'number' &&
      now - pending.createdAt <= pendingLifetimeMs &&
      pending.createdAt <= now + 60_000;
    return valid ? (pending as PendingSignIn) : undefined;
  } catch {
    return undefined;
  }
}

/** Delete the sign-in under way for `state`: an answer is used once. */
export function forgetPendingSignIn(state: string): void {
  try {
    storage()?.removeItem(pendingPrefix + state);
  } catch {
    // Unreadable storage holds nothing of ours.
  }
}

function dropExpired(store: Storage, now: number): void {
  for (let i = store.length - 1; i >= 0; i -= 1) {
    const key = store.key(i);
    if (!key?.startsWith(pendingPrefix)) continue;
    try {
      const { createdAt } = JSON.parse(store.getItem(key) ?? '{}') as { createdAt?: unknown };
      if (typeof createdAt !== 'number' || now - createdAt > pendingLifetimeMs) store.removeItem(key);
    } catch {
      store.removeItem(key);
    }
  }
}

/** Whether the hint says this tab was signed in. */
export function hasSignedInHint(): boolean {
  try {
    return storage()?.getItem(signedInHintKey) === '1';
  } catch {
    return false;
  }
}

export function setSignedInHint(signedIn: boolean): void {
  const store = storage();
  try {
    if (signedIn) store?.setItem(signedInHintKey, '1');
    else store?.removeItem(signedInHintKey);
  } catch {
    // Without the hint a reload shows "Inloggen" instead of signing in silently; nothing breaks.
  }
}
