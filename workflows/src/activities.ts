/** Activity contracts, implemented in apps/worker; workflows import these as types only. */
import type { DossierEvent } from '../../libs/domain/src';

export interface EventsToAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly { readonly eventId: string; readonly event: DossierEvent }[];
  readonly metadata: {
    readonly actorId: string;
    readonly actorRole: string;
    readonly agencyCode?: string;
    readonly correlationId: string;
    readonly causationId: string;
    /** The command that produced the events. */
    readonly commandType: string;
  };
}

/** Result of an append; the event ids are recorded in the workflow history (local activity marker). */
export interface AppendedEvents {
  readonly version: number;
  readonly duplicate: boolean;
  readonly eventIds: readonly string[];
}

export interface DossierActivities {
  /** Appends events idempotently (event ids chosen by the workflow) with an expected-version check. */
  appendDossierEvents(input: EventsToAppend): Promise<AppendedEvents>;
}
