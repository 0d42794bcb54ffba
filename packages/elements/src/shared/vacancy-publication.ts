import type { Vacancy } from '@mobility-kit/contract';

type Stage = NonNullable<Vacancy['stages']>[number];

const reach = { internal: 0, sector: 1, public: 2 } as const;

/**
 * The next publication stage that opens a vacancy to a wider audience than it has now, if any —
 * what a card shows as "Opent voor iedereen op 15 maart 2026". `today` is a calendar date (`YYYY-MM-DD`).
 */
export function nextWiderStage(vacancy: Pick<Vacancy, 'visibility' | 'stages'>, today: string): Stage | undefined {
  return [...(vacancy.stages ?? [])]
    .filter((stage) => stage.from > today && reach[stage.visibility] > reach[vacancy.visibility])
    .sort((a, b) => a.from.localeCompare(b.from))[0];
}

