import type { DataSource } from 'typeorm';
import { civilServiceCalendarConfig } from '@motcua/domain';
import { CatalogueStore, EventStore } from '@motcua/store';
import { agencyCodes, syntheticDossiers, syntheticProcedures, type SyntheticOptions } from './synthetic-dossiers';

/**
 * Appends synthetic dossiers through the event store, a thousand streams per statement, after
 * seeding their catalogue (procedures and unit calendars, as events too). Returns the events written.
 */
export async function loadSyntheticDossiers(
  db: DataSource,
  options: SyntheticOptions,
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
  for (const dossier of syntheticDossiers(options)) {
    batch.push(dossier);
    if (batch.length === 1000) await flush();
  }
  await flush();
  return events;
}
