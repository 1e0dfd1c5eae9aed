/** Test fixtures for the feedback decider: a Given/When/Then helper over the dossier fixtures' calendar. */
import { calendar, officer, vn } from '../dossier/dossier.fixtures';
import type { Actor } from '../dossier/vocabulary';
import { decideFeedback } from './decide-feedback';
import type { FeedbackCommand } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import { FeedbackRefusal, type FeedbackRefusalCode } from './feedback-refusal';
import { foldFeedbackEvents, type FeedbackState } from './feedback-state';

export { calendar, officer, vn };
export const leader: Actor = { id: 'leader-1', role: 'leader' };
export const otherOfficer: Actor = { id: 'officer-2', role: 'officer' };
export const sender: Actor = { id: 'public', role: 'applicant' };

/** A feedback received at the desk at `at`, about a dossier. */
export function receiveCommand(at: string, extra: Partial<FeedbackCommand> = {}): FeedbackCommand {
  return {
    type: 'ReceiveFeedback',
    at,
    actor: officer,
    feedbackCode: 'STP-KH-250307-PA000001',
    agencyCode: 'STP-KH',
    channel: 'desk',
    sender: { name: 'Trần Thị Bình', phone: '0905000111' },
    subject: 'Chậm trả kết quả',
    content: 'Hồ sơ của tôi quá hạn mà chưa được trả kết quả.',
    dossierCode: 'STP-KH-250301-000042',
    ...extra,
  } as FeedbackCommand;
}

/** Commands in order from nothing: the events they produce, each decided on the state before it. */
export function historyOf(...commands: FeedbackCommand[]): FeedbackEvent[] {
  const events: FeedbackEvent[] = [];
  for (const command of commands) events.push(...decideFeedback(command, foldFeedbackEvents(events), { calendar }));
  return events;
}

/** Given past events, when a command: then these events (partially matched) or this refusal. */
export function given(past: readonly FeedbackEvent[]) {
  const state = foldFeedbackEvents(past);
  return {
    when(command: FeedbackCommand) {
      const decide = () => decideFeedback(command, state, { calendar });
      return {
        events: decide,
        then(expected: readonly { type: string; data?: Record<string, unknown> }[]): FeedbackState {
          const events = decide();
          expect(events).toMatchObject(expected);
          expect(events).toHaveLength(expected.length);
          return foldFeedbackEvents(events, state);
        },
        thenRefused(code: FeedbackRefusalCode): void {
          expect(decide).toThrow(FeedbackRefusal);
          try {
            decide();
          } catch (error) {
            expect((error as FeedbackRefusal).code).toBe(code);
          }
        },
      };
    },
  };
}
