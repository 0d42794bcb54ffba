/**
 * The loopbaantest (career test) as data. An instrument is a document — scales, items, response
 * options, an optional work-values card sort and every text in each of its languages — so an
 * institution that licenses another instrument plugs in its own document and the scoring, which is
 * generic over this shape, keeps working. Answers and results have a shape here too, although they
 * never leave the employee's browser: the element stores them locally and the shape keeps that
 * storage honest across versions.
 */
import * as z from 'zod/mini';
import { languages, riasecTypes, type Language } from './vocabulary.js';

/** An identifier inside an instrument: of the instrument itself, a scale, an item or a work value. */
export const CareerTestKey = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/));
export type CareerTestKey = z.infer<typeof CareerTestKey>;

const localised = (max: number) =>
  z.object({
    nl: z.optional(z.string().check(z.minLength(1), z.maxLength(max))),
    en: z.optional(z.string().check(z.minLength(1), z.maxLength(max))),
  });

/**
 * A user-facing text per language. Each language is optional in this shape because the document,
 * not the shape, says which languages it carries: every text must have every language listed in
 * the instrument's `languages` (checked on the whole document).
 */
export const CareerTestText = localised(2000);
export type CareerTestText = z.infer<typeof CareerTestText>;

/**
 * What a scale measures. `interest` scales make up the profile code (RIASEC in the default
 * instrument); `value` scales are scored alike but stay out of the code.
 */
export const careerTestScaleKinds = ['interest', 'value'] as const;
export type CareerTestScaleKind = (typeof careerTestScaleKinds)[number];

/** Kinds of work and example roles that fit a scale, within higher education and elsewhere. */
export const CareerTestDirections = z.object({
  summary: localised(1000),
  inHigherEducation: z.array(localised(200)).check(z.maxLength(20)),
  elsewhere: z.array(localised(200)).check(z.maxLength(20)),
});
export type CareerTestDirections = z.infer<typeof CareerTestDirections>;

/** One scale of the instrument, e.g. RIASEC "S — Sociaal". */
export const CareerTestScale = z.object({
  id: CareerTestKey,
  kind: z.enum(careerTestScaleKinds),
  /** The short code shown in the profile code and beside the label, e.g. `S`. Unique per document. */
  code: z.string().check(z.minLength(1), z.maxLength(3)),
  /**
   * The Holland type this scale measures; vacancies carry RIASEC codes, so only interest scales
   * with this mapping take part in vacancy matching. Unique per document.
   */
  riasec: z.optional(z.enum(riasecTypes)),
  label: localised(100),
  description: localised(2000),
  directions: z.optional(CareerTestDirections),
});
export type CareerTestScale = z.infer<typeof CareerTestScale>;

/** One statement the employee rates, e.g. "Een nieuwe module voor een opleiding ontwerpen". */
export const CareerTestItem = z.object({
  id: CareerTestKey,
  /** The `id` of the scale this item counts towards. */
  scale: CareerTestKey,
  text: localised(300),
  /** When true the item counts the other way round: the lowest option scores highest. */
  reverseKeyed: z.optional(z.boolean()),
});
export type CareerTestItem = z.infer<typeof CareerTestItem>;

/** Highest value a response option may have; the default instrument uses 0–4. */
export const careerTestMaxOptionValue = 10;

/** One answer option, e.g. `{ value: 0, label: { nl: 'Helemaal niet leuk' } }`. */
export const CareerTestResponseOption = z.object({
  value: z.number().check(z.int(), z.minimum(0), z.maximum(careerTestMaxOptionValue)),
  label: localised(100),
});
export type CareerTestResponseOption = z.infer<typeof CareerTestResponseOption>;

/** One card of the work-values sort, e.g. "Zelfstandigheid". */
export const CareerTestWorkValue = z.object({
  id: CareerTestKey,
  label: localised(100),
  description: localised(500),
});
export type CareerTestWorkValue = z.infer<typeof CareerTestWorkValue>;

/** The optional second part: values the employee puts in order, most important first. */
export const CareerTestWorkValues = z.object({
  prompt: localised(500),
  values: z.array(CareerTestWorkValue).check(z.minLength(2), z.maxLength(12)),
});
export type CareerTestWorkValues = z.infer<typeof CareerTestWorkValues>;

/** Largest number of items an instrument may hold; keeps a stored document and a test bounded. */
export const careerTestMaxItems = 400;

