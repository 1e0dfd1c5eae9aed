import type { DataSource } from 'typeorm';
import { civilServiceCalendarConfig } from '@motcua/domain';
import { CatalogueStore, EventStore } from '@motcua/store';
import { agencyCodes, syntheticDossiers, syntheticProcedures, type SyntheticOptions } from './synthetic-dossiers';
import { syntheticFeedback } from './synthetic-feedback';

/**
 * Appends synthetic dossiers through the event store, a thousand streams per statement, after
 * seeding their catalogue (procedures and unit calendars, as events too), then `feedback` synthetic
 * feedback (some naming those dossiers). Returns the events written.
 */
export async function loadSyntheticDossiers(
  db: DataSource,
  options: SyntheticOptions & { readonly feedback?: number },
  onProgress?: (dossiers: number, events: number) => void,
): Promise<number> {
  await new CatalogueStore(db).seed(
    syntheticProcedures(options.agencies),
    agencyCodes(options.agencies).map((agencyCode, i) => ({
      agencyCode,
      agencyName: `Sở ngành ${i + 1}`,
      calendar: civilServiceCalendarConfig(),
    })),
  );
  const store = new EventStore(db);
  let batch: Parameters<EventStore['startStreams']>[0][number][] = [];
  let dossiers = 0;
  let events = 0;
  const flush = async () => {
    events += await store.startStreams(batch);
    dossiers += batch.length;
    batch = [];
    onProgress?.(dossiers, events);
  };
  const named: string[] = [];
  for (const dossier of syntheticDossiers(options)) {
    batch.push(dossier);
    if (named.length < 5_000 && batch.length % 20 === 0) named.push(dossier.streamId.slice('dossier-'.length));
    if (batch.length === 1000) await flush();
  }
  await flush();
  let seed = options.seed * 7919 + 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const feedback = syntheticFeedback({
    ...options,
    count: options.feedback ?? 0,
    random,
    agencies: agencyCodes(options.agencies),
    dossierCodes: named,
  });
  for (const stream of feedback) {
    batch.push(stream);
    if (batch.length === 1000) await flush();
  }
  await flush();
  return events;
}
