import * as z from 'zod/mini';
import { Organisation, OrganisationList, OrganisationRef } from './organisation.js';
import { InvalidParam, Problem, problemMediaType } from './problem.js';
import { idempotencyKeyHeader, idempotencyKeyLifetimeHours, idempotencyKeyPattern, idempotentReplayedHeader } from './idempotency.js';
import { routes, type RouteDefinition } from './routes.js';
import { DevTokenRequest, DevTokenResponse, Health } from './system.js';
import { Story, StoryCallToAction, StoryConsent, StoryConsentGrant, StoryConsentWithdrawal, StoryCreate, StoryPage, StoryPhoto, StoryRecord, StoryRecordPage, StoryUpdate } from './stories.js';
import { UsageEvent, UsageEventAccepted } from './events.js';
import { CalculatorParameterOverrides, HrRegulations, Regulations, RegulationsChange, RegulationsRevision, RegulationsUpdate } from './regulations.js';
import { HoursPerWeek, HrVacancy, HrVacancyPage, Location, Priority, PublicationStage, Salary, Vacancy, VacancyCreate, vacancyCreateIdDescription, VacancyPage, VacancySource, VacancyUpdate } from './vacancy.js';
import { ImportReport, ImportSkip, JobPosting } from './feeds.js';
import { FeedRun, FeedRunList, FeedSource, FeedSourceDeleted, FeedSourceInput, FeedSourceList } from './feed-sources.js';
import { MediaUploaded } from './media.js';
import { BenchmarkExport, CaseImportProblem, CaseImportResult, CasePage, CaseRecord, CaseUpdate, CsvRowError, DisclosureRules, Insights, InsightsCell, InsightsRow } from './insights.js';

/** Version of the contract; bumped with the `@mobility-kit/contract` package. */
export const contractVersion = '0.1.0';

type JsonObject = Record<string, unknown>;

/** Schemas that get a name under `components.schemas`; everything else is inlined. */
const named: Record<string, z.ZodMiniType> = {
  Vacancy,
  VacancyPage,
  VacancyCreate,
  VacancyUpdate,
  HrVacancy,
  HrVacancyPage,
  HoursPerWeek,
  Salary,
  Location,
  PublicationStage,
  Priority,
  VacancySource,
  Organisation,
  OrganisationRef,
  OrganisationList,
  Problem,
  InvalidParam,
  Health,
  DevTokenRequest,
  DevTokenResponse,
  Story,
  StoryPage,
  StoryPhoto,
  StoryCallToAction,
  StoryRecord,
  StoryRecordPage,
  StoryConsent,
  StoryConsentGrant,
  StoryConsentWithdrawal,
  StoryCreate,
  StoryUpdate,
  UsageEvent,
  UsageEventAccepted,
  Regulations,
  RegulationsUpdate,
  CalculatorParameterOverrides,
  // `CaseCreate` is the same schema object as `CaseRecord`; a schema carries one name, so only
  // `CaseRecord` is listed (listing both made the last one win and left a dangling component).
  CaseRecord,
  CaseUpdate,
  CasePage,
  CsvRowError,
  CaseImportResult,
  CaseImportProblem,
  InsightsCell,
  InsightsRow,
  DisclosureRules,
  Insights,
  BenchmarkExport,
  ImportReport,
  ImportSkip,
  JobPosting,
  HrRegulations,
  RegulationsRevision,
  RegulationsChange,
  FeedSource,
  FeedSourceList,
  FeedSourceInput,
  FeedSourceDeleted,
  FeedRun,
  FeedRunList,
  MediaUploaded,
};

/**
 * Descriptions of properties, added to the generated components here rather than with
 * `z.describe` on the schemas: that would pull zod's registry code into every browser bundle.
 */
const propertyDescriptions: ReadonlyArray<readonly [component: keyof typeof named, property: string, description: string]> = [
  ['VacancyCreate', 'id', vacancyCreateIdDescription],
];

function registry() {
  const reg = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) reg.add(schema, { id });
  return reg;
}

const refUri = (id: string) => `#/components/schemas/${id}`;

function toSchema(schema: z.ZodMiniType, io: 'input' | 'output', reg: ReturnType<typeof registry>): JsonObject {
  const id = reg.get(schema)?.id;
  if (id) return { $ref: refUri(id) };
  // `uri` is honoured for single schemas too (it is how `metadata` ids become $refs), though the
  // typings list it only for registries; a variable avoids the excess-property check.
  const options = { metadata: reg, uri: refUri, io, target: 'draft-2020-12' as const, unrepresentable: 'throw' as const };
  const out = z.toJSONSchema(schema, options) as JsonObject;
  delete out.$schema;
  return out;
}

function parameters(route: RouteDefinition, reg: ReturnType<typeof registry>): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [location, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    for (const [name, prop] of Object.entries(schema.def.shape as Record<string, z.ZodMiniType>)) {
      const optional = prop._zod.optin === 'optional';
      const inner = optional && 'innerType' in prop._zod.def ? (prop._zod.def.innerType as z.ZodMiniType) : prop;
      out.push({ name, in: location, required: location === 'path' || !optional, schema: toSchema(inner, 'input', reg) });
    }
  }
  return out;
}

/**
 * A binary answer (a list of media types: an image) has no JSON schema: per OpenAPI 3.1 its
 * content is described by `contentMediaType`, one entry per type it may be.
 */
