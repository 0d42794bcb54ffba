// Types of chromium.mjs, for the TypeScript tests that launch the browser through it.
import type { Browser, LaunchOptions } from 'puppeteer-core';

export declare const chromiumPath: string;
export declare const chromiumArgs: readonly string[];
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
