import { version as libraryVersion } from '../version.js';

/** A custom element constructor that carries the mobility-kit version it was registered with. */
export type VersionedElementConstructor = CustomElementConstructor & {
  /** Version of the mobility-kit release that registered this class. Set by {@link defineElement}. */
  mobilityKitVersion?: string;
};

/**
 * Tags already warned about, shared between bundle copies through a global symbol so that two
 * copies of another version warn once in total, not once each.
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
 * - the tag is taken by another version (or by something else) → `console.warn` once per tag and
 *   keep the first definition.
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
  warnOnce(
    tag,
    `[mobility-kit] <${tag}> is already defined by ${
      existing.mobilityKitVersion ? `mobility-kit ${existing.mobilityKitVersion}` : 'another script'
    }; version ${version} keeps the existing definition. Load mobility-kit once per page.`,
  );
  return false;
}

function warnOnce(tag: string, message: string): void {
  if (warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(message);
}
