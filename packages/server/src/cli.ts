#!/usr/bin/env node
import { DataDirInUseError } from './db/connect.js';
import { startServer } from './index.js';
import { optionsFromEnv } from './env.js';
import { runImportCommand } from './feeds/command.js';
import { importsFromEnv } from './feeds/schedule.js';

// Thin entry point: configuration parsing, the server and the import live in importable modules.
if (process.argv[2] === 'import') {
  process.exit(await runImportCommand(process.argv.slice(3)));
}

let options;
try {
  options = optionsFromEnv(process.env);
  const imports = importsFromEnv(process.env);
  if (imports.length > 0) options.imports = imports;
  const publicVacancyUrl = process.env.MOBILITY_PUBLIC_VACANCY_URL?.trim();
  if (publicVacancyUrl) options.publicVacancyUrl = publicVacancyUrl;
} catch (error) {
  console.error(`mobility-kit-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const server = await startServer(options);
  console.log(`mobility-kit-server listening on ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`mobility-kit-server: ${signal} received, shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('mobility-kit-server: error while shutting down', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const advice = error instanceof DataDirInUseError ? ' Stop that process first, or give this server another DATA_DIR.' : '';
  console.error(`mobility-kit-server: could not start: ${error instanceof Error ? error.message : String(error)}${advice}`);
  process.exit(1);
}
