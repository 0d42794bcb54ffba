import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityHrVacancies } from './mobility-hr-vacancies.js';

defineElement('mobility-hr-vacancies', MobilityHrVacancies, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-hr-vacancies': MobilityHrVacancies;
  }
}

export { MobilityHrVacancies };
