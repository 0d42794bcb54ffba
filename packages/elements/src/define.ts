/**
 * Registers every mobility-kit tag (guarded: loading it twice, or next to another copy, never
 * throws). The provider comes first so that elements parsed inside it find their client at once.
 */
import './provider/define.js';
import './sign-in/define.js';
import './vacancies/define.js';
import './career-test/define.js';
import './calculator/define.js';
import './stories/define.js';
import './dashboard/define.js';
import './hr-cases/define.js';
import './hr-regulations/define.js';
import './hr-vacancies/define.js';
import './hr-feeds/define.js';
import './hr-stories/define.js';

export * from './index.js';
