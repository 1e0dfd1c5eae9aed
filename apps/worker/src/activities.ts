import { ApplicationFailure } from '@temporalio/activity';
import { type EventStore, InconsistentRetry, WrongExpectedVersion } from '../../../libs/store/src';
import type { DossierActivities, EventsToAppend } from '../../../workflows/src/activities';

/** The dossier workflow's activities, bound to an event store. */
export function createDossierActivities(store: EventStore): DossierActivities {
  return {
    async appendDossierEvents(input: EventsToAppend) {
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
        return { ...result, eventIds: input.events.map((e) => e.eventId) };
      } catch (error) {
        // The workflow is the stream's only writer: a version conflict or a half-stored retry means
        // something else wrote to it. Retrying cannot help; fail loudly with the cause.
        if (error instanceof WrongExpectedVersion || error instanceof InconsistentRetry) {
          throw ApplicationFailure.nonRetryable(error.message, error.name);
        }
        throw error;
      }
    },
  };
}
