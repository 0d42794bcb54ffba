/**
 * The loopbaantest (career test): the default RIASEC instrument, generic scoring of any instrument
 * document of the contract, and matching of a result to vacancies and colleagues' stories.
 */
export { defaultInstrument, instrumentText } from './instrument.js';
export {
  scoreInstrument,
  CareerTestAnswersError,
  CareerTestInstrumentError,
  type CareerTestAnswerIssue,
  type CareerTestAnswerIssueKind,
} from './score.js';
export { profileCode, profileCodeLength, maxAlternatives, type RankedScale } from './code.js';
export {
  rankVacancies,
  linkStories,
  riasecCodes,
  hasRiasecProfile,
  cIndex,
  hexagonDistance,
  defaultStoryCongruence,
  CareerTestMatchError,
  type InterestMatch,
  type MatchableStory,
  type MatchableVacancy,
  type StoryLink,
  type VacancyMatch,
} from './match.js';