function responseContent(route: RouteDefinition, schema: z.ZodMiniType, reg: ReturnType<typeof registry>): JsonObject {
  const mediaType = route.responseMediaType ?? 'application/json';
  if (typeof mediaType !== 'string') {
    return Object.fromEntries(mediaType.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
  }
  return { [mediaType]: { schema: toSchema(schema, 'output', reg) } };
}

/**
 * A `multipart/form-data` body: each file part is a string with `contentMediaType`
 * `application/octet-stream` (OpenAPI 3.1's binary part; zod's `format: binary` is OpenAPI 3.0's),
 * its size limit kept as a description since JSON Schema has no keyword for bytes.
 */
function requestContent(route: RouteDefinition, body: z.ZodMiniType, reg: ReturnType<typeof registry>): JsonObject {
  const mediaType = route.bodyMediaType ?? 'application/json';
  const schema = toSchema(body, 'input', reg);
  if (mediaType === 'multipart/form-data') {
    for (const property of Object.values((schema.properties ?? {}) as Record<string, JsonObject>)) {
      if (property.format !== 'binary') continue;
      const { format: _format, contentEncoding: _encoding, maxLength, ...rest } = property;
      for (const key of Object.keys(property)) delete property[key];
      Object.assign(property, rest, { contentMediaType: 'application/octet-stream' }, maxLength === undefined ? {} : { description: `At most ${String(maxLength)} bytes.` });
    }
  }
  return { [mediaType]: { schema } };
}

/** The OpenAPI 3.1 document of the contract, generated from the zod schemas and the route table. */
export function buildOpenApiDocument(): JsonObject {
  const reg = registry();
  const paths: Record<string, JsonObject> = {};
  for (const route of Object.values(routes) as RouteDefinition[]) {
    const responses: JsonObject = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] = { description: status.startsWith('2') ? 'Success' : 'See body', content: responseContent(route, schema, reg) };
    }
    for (const status of route.errors) {
      responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
    }
    const retriable = route.method === 'POST';
    if (retriable) {
      // Every POST takes an Idempotency-Key (see idempotency.ts): a replayed answer says so, a key
      // reused for another request is a 422, a repeat while the first is running a 409.
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2')) responses[status] = { ...(response as JsonObject), headers: { [idempotentReplayedHeader]: { $ref: '#/components/headers/IdempotentReplayed' } } };
      }
      responses['409'] ??= { $ref: '#/components/responses/Problem409' };
      responses['422'] = { $ref: '#/components/responses/Problem422' };
    }
    const operation: JsonObject = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [...route.tags],
      parameters: [...parameters(route, reg), ...(retriable ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : [])],
      responses,
    };
    if (route.body) operation.requestBody = { required: true, content: requestContent(route, route.body, reg) };
    // An explicit empty list says "no token needed" to generators and linters alike.
    if (route.auth === 'none') operation.security = [];
    if (route.auth === 'required') operation.security = [{ bearer: [] }];
    if (route.auth === 'optional') operation.security = [{}, { bearer: [] }];
    if (route.devOnly) operation['x-dev-only'] = true;
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  const schemas: Record<string, JsonObject> = {};
  const all = z.toJSONSchema(reg, { uri: refUri, io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' }) as { schemas: Record<string, JsonObject> };
  for (const [id, schema] of Object.entries(all.schemas)) {
    // `$id` is a fragment-only URI here, which JSON Schema 2020-12 forbids; the component key names it.
    const { $schema: _ignored, id: _id, $id: _dollarId, ...rest } = schema;
    schemas[id] = rest;
  }
  for (const [component, property, description] of propertyDescriptions) {
    const target = (schemas[component]?.properties as Record<string, JsonObject> | undefined)?.[property];
    if (!target) throw new Error(`openapi: ${component}.${property} does not exist`);
    target.description = description;
  }
  const problemResponse = (description: string) => ({ description, content: { [problemMediaType]: { schema: { $ref: refUri('Problem') } } } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'mobility-kit API',
      version: contractVersion,
      description:
        'The common contract every mobility-kit back end implements. Errors are RFC 9457 problem documents; lists are cursor-paginated.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters: {
        IdempotencyKey: {
          name: idempotencyKeyHeader,
          in: 'header',
          required: false,
          description: `Names one logical write (a random UUID per write). The first answer is kept for ${idempotencyKeyLifetimeHours} hours per caller; the same request with the same key gets it again instead of writing twice. The same key with another request is a 422; a repeat while the first is still running is a 409. Answers with a 5xx or 429 status are not kept.`,
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: idempotencyKeyPattern.source },
        },
      },
      headers: {
        IdempotentReplayed: {
          description: `\`true\` when this is the kept answer to an earlier request with the same ${idempotencyKeyHeader}.`,
          schema: { type: 'string', enum: ['true'] },
        },
      },
      responses: {
        Problem400: problemResponse('Invalid request: `invalidParams` names each parameter'),
        Problem401: problemResponse('Missing, expired or invalid bearer token'),
        Problem403: problemResponse('The token does not grant this'),
        Problem404: problemResponse('Not found, or not visible to the caller'),
        Problem409: problemResponse('Conflicts with what exists, e.g. an id already in use'),
        Problem413: problemResponse('The request body is too large'),
        Problem415: problemResponse('The request body has a media type this operation does not accept'),
        Problem422: problemResponse('The Idempotency-Key was used before for a different request'),
        Problem429: problemResponse('Too many requests; see Retry-After'),
        Problem503: problemResponse('Temporarily unavailable; see Retry-After'),
      },
    },
  };
}
