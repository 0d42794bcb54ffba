import type { ColumnType, Generated, Kysely } from 'kysely';
import type { ContractType, Language, Sector, VacancyKind, Visibility, Workplace } from '@mobility-kit/contract';

/** `date` columns: read and written as `YYYY-MM-DD` strings, never JS `Date`s (no time-zone drift). */
type CalendarDateColumn = string;

/** JSON stored in `jsonb`: written as a JSON string (node-postgres would turn arrays into SQL arrays). */
type JsonColumn<T> = ColumnType<T | null, string | null, string | null>;

export interface SalaryJson {
  scale?: string;
  min?: number;
  max?: number;
  currency: 'EUR';
  period: 'hour' | 'month' | 'year';
}

export interface ContactJson {
  name?: string;
  email?: string;
  phone?: string;
}

export interface SourceJson {
  feed: string;
  url?: string;
  externalId?: string;
  importedAt: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  sector: Sector;
  city: string | null;
  networks: string[];
  website: string | null;
  demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface VacanciesTable {
  id: string;
  organisation_id: string;
  title: string;
  summary: string | null;
  description: string;
  kind: VacancyKind;
  visibility: Visibility;
  unit: string | null;
  city: string;
  pc4: string | null;
  lat: number | null;
  lon: number | null;
  workplace: Workplace;
  hours_min: number;
  hours_max: number;
  salary: JsonColumn<SalaryJson>;
  contract: ContractType;
  date_posted: CalendarDateColumn;
  valid_through: CalendarDateColumn;
  start_date: CalendarDateColumn | null;
  interests: string[];
  skills: string[];
  apply_url: string | null;
  contact: JsonColumn<ContactJson>;
  language: Language;
  source: JsonColumn<SourceJson>;
  status: Generated<'open' | 'closed'>;
  demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SeedStateTable {
  name: string;
  seed_key: string;
  seeded_at: Generated<Date>;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  applied_at: Generated<Date>;
}

/** Every table the server reads or writes, for Kysely's typed queries. */
export interface Tables {
  organisations: OrganisationsTable;
  vacancies: VacanciesTable;
  seed_state: SeedStateTable;
  schema_migrations: SchemaMigrationsTable;
}

export type Db = Kysely<Tables>;
