/**
 * The disclosure rules in force on this server: the threshold it uses and the rules document the
 * contract publishes with every table. The aggregation itself lives in `@mobility-kit/rules`.
 */
import {
  caseOutcomes,
  caseRoutes,
  countedFigures,
  minimumDisclosureThreshold,
  neverCollectedData,
  protectedIdentities,
  quarterAt,
  quarterIndex,
  quarterOf,
  staffGroups,
  type DisclosureRules,
} from '@mobility-kit/contract';
import type { DisclosureVocabulary } from '@mobility-kit/rules';

/** The contract's vocabulary, as the aggregation in `@mobility-kit/rules` takes it. */
export const disclosureVocabulary: DisclosureVocabulary = { staffGroups, caseRoutes, caseOutcomes, quarterOf, quarterIndex, quarterAt };

/** Default threshold: a cell must describe at least this many people to be shown. */
export const defaultDisclosureThreshold = 10;

/**
 * The threshold to use for a configured value: at least {@link minimumDisclosureThreshold}, a whole
 * number. `raised` tells the caller to warn that the configuration was overruled.
 */
export function effectiveThreshold(configured: number | undefined): { k: number; raised: boolean } {
  if (configured === undefined) return { k: defaultDisclosureThreshold, raised: false };
  const whole = Number.isFinite(configured) ? Math.ceil(configured) : defaultDisclosureThreshold;
  return whole < minimumDisclosureThreshold ? { k: minimumDisclosureThreshold, raised: true } : { k: whole, raised: false };
}

/** The rules in force, as the contract publishes them. */
export function disclosureRules(k: number): DisclosureRules {
  return {
    k,
    minimumK: minimumDisclosureThreshold,
    smallestPeriod: 'quarter',
    smallestGroup: 'unit',
    protectedIdentities: [...protectedIdentities],
    costsOnlyForShownGroups: true,
    counted: [...countedFigures],
    neverCollected: [...neverCollectedData],
  };
}