const instrumentShape = z.object({
  id: CareerTestKey,
  /** Changes whenever items, scales or options change, so stored answers can be matched to it. */
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Languages every text of the document is written in; the first is the default. */
  languages: z.array(z.enum(languages)).check(z.minLength(1), z.maxLength(languages.length)),
  title: localised(200),
  /** What the test is for; shown before the first item. */
  intro: localised(2000),
  /** The question asked of every item, e.g. "Hoe leuk vind je deze activiteit?". */
  prompt: localised(300),
  scales: z.array(CareerTestScale).check(z.minLength(1), z.maxLength(30)),
  /** In the order they are presented. */
  items: z.array(CareerTestItem).check(z.minLength(1), z.maxLength(careerTestMaxItems)),
  /** From the lowest value to the highest. */
  responseOptions: z.array(CareerTestResponseOption).check(z.minLength(2), z.maxLength(careerTestMaxOptionValue + 1)),
  workValues: z.optional(CareerTestWorkValues),
  /** Source and licence of the instrument, shown with the result. */
  attribution: z.optional(localised(500)),
});
type InstrumentShape = z.infer<typeof instrumentShape>;
type Issue = { message: string; path: PropertyKey[] };

/** Every text of the document with its path, so the language check can name the one at fault. */
function textsOf(doc: InstrumentShape): Array<[PropertyKey[], Partial<Record<Language, string>>]> {
  const texts: Array<[PropertyKey[], Partial<Record<Language, string>>]> = [
    [['title'], doc.title],
    [['intro'], doc.intro],
    [['prompt'], doc.prompt],
  ];
  if (doc.attribution) texts.push([['attribution'], doc.attribution]);
  doc.scales.forEach((scale, i) => {
    texts.push([['scales', i, 'label'], scale.label], [['scales', i, 'description'], scale.description]);
    const directions = scale.directions;
    if (directions) {
      texts.push([['scales', i, 'directions', 'summary'], directions.summary]);
      directions.inHigherEducation.forEach((t, j) => texts.push([['scales', i, 'directions', 'inHigherEducation', j], t]));
      directions.elsewhere.forEach((t, j) => texts.push([['scales', i, 'directions', 'elsewhere', j], t]));
    }
  });
  doc.items.forEach((item, i) => texts.push([['items', i, 'text'], item.text]));
  doc.responseOptions.forEach((option, i) => texts.push([['responseOptions', i, 'label'], option.label]));
  if (doc.workValues) {
    texts.push([['workValues', 'prompt'], doc.workValues.prompt]);
    doc.workValues.values.forEach((value, i) =>
      texts.push([['workValues', 'values', i, 'label'], value.label], [['workValues', 'values', i, 'description'], value.description]),
    );
  }
  return texts;
}

/** Report every repeated value of `key` among `entries` at its later occurrences. */
function duplicates<T>(entries: readonly T[], key: (entry: T) => string | undefined, path: (index: number) => PropertyKey[], what: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  entries.forEach((entry, index) => {
    const value = key(entry);
    if (value === undefined) return;
    if (seen.has(value)) issues.push({ message: `${what} "${value}" is used twice`, path: path(index) });
    seen.add(value);
  });
  return issues;
}

/** The cross-references a single field cannot check: unique ids, item → scale, options in order, languages. */
function documentIssues(doc: InstrumentShape): Issue[] {
  const issues: Issue[] = [];
  issues.push(...duplicates(doc.languages, (l) => l, (i) => ['languages', i], 'language'));
  issues.push(...duplicates(doc.scales, (s) => s.id, (i) => ['scales', i, 'id'], 'scale id'));
  issues.push(...duplicates(doc.scales, (s) => s.code, (i) => ['scales', i, 'code'], 'scale code'));
  issues.push(...duplicates(doc.scales, (s) => s.riasec, (i) => ['scales', i, 'riasec'], 'RIASEC type'));
  issues.push(...duplicates(doc.items, (item) => item.id, (i) => ['items', i, 'id'], 'item id'));
  if (doc.workValues) {
    issues.push(...duplicates(doc.workValues.values, (v) => v.id, (i) => ['workValues', 'values', i, 'id'], 'work value id'));
  }

  const scaleIds = new Set(doc.scales.map((s) => s.id));
  const itemsPerScale = new Map<string, number>();
  doc.items.forEach((item, i) => {
    if (!scaleIds.has(item.scale)) issues.push({ message: `scale "${item.scale}" is not a scale of this instrument`, path: ['items', i, 'scale'] });
    itemsPerScale.set(item.scale, (itemsPerScale.get(item.scale) ?? 0) + 1);
  });
  doc.scales.forEach((scale, i) => {
    if (!itemsPerScale.has(scale.id)) issues.push({ message: `scale "${scale.id}" has no items`, path: ['scales', i, 'id'] });
  });

  doc.responseOptions.forEach((option, i) => {
    const previous = doc.responseOptions[i - 1];
    if (previous && option.value <= previous.value) {
      issues.push({ message: 'response options must go from the lowest value to the highest, each value once', path: ['responseOptions', i, 'value'] });
    }
  });

  for (const [path, text] of textsOf(doc)) {
    for (const language of doc.languages) {
      if (text[language] === undefined) issues.push({ message: `text in language "${language}" is missing`, path: [...path, language] });
    }
  }
  return issues;
}

