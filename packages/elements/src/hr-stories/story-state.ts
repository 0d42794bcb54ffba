import { storyChannels, type StoryChannel, type StoryConsent, type StoryRecord } from '@mobility-kit/contract';

/** Days ahead in which an expiring consent is flagged. */
export const consentWarningDays = 30;

/** What a badge on a story says; each kind is a sentence in words, never a colour alone. */
export type StoryBadgeKind =
  | 'draft'
  | 'approved'
  | 'withdrawn'
  | 'scheduled'
  | 'ended'
  | 'live'
  | 'notServed'
  | 'consentExpiring'
  | 'consentExpired'
  | 'consentWithdrawn'
  | 'noConsent';

/** `good`: shown to readers; `attention`: needs HR's action soon; `neutral`: anything else. */
export type BadgeTone = 'good' | 'attention' | 'neutral';

export interface StoryBadge {
  readonly kind: StoryBadgeKind;
  readonly tone: BadgeTone;
  readonly channel?: StoryChannel;
  /** A contract calendar date the badge names. */
  readonly date?: string;
}

/** `date` plus `days` calendar days (contract dates are days without a time zone). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** The state of one consent record on `today`, by the rule the server serves stories with. */
export function consentState(consent: StoryConsent, today: string): 'active' | 'expired' | 'withdrawn' | 'future' {
  if (consent.withdrawnAt !== undefined) return 'withdrawn';
  if (consent.grantedAt > today) return 'future';
  if (consent.expiresAt <= today) return 'expired';
  return 'active';
}

/** Whether any channel has a consent that holds on `today`. */
export function hasValidConsent(record: Pick<StoryRecord, 'consent'>, today: string): boolean {
  return record.consent.some((consent) => consentState(consent, today) === 'active');
}

/** The channels with a consent that holds on `today`, in contract order. */
export function consentedChannels(record: Pick<StoryRecord, 'consent'>, today: string): StoryChannel[] {
  return storyChannels.filter((channel) => record.consent.some((c) => c.channel === channel && consentState(c, today) === 'active'));
}

/**
 * A story's state at a glance on `today`: its status; for an approved story whether it is
 * scheduled, over, or on which channels it is live; and per channel a consent that expires within
 * {@link consentWarningDays} days, has expired or was withdrawn.
 */
export function storyBadges(record: StoryRecord, today: string): StoryBadge[] {
  const badges: StoryBadge[] = [];
  if (record.status === 'draft') badges.push({ kind: 'draft', tone: 'neutral' });
  if (record.status === 'withdrawn') badges.push({ kind: 'withdrawn', tone: 'neutral' });
  if (record.status === 'approved') {
    badges.push({ kind: 'approved', tone: 'neutral' });
    if (today < record.publishFrom) badges.push({ kind: 'scheduled', tone: 'neutral', date: record.publishFrom });
    else if (today > record.publishUntil) badges.push({ kind: 'ended', tone: 'neutral', date: record.publishUntil });
    else if (record.liveOn.length === 0) badges.push({ kind: 'notServed', tone: 'attention' });
    for (const channel of record.liveOn) badges.push({ kind: 'live', tone: 'good', channel });
  }
  if (record.consent.length === 0) {
    badges.push({ kind: 'noConsent', tone: record.status === 'withdrawn' ? 'neutral' : 'attention' });
    return badges;
  }
  const warnUntil = addDays(today, consentWarningDays);
  for (const channel of storyChannels) {
    const records = record.consent.filter((c) => c.channel === channel);
    const active = records.find((c) => consentState(c, today) === 'active');
    if (active) {
      if (active.expiresAt <= warnUntil) badges.push({ kind: 'consentExpiring', tone: 'attention', channel, date: active.expiresAt });
      continue;
    }
    const latest = records.at(-1);
    if (!latest) continue;
    const state = consentState(latest, today);
    if (state === 'withdrawn') badges.push({ kind: 'consentWithdrawn', tone: 'neutral', channel, date: latest.withdrawnAt! });
    else if (state === 'expired') badges.push({ kind: 'consentExpired', tone: 'attention', channel, date: latest.expiresAt });
  }
  return badges;
}
