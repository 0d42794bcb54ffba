import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityVacancies } from './mobility-vacancies.js';

defineElement('mobility-vacancies', MobilityVacancies, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-vacancies': MobilityVacancies;
  }
}

export { MobilityVacancies };