/**
 * A complete career-test instrument. Beyond the field shapes the document must be consistent:
 * unique ids and codes, every item on a known scale, every scale with items, options in ascending
 * order and every text present in every language the document declares.
 */
export const CareerTestInstrument = instrumentShape.check(
  z.superRefine((doc, ctx) => {
    for (const issue of documentIssues(doc)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: doc });
  }),
);
export type CareerTestInstrument = z.infer<typeof CareerTestInstrument>;

/** Which instrument (and which version of it) answers or a result belong to. */
export const CareerTestInstrumentRef = z.object({
  id: CareerTestKey,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type CareerTestInstrumentRef = z.infer<typeof CareerTestInstrumentRef>;

/**
 * The employee's answers: the chosen option value per item id, and the work values in order of
 * importance (most important first) — an empty list when that optional part was skipped. Whether
 * every item is answered and every value sits within the options depends on the instrument and is
 * checked when scoring.
 */
export const CareerTestAnswers = z.object({
  /** When present, scoring refuses answers given to another instrument or version. */
  instrument: z.optional(CareerTestInstrumentRef),
  items: z.record(CareerTestKey, z.number().check(z.int(), z.minimum(0), z.maximum(careerTestMaxOptionValue))),
  valueOrder: z.array(CareerTestKey).check(z.maxLength(12)),
});
export type CareerTestAnswers = z.infer<typeof CareerTestAnswers>;

/** The score of one scale: the raw sum of its items and the same on a 0–100 scale. */
export const CareerTestScaleScore = z.object({
  scale: CareerTestKey,
  kind: z.enum(careerTestScaleKinds),
  code: z.string().check(z.minLength(1), z.maxLength(3)),
  riasec: z.optional(z.enum(riasecTypes)),
  /** Number of items counted. */
  items: z.number().check(z.int(), z.minimum(1)),
  /** Sum of the item scores (reverse-keyed items already turned round). */
  raw: z.number().check(z.int(), z.minimum(0)),
  /** Lowest and highest raw sum possible on this scale. */
  rawMin: z.number().check(z.int(), z.minimum(0)),
  rawMax: z.number().check(z.int(), z.minimum(0)),
  /** `(raw − rawMin) / (rawMax − rawMin) × 100`, rounded to one decimal. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
});
export type CareerTestScaleScore = z.infer<typeof CareerTestScaleScore>;

/**
 * The profile code (three letters for RIASEC), with ties shown instead of hidden. `positions[k]`
 * lists every code that could stand at place k + 1 — one code when the scores decide it, several
 * when scales tie. `text` writes that out: `SA(I/E)` means S, then A, then I or E.
 */
export const CareerTestCode = z.object({
  text: z.string(),
  positions: z.array(z.array(z.string())),
  /** Whether the scores decide a single code (no tie touches it). */
  certain: z.boolean(),
  /** Every code consistent with the scores, in the instrument's scale order; at most `maxAlternatives`. */
  alternatives: z.array(z.string()),
  /** How many codes are consistent with the scores, also when not all are listed. */
  alternativeCount: z.number().check(z.int(), z.minimum(0)),
});
export type CareerTestCode = z.infer<typeof CareerTestCode>;

/** The outcome of the test. It stays in the employee's browser. */
export const CareerTestResult = z.object({
  instrument: CareerTestInstrumentRef,
  /** One entry per scale, in the instrument's scale order. */
  scales: z.array(CareerTestScaleScore),
  code: CareerTestCode,
  /**
   * Highest minus lowest interest score (0–100): a flat profile (low differentiation) means the
   * code says little, which the result should tell the employee.
   */
  differentiation: z.number().check(z.minimum(0), z.maximum(100)),
  /** Work-value ids, most important first; `null` when the optional part was skipped. */
  workValues: z.nullable(z.array(CareerTestKey)),
});
export type CareerTestResult = z.infer<typeof CareerTestResult>;
