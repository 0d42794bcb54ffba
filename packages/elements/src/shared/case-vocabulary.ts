import type { CaseOutcome, CaseRoute } from '@mobility-kit/contract';
import type { ShippedLanguage } from './localize.js';

/** The names of a case's route and outcome, as the dashboard and the case register both show them. */
export interface CaseVocabularyStrings {
  routes: Record<CaseRoute, string>;
  outcomes: Record<CaseOutcome, string>;
}

/** The shipped wording; an element spreads it into its tables (hosts may still override it per element). */
export const caseVocabularyTranslations: Readonly<Record<ShippedLanguage, CaseVocabularyStrings>> = {
  nl: {
    routes: {
      'internal-redeployment': 'Interne herplaatsing',
      'external-placement': 'Externe plaatsing',
      secondment: 'Detachering',
      outplacement: 'Outplacement',
      'ww-bww': 'WW/BWW',
    },
    outcomes: {
      'internal-job': 'Interne functie',
      'external-job': 'Externe baan',
      'self-employed': 'Zelfstandig',
      benefits: 'Uitkering',
      retired: 'Pensioen',
      other: 'Anders',
    },
  },
  en: {
    routes: {
      'internal-redeployment': 'Internal redeployment',
      'external-placement': 'External placement',
      secondment: 'Secondment',
      outplacement: 'Outplacement',
      'ww-bww': 'Unemployment benefits (WW/BWW)',
    },
    outcomes: {
      'internal-job': 'Internal job',
      'external-job': 'External job',
      'self-employed': 'Self-employed',
      benefits: 'Benefits',
      retired: 'Retired',
      other: 'Other',
    },
  },
};
