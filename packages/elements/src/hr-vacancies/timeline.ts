import type { PriorityGroup, Visibility } from '@mobility-kit/contract';

/**
 * Who sees a vacancy when, in words: the pure part of the publication timeline. No DOM, no Lit, no
 * clock: the caller passes the dates as calendar days (`YYYY-MM-DD`), a date formatter (the
 * element's `LocalizeController.date`) and the wording, so the sentences are tested in Node.
 */

/** One dated widening as the form holds it; an empty `from` is a stage still being typed. */
export interface TimelineStage {
  readonly visibility: Visibility;
  readonly from: string;
}

/** The publication plan of one vacancy. */
export interface TimelinePlan {
  /** Who sees it before the first stage (or always, without stages). */
  readonly visibility: Visibility;
  readonly stages?: readonly TimelineStage[] | undefined;
  readonly priority?: { readonly group: PriorityGroup; readonly until: string } | undefined;
  /** The last day on which one can apply. */
  readonly validThrough?: string | undefined;
}

/** The names the sentences use: the own organisation and the names of its networks. */
export interface TimelineNames {
  readonly organisation: string;
  readonly networks: readonly string[];
}

/** The wording of the sentences, one table per language (see translations.ts). */
export interface TimelineStrings {
  /** "alleen medewerkers van Hogeschool Utrecht". */
  audienceInternal: (organisation: string) => string;
  /** A widening to the network: "ook partners in Noorderlink"; `networks` is a readable list, empty when the organisation is in no network. */
  audienceSector: (networks: string) => string;
  /** The network as the first audience: "medewerkers van Hanzehogeschool Groningen en partners in Noorderlink". */
  audienceSectorFirst: (organisation: string, networks: string) => string;
  /** A widening to everyone: "openbaar, voor iedereen". */
  audiencePublic: string;
  /** Everyone as the first audience: "iedereen". */
  audiencePublicFirst: string;
  /** Joins two or more names: "Noorderlink en Mobiliteit Randstad". */
  list: (names: readonly string[]) => string;
  /** The whole plan without stages: "Zichtbaar voor alleen medewerkers van …". */
  always: (audience: string) => string;
  /** First part with stages: "Tot 12 januari 2026 alleen medewerkers van …". */
  until: (date: string, audience: string) => string;
  /** The part right after the first: "daarna ook partners in Noorderlink". */
  then: (audience: string) => string;
  /** Any later part: "vanaf 26 januari 2026 openbaar". */
  from: (date: string, audience: string) => string;
  /** Joins the parts into one sentence and ends it. */
  sentence: (parts: readonly string[]) => string;
  /** "Reageren kan tot en met 28 februari 2026." */
  closes: (date: string) => string;
  priority: Record<PriorityGroup, (until: string) => string>;
  /** Next change: "Vanaf 26 januari 2026 openbaar". */
  nextChange: (date: string, audience: string) => string;
  /** No later stage. */
  noNextChange: string;
}

/** A network id as a name: `mobiliteit-randstad` → "Mobiliteit Randstad" (the API knows networks by id only). */
export function networkName(id: string): string {
  return id
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The audience of a visibility in words: `first` for who sees it from the start (or today), else as
 * a widening after an earlier stage ("ook partners in …").
 */
export function audienceText(visibility: Visibility, names: TimelineNames, t: TimelineStrings, first = false): string {
  const networks = names.networks.length > 0 ? t.list(names.networks) : '';
  if (visibility === 'internal') return t.audienceInternal(names.organisation);
  if (visibility === 'sector') return first ? t.audienceSectorFirst(names.organisation, networks) : t.audienceSector(networks);
  return first ? t.audiencePublicFirst : t.audiencePublic;
}

/** The stages with a date, in date order: what a sentence can speak of while the form is being filled. */
export function datedStages(stages: readonly TimelineStage[] | undefined): TimelineStage[] {
  return [...(stages ?? [])].filter((stage) => /^\d{4}-\d{2}-\d{2}$/.test(stage.from)).sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The plan as one or two sentences: "Tot 12 januari 2026 alleen medewerkers van Hogeschool Utrecht,
 * daarna ook partners in Noorderlink, vanaf 26 januari 2026 openbaar." followed by the priority
 * window and the closing date when known. Stages without a date are left out.
 */
export function describePlan(plan: TimelinePlan, names: TimelineNames, formatDate: (date: string) => string, t: TimelineStrings): string {
  const stages = datedStages(plan.stages);
  const audience = (visibility: Visibility) => audienceText(visibility, names, t);
  const parts: string[] = [];
  const first = stages[0];
  if (!first) {
    parts.push(t.always(audienceText(plan.visibility, names, t, true)));
  } else {
    parts.push(t.until(formatDate(first.from), audienceText(plan.visibility, names, t, true)));
    stages.forEach((stage, index) => {
      parts.push(index === 0 ? t.then(audience(stage.visibility)) : t.from(formatDate(stage.from), audience(stage.visibility)));
    });
  }
  const sentences = [t.sentence(parts)];
  if (plan.priority && /^\d{4}-\d{2}-\d{2}$/.test(plan.priority.until)) sentences.push(t.priority[plan.priority.group](formatDate(plan.priority.until)));
  if (plan.validThrough && /^\d{4}-\d{2}-\d{2}$/.test(plan.validThrough)) sentences.push(t.closes(formatDate(plan.validThrough)));
  return sentences.join(' ');
}

/** The first stage after `today`, if any: the next change of who sees the vacancy. */
export function nextStage(stages: readonly TimelineStage[] | undefined, today: string): TimelineStage | undefined {
  return datedStages(stages).find((stage) => stage.from > today);
}

/** The next change in words ("Vanaf 26 januari 2026 openbaar"), or that there is none. */
export function describeNextChange(
  stages: readonly TimelineStage[] | undefined,
  today: string,
  names: TimelineNames,
  formatDate: (date: string) => string,
  t: TimelineStrings,
): string {
  const next = nextStage(stages, today);
  return next ? t.nextChange(formatDate(next.from), audienceText(next.visibility, names, t)) : t.noNextChange;
}
