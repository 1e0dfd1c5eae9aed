import { ApplicationFailure } from '@temporalio/activity';
import type { DossierEvent, FeedbackEvent } from '@motcua/domain';
import { type EventStore, InconsistentRetry, type StoredEvent, WrongExpectedVersion } from '@motcua/store';
import type {
  AppendedEvents,
  DossierActivities,
  EventsToAppend,
  FeedbackActivities,
  RecordedEvent,
  StreamEvent,
} from '@motcua/workflows/activities';

/** The dossier workflow's activities, bound to an event store and the issuer of papers. */
export function createDossierActivities(
  store: EventStore,
  issueSlip: DossierActivities['issueSlip'],
): DossierActivities {
  const stream = streamActivities<DossierEvent>(store);
  return { appendDossierEvents: stream.append, loadDossierEvents: stream.load, issueSlip };
}

/** The feedback workflow's activities, bound to an event store. */
export function createFeedbackActivities(store: EventStore): FeedbackActivities {
  const stream = streamActivities<FeedbackEvent>(store);
  return { appendFeedbackEvents: stream.append, loadFeedbackEvents: stream.load };
}

/** Append and load of a stream one workflow writes (the workflow is its only writer). */
function streamActivities<E extends StreamEvent>(store: EventStore) {
  const storedAfter = async (streamId: string, version: number): Promise<RecordedEvent<E>[]> =>
    (await store.readStream(streamId)).filter((e) => e.streamVersion > version).map((e) => recorded<E>(e));
  return {
    async append(input: EventsToAppend<E>): Promise<AppendedEvents<E>> {
      const eventIds = input.events.map((e) => e.eventId);
      try {
        const result = await store.append(
          input.streamId,
          input.expectedVersion,
          input.events.map(({ eventId, event }) => ({
            eventId,
            type: event.type,
            data: event.data as Record<string, unknown>,
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
    async load(streamId: string): Promise<readonly RecordedEvent<E>[]> {
      return storedAfter(streamId, 0);
    },
  };
}

function recorded<E extends StreamEvent>(stored: StoredEvent): RecordedEvent<E> {
  return {
    event: { type: stored.type, data: stored.data } as unknown as E,
    causationId: stored.metadata.causationId,
  };
}
