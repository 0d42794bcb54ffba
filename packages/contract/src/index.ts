export * from './vocabulary.js';
export * from './organisation.js';
export * from './vacancy.js';
export * from './problem.js';
export * from './system.js';
export * from './routes.js';
export * from './issues.js';
export * from './career-test.js';
