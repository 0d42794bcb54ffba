import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { problemTypes, Slug, type Role } from '@mobility-kit/contract';
import { ProblemError } from '../problems.js';

/**
 * How an institution's claims (eduPerson and SCHAC attributes from SURFconext, or whatever its
 * provider sends) become a mobility-kit organisation and role. Set with `MOBILITY_CLAIMS`: a path
 * to a JSON file, or the JSON itself.
 *
 * @example
 * {
 *   "organisation": { "claim": "schac_home_organization", "map": { "hu.nl": "hogeschool-utrecht" } },
 *   "roles": {
 *     "hr":       { "claim": "eduperson_entitlement", "anyOf": ["urn:mace:surf.nl:mobility:hr"] },
 *     "employee": { "claim": "eduperson_affiliation", "anyOf": ["employee", "staff", "faculty"] }
 *   }
 * }
 */

const claimName = z.string().check(z.minLength(1, 'must name a claim'), z.maxLength(200));

/** A role is granted when the claim (a string or an array of strings) holds any of these values, exactly. */
const RoleRule = z.strictObject({
  claim: claimName,
  anyOf: z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.minLength(1, 'must list at least one value')),
});

const OrganisationRule = z
  .strictObject({
    claim: claimName,
    /** Claim value (e.g. a SCHAC home organisation domain, compared without regard to case) → organisation id. */
    map: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(253)), Slug)),
  })
  .check(
    z.superRefine((rule, ctx) => {
      const seen = new Map<string, string>();
      for (const [key, id] of Object.entries(rule.map ?? {})) {
        const folded = key.trim().toLowerCase();
        const earlier = seen.get(folded);
        if (earlier !== undefined && earlier !== id) {
          ctx.addIssue({ code: 'custom', message: `"${key}" is listed twice (case does not count) with different organisations`, path: ['map', key], input: rule });
        }
        seen.set(folded, id);
      }
    }),
  );

export const ClaimsMapping = z.strictObject({
  organisation: OrganisationRule,
  roles: z
    .strictObject({ admin: z.optional(RoleRule), hr: z.optional(RoleRule), employee: z.optional(RoleRule) })
    .check(z.refine((roles) => Object.values(roles).some(Boolean), { message: 'must define at least one of admin, hr and employee' })),
});
export type ClaimsMapping = z.infer<typeof ClaimsMapping>;

/** The claims setting is unreadable or invalid; the message names the field and what is wrong. */
export class ClaimsMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimsMappingError';
  }
}

/** Strongest first: a caller matching several rules gets the strongest role. */
const rolePrecedence: readonly Role[] = ['admin', 'hr', 'employee'];

/**
 * Validate a claims mapping given as a value (from `buildServer` options or parsed JSON). Throws
 * {@link ClaimsMappingError} naming every invalid field, e.g. `roles.hr.anyOf: must list at least one value`.
 */
export function parseClaimsMapping(value: unknown, source = 'The claims mapping'): ClaimsMapping {
  const parsed = z.safeParse(ClaimsMapping, value, { error: describeIssue });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
  throw new ClaimsMappingError(`${source} is invalid: ${problems.join('; ')}.`);
}

/** Plain words for what is wrong, where a schema gives no message of its own. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_format':
      return 'must be an organisation id (lower-case letters and digits, separated by single hyphens)';
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${String(issue.minimum)} entries`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'entries'} long`;
    default:
      return undefined;
  }
}

/** `roles.hr.anyOf`, `organisation.map["hu.nl"]`, `roles.hr.anyOf[0]`. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      return /^[A-Za-z_$][\w$]*$/.test(name) ? `${index === 0 ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/**
 * Read `MOBILITY_CLAIMS`: the JSON itself when it starts with `{`, else a path to a JSON file
 * (relative to the working directory). Throws {@link ClaimsMappingError} for an unreadable file,
 * invalid JSON or an invalid mapping.
 */
export function loadClaimsMapping(setting: string, readFile: (path: string) => string = (path) => readFileSync(path, 'utf8')): ClaimsMapping {
  const trimmed = setting.trim();
  const inline = trimmed.startsWith('{');
  const source = inline ? 'MOBILITY_CLAIMS' : `MOBILITY_CLAIMS (${trimmed})`;
  let text: string;
  if (inline) {
    text = trimmed;
  } else {
    try {
      text = readFile(trimmed);
    } catch (error) {
      throw new ClaimsMappingError(`${source} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClaimsMappingError(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return parseClaimsMapping(json, source);
}

/** A claim by exact name, else by dotted path into nested objects (e.g. `realm_access.roles`). */
export function readClaim(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The string values of a claim that is a string or an array (other entries ignored). */
function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = readClaim(claims, name);
  return (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
}

function forbidden(detail: string): ProblemError {
  return new ProblemError({ type: problemTypes.forbidden, title: 'Forbidden', status: 403, detail });
}

/**
 * The organisation and role a verified token's claims map to. A token that maps to no
 * organisation or no role is a 403 saying which: the sign-in worked, the account is not one this
 * server serves.
 */
export function mapClaims(claims: Readonly<Record<string, unknown>>, mapping: ClaimsMapping): { organisation: string; role: Role } {
  const rule = mapping.organisation;
  const values = claimValues(claims, rule.claim);
  let organisations: string[];
  if (rule.map) {
    const table = new Map(Object.entries(rule.map).map(([key, id]) => [key.trim().toLowerCase(), id]));
    organisations = values.map((value) => table.get(value.trim().toLowerCase())).filter((id): id is string => id !== undefined);
  } else {
    organisations = values.filter((value) => Slug.safeParse(value).success);
  }
  const distinct = [...new Set(organisations)];
  if (distinct.length === 0) throw forbidden(`Your account's organisation (${rule.claim}) is not taking part in mobility-kit.`);
  if (distinct.length > 1) throw forbidden(`Your account names more than one organisation (${rule.claim}); mobility-kit cannot tell which one is yours.`);

  for (const role of rolePrecedence) {
    const roleRule = mapping.roles[role];
    if (roleRule && claimValues(claims, roleRule.claim).some((value) => roleRule.anyOf.includes(value))) {
      return { organisation: distinct[0]!, role };
    }
  }
  const checked = [...new Set(rolePrecedence.flatMap((role) => mapping.roles[role]?.claim ?? []))].join(', ');
  throw forbidden(`Your account has no role for mobility-kit (${checked}).`);
}
