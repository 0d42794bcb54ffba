#!/usr/bin/env node
// `npm run conformance` (after `npm run build`): starts the built reference server on an
// in-memory database with demo data and development sign-in on a free port, asks its development
// token route for an employee, an employee of another organisation and an HR colleague, and runs
// the built `mobility-kit-conformance` CLI against it. Exits with the CLI's exit code.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { startServer } = await import(join(root, 'packages/server/dist/index.js'));

const server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, logger: false });
let code = 2;
try {
  const token = async (role, organisation) => {
    const response = await fetch(`${server.url}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, organisation }),
    });
    if (response.status !== 200) throw new Error(`POST /v1/dev/token answered ${response.status}`);
    return (await response.json()).token;
  };
  // Demo organisations with internal vacancies; the HR colleague works where the employee does.
  const env = {
    ...process.env,
    MOBILITY_CONFORMANCE_TOKEN_EMPLOYEE: await token('employee', 'hogeschool-utrecht'),
    MOBILITY_CONFORMANCE_TOKEN_OTHER_ORG: await token('employee', 'hogeschool-rotterdam'),
    MOBILITY_CONFORMANCE_TOKEN_HR: await token('hr', 'hogeschool-utrecht'),
  };
  const cli = spawn(process.execPath, [join(root, 'packages/conformance/dist/cli.js'), server.url, ...process.argv.slice(2)], { stdio: 'inherit', env });
  code = await new Promise((done) => cli.on('close', (exitCode) => done(exitCode ?? 2)));
} finally {
  await server.close();
}
process.exit(code);
