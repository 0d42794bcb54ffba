/**
 * A sign-in without leaving the page: the authorization request with `prompt=none` runs in a hidden
 * frame; the identity provider answers at once — with a code while its own session lasts, with
 * `login_required` otherwise — by sending the frame to the redirect URI (the page). The page in
 * the frame recognises the answer and hands the URL to its parent by `postMessage`, restricted to
 * its own origin, and does nothing else.
 *
 * This needs the identity provider's session cookie inside a frame. A browser that blocks
 * third-party cookies sends it only when the identity provider is on the same site as the page
 * (`login.hogeschool.nl` for `intranet.hogeschool.nl`); then a refresh token is the way to renew.
 */
import { authorizationResponseState } from './authorization-response.js';

/** `type` of the message a frame sends its parent. */
export const silentCallbackMessage = 'mobility-kit/silent-sign-in@1';

/** How long a silent sign-in may take before the page gives up on it. */
export const defaultSilentTimeoutMs = 10_000;

/** Raised when the frame brought no answer in time (the provider showed a page instead, or is slow). */
export class SilentSignInTimeout extends Error {
  constructor() {
    super('The identity provider did not answer the silent sign-in in time.');
    this.name = 'SilentSignInTimeout';
  }
}

/**
 * Run `authorizationUrl` in a hidden frame and resolve with the URL the identity provider sent the
 * frame to, once it carries the answer for `state`. Only a message from that frame, from this
 * page's origin, counts. The frame is removed in every case.
 */
export function silentAuthorization(
  authorizationUrl: string,
  options: { state: string; timeoutMs?: number },
): Promise<URL> {
  const { state, timeoutMs = defaultSilentTimeoutMs } = options;
  return new Promise<URL>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'mobility-kit silent sign-in';
    frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden;';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
      const data = event.data as { type?: unknown; url?: unknown } | null;
      if (data?.type !== silentCallbackMessage || typeof data.url !== 'string') return;
      let url: URL;
      try {
        url = new URL(data.url);
      } catch {
        return;
      }
      if (authorizationResponseState(url) !== state) return;
      finish();
      resolve(url);
    };
    window.addEventListener('message', onMessage);
    timer = setTimeout(() => {
      finish();
      reject(new SilentSignInTimeout());
    }, timeoutMs);
    frame.src = authorizationUrl;
    document.body.append(frame);
  });
}

/**
 * In a frame of a same-origin page, a URL with an authorization response that this tab did not
 * start as a full-page sign-in is the answer to the parent's silent sign-in: pass it to the parent
 * and report `true`, so that the page in the frame does nothing else with it.
 */
export function relaySilentCallback(isOwnRedirect: (state: string) => boolean, win: Window = window): boolean {
  if (win.parent === win) return false;
  const url = new URL(win.location.href);
  const state = authorizationResponseState(url);
  if (!state || isOwnRedirect(state)) return false;
  // The target origin is this page's own: a parent on any other origin never receives it.
  win.parent.postMessage({ type: silentCallbackMessage, url: url.href }, win.location.origin);
  return true;
}
