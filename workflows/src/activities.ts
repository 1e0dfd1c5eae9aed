/** Activity contracts, implemented in apps/worker; workflows import these as types only. */
import type { DossierEvent, FeedbackEvent, IssuedSlip, PendingSlip } from '@motcua/domain';

/** An event of a stream a workflow writes: `data.at` is its business instant. */
export interface StreamEvent {
  readonly type: string;
  readonly data: { readonly at: string };
}

export interface EventsToAppend<E extends StreamEvent = DossierEvent> {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly { readonly eventId: string; readonly event: E }[];
  readonly metadata: {
    readonly actorId: string;
    readonly actorRole: string;
    readonly agencyCode?: string;
    readonly correlationId: string;
    /** The command's id (its Update id) when a person sent it; a fresh id for the engine's own facts. */
    readonly causationId: string;
    /** The command that produced the events. */
    readonly commandType: string;
  };
}

/** A stored event of the workflow's stream, with the id of the command that caused it. */
export interface RecordedEvent<E extends StreamEvent = DossierEvent> {
  readonly event: E;
  readonly causationId?: string;
}

/** Result of an append; the event ids are recorded in the workflow history (local activity marker). */
export interface AppendedEvents<E extends StreamEvent = DossierEvent> {
  readonly version: number;
  readonly duplicate: boolean;
  readonly eventIds: readonly string[];
  /**
   * Present when the stream was not where the workflow expected it: every stored event after the
   * expected version (this append's own on a retried append, or others' stored by a workflow task
   * that was lost before Temporal recorded it). The workflow folds these instead of its own.
   */
  readonly stored?: readonly RecordedEvent<E>[];
}

export interface DossierActivities {
  /** Appends events idempotently (event ids chosen by the workflow) with an expected-version check. */
  appendDossierEvents(input: EventsToAppend): Promise<AppendedEvents>;
  /** Every stored event of a dossier's stream, in order: a new run starts from the store, the source of truth. */
  loadDossierEvents(streamId: string): Promise<readonly RecordedEvent[]>;
  /** Numbers, renders and files a paper an event owes (idempotent: a retry gets the same paper). */
  issueSlip(request: SlipToIssue): Promise<IssuedSlip>;
}

/** A paper owed by the event at `ofVersion` of a dossier's stream. */
export interface SlipToIssue extends PendingSlip {
  readonly streamId: string;
}

/** The feedback workflow's activities: the same idempotent, version-checked append and load as a dossier's. */
export interface FeedbackActivities {
  appendFeedbackEvents(input: EventsToAppend<FeedbackEvent>): Promise<AppendedEvents<FeedbackEvent>>;
  loadFeedbackEvents(streamId: string): Promise<readonly RecordedEvent<FeedbackEvent>[]>;
}
