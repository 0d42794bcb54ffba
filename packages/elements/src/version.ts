/**
 * The version of `@mobility-kit/elements`. Stored on every element constructor at registration so
 * that a second copy of the library on the same page can tell whether it is the same release.
 */
export const version = '0.1.0';
