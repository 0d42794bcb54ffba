/**
 * The few mocha globals the browser tests use (`@web/test-runner` runs mocha in the page). Declared
 * here rather than pulling in `@types/mocha`, whose globals would leak into every package.
 */
type MochaDone = (error?: unknown) => void;
type MochaTest = (this: { timeout(ms: number): void }, done: MochaDone) => void | Promise<unknown>;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, test: MochaTest): void;
declare function it(title: string, test: () => void | Promise<unknown>): void;
declare function before(hook: () => void | Promise<unknown>): void;
declare function after(hook: () => void | Promise<unknown>): void;
declare function beforeEach(hook: () => void | Promise<unknown>): void;
declare function afterEach(hook: () => void | Promise<unknown>): void;
