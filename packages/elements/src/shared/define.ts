import { version as libraryVersion } from '../version.js';

/** A custom element constructor that carries the mobility-kit version it was registered with. */
export type VersionedElementConstructor = CustomElementConstructor & {
  /** Version of the mobility-kit release that registered this class. Set by {@link defineElement}. */
  mobilityKitVersion?: string;
};

/**
 * What has been warned about (tags, or {@link versionConflict}), shared between bundle copies
 * through a global symbol so that a page warns once in total, not once per copy or per tag.
 */
const warnedTags: Set<string> = (() => {
  const key = Symbol.for('mobility-kit/warned-tags@1');
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (store[key] ??= new Set<string>());
})();

/**
 * Register a custom element without ever throwing when the tag is taken — a portlet, a CMS that
 * re-injects scripts or a second bundle may load the library twice.
 *
 * - the tag is free → define it and record `version` on the constructor (`mobilityKitVersion`);
 * - the tag is taken by the same version (this or another bundle copy) → do nothing;
 * - the tag is taken by another mobility-kit version → keep the first definition; the first such
 *   clash on a page logs one `console.warn` naming both versions, later clashes (the other tags of
 *   that copy, further copies) stay silent, so a page with two copies shows one warning;
 * - the tag is taken by something that is not mobility-kit → `console.warn` once for that tag.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  version: string = libraryVersion,
): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag) as VersionedElementConstructor | undefined;
  if (existing === undefined) {
    const versioned = ctor as VersionedElementConstructor;
    // Own property only: a subclass must not inherit the version of the class it extends.
    if (!Object.hasOwn(versioned, 'mobilityKitVersion')) {
      Object.defineProperty(versioned, 'mobilityKitVersion', { value: version, enumerable: true });
    }
    try {
      customElements.define(tag, ctor);
      return true;
    } catch (error) {
      // The constructor is already registered under another tag, or the name is invalid.
      warnOnce(tag, `[mobility-kit] <${tag}> could not be registered: ${String(error)}`);
      return false;
    }
  }
  if (existing === ctor || existing.mobilityKitVersion === version) return false;
  if (existing.mobilityKitVersion) {
    warnOnce(
      versionConflict,
      `[mobility-kit] mobility-kit ${existing.mobilityKitVersion} is already registered on this page ` +
        `(first clash: <${tag}>); version ${version} keeps the existing definitions of every tag both ` +
        'copies define. Load mobility-kit once per page.',
    );
  } else {
    warnOnce(tag, `[mobility-kit] <${tag}> is already defined by another script; version ${version} keeps that definition.`);
  }
  return false;
}

/** Key under which the one version-clash warning of a page is recorded (not a valid tag name). */
const versionConflict = 'version conflict';

function warnOnce(key: string, message: string): void {
  if (warnedTags.has(key)) return;
  warnedTags.add(key);
  console.warn(message);
}
