import { ApplicationFailure } from '@temporalio/activity';
import type { DossierEvent } from '@motcua/domain';
import { type EventStore, InconsistentRetry, type StoredEvent, WrongExpectedVersion } from '@motcua/store';
import type { DossierActivities, EventsToAppend, RecordedEvent } from '@motcua/workflows/activities';

/** The dossier workflow's activities, bound to an event store and the issuer of papers. */
export function createDossierActivities(
  store: EventStore,
  issueSlip: DossierActivities['issueSlip'],
): DossierActivities {
  const storedAfter = async (streamId: string, version: number): Promise<RecordedEvent[]> =>
    (await store.readStream(streamId)).filter((e) => e.streamVersion > version).map(recorded);
  return {
    async appendDossierEvents(input: EventsToAppend) {
      const eventIds = input.events.map((e) => e.eventId);
      try {
        const result = await store.append(
          input.streamId,
          input.expectedVersion,
          input.events.map(({ eventId, event }) => ({
            eventId,
            type: event.type,
            data: event.data,
            occurredAt: event.data.at,
            metadata: input.metadata,
          })),
        );
        if (!result.duplicate) return { ...result, eventIds };
        return { ...result, eventIds, stored: await storedAfter(input.streamId, input.expectedVersion) };
      } catch (error) {
        // The workflow is the stream's only writer, but a workflow task can append and then be lost
        // (Temporal down before it recorded the task): the store is then ahead, and the workflow
        // catches up on what it holds rather than failing.
        if (error instanceof WrongExpectedVersion && error.actual > input.expectedVersion) {
          const stored = await storedAfter(input.streamId, input.expectedVersion);
          return { version: error.actual, duplicate: false, eventIds, stored };
        }
        // Behind what the workflow already folded, or a half-stored retry: a bug. Fail loudly.
        if (error instanceof WrongExpectedVersion || error instanceof InconsistentRetry) {
          throw ApplicationFailure.nonRetryable(error.message, error.name);
        }
        throw error;
      }
    },
    async loadDossierEvents(streamId: string) {
      return storedAfter(streamId, 0);
    },
    issueSlip,
  };
}

function recorded(stored: StoredEvent): RecordedEvent {
  return {
    event: { type: stored.type, data: stored.data } as DossierEvent,
    causationId: stored.metadata.causationId,
  };
}
