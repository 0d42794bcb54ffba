import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// This module sits directly under src/ (and its compiled form directly under dist/), so the package
// root is one level up in both layouts.

/** Folder holding the numbered SQL migrations shipped with the package. */
export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

/** The package version, reported by `GET /v1/health`. */
export const packageVersion: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
