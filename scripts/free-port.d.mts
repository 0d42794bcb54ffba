/** A port free on `host` (default 127.0.0.1) at the time of asking. */
export function freePort(host?: string): Promise<number>;
