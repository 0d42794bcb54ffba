import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * String tables of every element, keyed by tag name. Each element's `translations.ts` adds its
 * entry through declaration merging, so {@link registerTranslations} is typed per element.
 */
export interface TranslationRegistry {}

/** Languages shipped with every element. */
export const shippedLanguages = ['nl', 'en'] as const;
export type ShippedLanguage = (typeof shippedLanguages)[number];

/** The language used when neither the element, its ancestors nor `<html>` say otherwise. */
export const defaultLanguage: ShippedLanguage = 'nl';

/** A complete string table per shipped language. Functions cover plurals and inserted values. */
export type TranslationCatalog<S extends object> = Readonly<Record<ShippedLanguage, S>>;

/** A partial string table: any string, function or nested group may be left out. */
export type PartialStrings<S> = {
  [K in keyof S]?: S[K] extends (...args: never[]) => unknown
    ? S[K]
    : S[K] extends object
      ? PartialStrings<S[K]>
      : S[K];
};

interface TranslationStore {
  /** element tag → language → override strings. */
  readonly overrides: Map<string, Map<string, object>>;
  readonly listeners: Set<() => void>;
}

/**
 * Overrides live on a global symbol so a host registering strings through one bundle copy reaches
 * elements defined by another copy of the same major version.
 */
const store: TranslationStore = (() => {
  const key = Symbol.for('mobility-kit/translations@1');
  const global = globalThis as unknown as Record<symbol, TranslationStore | undefined>;
  return (global[key] ??= { overrides: new Map(), listeners: new Set() });
})();

/**
 * Add or override user-facing strings of one element for one language. Strings are merged into
 * what was registered before and into the shipped table; every connected element re-renders.
 * Registering a language that is not shipped (e.g. `fy`) makes it available, with Dutch for
 * whatever it leaves out.
 *
 * ```js
 * registerTranslations('mobility-vacancies', 'nl', { searchLabel: 'Zoek in de vacaturebank' });
 * ```
 */
export function registerTranslations<E extends keyof TranslationRegistry>(
  element: E,
  lang: string,
  strings: PartialStrings<TranslationRegistry[E]>,
): void {
  const byLang = store.overrides.get(element) ?? new Map<string, object>();
  store.overrides.set(element, byLang);
  const key = lang.toLowerCase();
  byLang.set(key, deepMerge(byLang.get(key) ?? {}, strings as object));
  for (const listener of store.listeners) listener();
}

/** Remove every override registered for one element (mainly for tests and live previews). */
export function clearTranslations(element: keyof TranslationRegistry): void {
  store.overrides.delete(element);
  for (const listener of store.listeners) listener();
}

/**
 * The `lang` in force for an element: its own `lang`, else that of the nearest ancestor, crossing
 * shadow roots, else `<html lang>`. An empty `lang=""` (language unknown) is skipped.
 */
export function resolveLanguageTag(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument.documentElement.lang || defaultLanguage;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Per-element localisation: picks the language, merges shipped and registered strings, re-renders
 * the host when a `lang` on it or on an ancestor changes, and formats numbers, money and dates
 * with `Intl` in the active locale. Deliberately not a global configuration: two copies of the
 * library on one page must not fight over it.
 */
export class LocalizeController<S extends object> implements ReactiveController {
  private readonly host: Host;
  private readonly element: string;
  private readonly catalog: TranslationCatalog<S>;
  private observer?: MutationObserver;
  private cache?: { tag: string; lang: string; locale: string; strings: S };
  private readonly onRegistryChange = (): void => {
    this.cache = undefined;
    this.host.requestUpdate();
  };

  constructor(host: Host, element: string, catalog: TranslationCatalog<S>) {
    this.host = host;
    this.element = element;
    this.catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    store.listeners.add(this.onRegistryChange);
    this.cache = undefined;
    this.observer = new MutationObserver(() => {
      const previous = this.cache?.tag;
      this.cache = undefined;
      if (resolveLanguageTag(this.host) !== previous) this.host.requestUpdate();
    });
    // Observe the host and each ancestor up to <html> (through shadow hosts): a `lang` added,
    // changed or removed on any of them can change the language. Moving the element disconnects
    // and reconnects it, which rebuilds this list.
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) {
        this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
  }

  hostDisconnected(): void {
    store.listeners.delete(this.onRegistryChange);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The language of the strings in use: `nl`, `en` or a language a host registered. */
  get lang(): string {
    return this.resolve().lang;
  }

  /** The BCP 47 locale for `Intl`: the element's own tag when it matches {@link lang} (`en-GB`). */
  get locale(): string {
    return this.resolve().locale;
  }

  /** The string table for the active language, with registered overrides applied. */
  get strings(): S {
    return this.resolve().strings;
  }

  /** Format a number in the active locale. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }

  /** Format an amount of money (whole euros unless `options` say otherwise). */
  money(amount: number, currency = 'EUR', options?: Intl.NumberFormatOptions): string {
    return this.number(amount, { style: 'currency', currency, maximumFractionDigits: 0, ...options });
  }

  /**
   * Format a contract calendar date (`YYYY-MM-DD`). Contract dates are Dutch calendar days without
   * a time zone, so they are formatted in UTC to keep the day from shifting.
   */
  date(calendarDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = new Date(`${calendarDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return calendarDate;
    return dateFormat(this.locale, { ...options, timeZone: 'UTC' }).format(date);
  }

  private resolve(): { tag: string; lang: string; locale: string; strings: S } {
    const tag = resolveLanguageTag(this.host);
    if (this.cache?.tag === tag) return this.cache;
    const overrides = store.overrides.get(this.element);
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0] ?? defaultLanguage;
    const available = (lang: string) => lang in this.catalog || overrides?.has(lang) === true;
    const lang = available(lower) ? lower : available(primary) ? primary : defaultLanguage;
    const shipped = this.catalog[lang as ShippedLanguage] ?? this.catalog[defaultLanguage];
    const override = overrides?.get(lang);
    const strings = override ? (deepMerge(shipped, override) as S) : shipped;
    let locale: string = lang;
    if (lang === primary || lang === lower) {
      try {
        locale = Intl.getCanonicalLocales(tag)[0] ?? lang;
      } catch {
        // An invalid tag in the page's markup must not break the element; the language suffices.
      }
    }
    this.cache = { tag, lang, locale, strings };
    return this.cache;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Building an `Intl` formatter is costly next to using one; a list formats the same few often. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Merge plain objects recursively; strings, functions and arrays in `patch` replace. */
function deepMerge(base: object, patch: object): object {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return result;
}
