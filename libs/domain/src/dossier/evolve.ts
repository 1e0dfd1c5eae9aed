import type { DossierEvent } from './events';
import { initialState, type DossierState } from './state';
import { STATUS } from './vocabulary';

/** Folds one event into the state. Total: every event type is handled (exhaustive switch). */
export function evolve(state: DossierState, event: DossierEvent): DossierState {
  const next = { ...applyEvent(state, event), lastEventAt: event.data.at, version: state.version + 1 };
  return next;
}

function applyEvent(state: DossierState, event: DossierEvent): DossierState {
  switch (event.type) {
    case 'DossierSubmitted': {
      const d = event.data;
      return {
        ...state,
        dossierCode: d.dossierCode,
        agencyCode: d.agencyCode,
        channel: d.channel,
        procedure: d.procedure,
        ruleSetId: d.ruleSetId,
        status: STATUS.submitted,
        submittedAt: d.at,
        acceptanceDeadline: d.acceptanceDeadline,
      };
    }
    case 'DossierAccepted':
      return {
        ...state,
        status: STATUS.accepted,
        acceptedAt: event.data.at,
        acceptedLate: event.data.late,
        dueAt: event.data.dueAt,
        originalDueAt: state.originalDueAt ?? event.data.dueAt,
      };
    case 'AcceptanceWindowBreached':
      return { ...state, acceptanceWindowBreached: true };
  }
}

/** The state after a whole stream of events. */
export function foldEvents(events: readonly DossierEvent[], from: DossierState = initialState()): DossierState {
  return events.reduce(evolve, from);
}
