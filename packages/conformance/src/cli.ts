#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { formatReport, runConformance } from './index.js';

const usage = `Usage: mobility-kit-conformance <baseUrl> [options]

Checks a server against the mobility-kit API contract with GET requests only.

Options:
  --token-employee <token>   an employee of an organisation with internal vacancies
  --token-other-org <token>  an employee of another organisation
  --token-hr <token>         an HR colleague (checks the HR routes)
  --page-limit <n>           page size of the pagination walks (default 5)
  --json                     print the report as JSON
  -h, --help                 show this help

Tokens can also come from MOBILITY_CONFORMANCE_TOKEN_EMPLOYEE, _OTHER_ORG and _HR,
which keeps them out of the process list. Exit code: 0 all checks passed or skipped,
1 a check failed, 2 the command was used wrongly or the server could not be reached.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'token-employee': { type: 'string' },
        'token-other-org': { type: 'string' },
        'token-hr': { type: 'string' },
        'page-limit': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`Expected exactly one base URL.\n\n${usage}\n`);
    return 2;
  }
  const env = process.env;
  const employee = values['token-employee'] ?? env.MOBILITY_CONFORMANCE_TOKEN_EMPLOYEE;
  const otherOrganisation = values['token-other-org'] ?? env.MOBILITY_CONFORMANCE_TOKEN_OTHER_ORG;
  const hr = values['token-hr'] ?? env.MOBILITY_CONFORMANCE_TOKEN_HR;
  const pageLimit = values['page-limit'] === undefined ? undefined : Number(values['page-limit']);
  try {
    const report = await runConformance({
      baseUrl: positionals[0]!,
      tokens: { ...(employee ? { employee } : {}), ...(otherOrganisation ? { otherOrganisation } : {}), ...(hr ? { hr } : {}) },
      ...(pageLimit === undefined ? {} : { pageLimit }),
    });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    if (report.results.length > 0 && report.results.every((r) => r.status !== 'pass') && report.results.some((r) => /fetch failed|ECONNREFUSED/.test(r.reason ?? ''))) {
      process.stderr.write(`Could not reach ${positionals[0]}.\n`);
      return 2;
    }
    return report.ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
