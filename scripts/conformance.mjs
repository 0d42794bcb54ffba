#!/usr/bin/env node
// `npm run conformance` (after `npm run build`): starts the built reference server on an
// in-memory database with demo data and sign-in as `npm start` sets it up — the demo OpenID Connect
// provider at /idp, opaque access tokens checked by introspection, SURFconext-shaped claims mapped
// by the shipped claims file, no development tokens. Signs in an employee, an employee of another
// organisation and an HR colleague through the provider's login page over HTTP, and runs the built
// `mobility-kit-conformance` CLI with their access tokens. Exits with the CLI's exit code.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoSignIn, freePort, intranetClientId } from './demo-sign-in.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { startServer } = await import(join(root, 'packages/server/dist/index.js'));
const { signInOverHttp } = await import(join(root, 'packages/demo-idp/dist/index.js'));

const port = await freePort('127.0.0.1');
const origin = `http://127.0.0.1:${port}`;
const { idp, serverOptions } = await demoSignIn(root, { origin });
const server = await startServer({ port, host: '127.0.0.1', dataDir: 'memory://', seed: true, rateLimit: false, logger: false, ...serverOptions });
let code = 2;
try {
  const token = async (username) =>
    (await signInOverHttp({ issuer: idp.issuer, redirectUri: `${origin}/`, username, clientId: intranetClientId })).access_token;
  // Demo organisations with internal vacancies; the HR colleague works where the employee does.
  const env = {
    ...process.env,
    MOBILITY_CONFORMANCE_TOKEN_EMPLOYEE: await token('medewerker@hu.example'),
    MOBILITY_CONFORMANCE_TOKEN_OTHER_ORG: await token('medewerker@hr.example'),
    MOBILITY_CONFORMANCE_TOKEN_HR: await token('hr@hu.example'),
  };
  const cli = spawn(process.execPath, [join(root, 'packages/conformance/dist/cli.js'), server.url, ...process.argv.slice(2)], { stdio: 'inherit', env });
  code = await new Promise((done) => cli.on('close', (exitCode) => done(exitCode ?? 2)));
} finally {
  await server.close();
}
process.exit(code);
