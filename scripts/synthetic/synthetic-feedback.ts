/**
 * Synthetic feedback and petitions (phản ánh, kiến nghị) for demos and scale tests: each one's life
 * decided step by step by the domain's own feedback decider on the civil-service calendar, with the
 * proportions a provincial unit sees (mostly about procedures, mostly answered on time and accepted).
 */
import {
  WorkingCalendar,
  civilServiceCalendarConfig,
  decideFeedback,
  evolveFeedback,
  feedbackStreamId,
  formatFeedbackCode,
  initialFeedbackState,
  nextFeedbackDeadline,
  type Actor,
  type FeedbackCommand,
  type FeedbackEvent,
  type FeedbackState,
} from '@motcua/domain';
import { nameBasedUuid, type NewEvent } from '@motcua/store';

/** A feedback command before its instant is chosen (distributive over the union). */
type CommandWithoutInstant = FeedbackCommand extends infer C
  ? C extends FeedbackCommand
    ? Omit<C, 'at'>
    : never
  : never;

const CALENDAR = new WorkingCalendar(civilServiceCalendarConfig());
const DAY_MINUTES = 8 * 60;
const officer: Actor = { id: 'officer-synthetic', role: 'officer' };
const sender: Actor = { id: 'sender', role: 'applicant' };

export interface SyntheticFeedbackOptions {
  readonly count: number;
  readonly random: () => number;
  readonly agencies: readonly string[];
  readonly from: Date;
  readonly to: Date;
  readonly now: Date;
  /** Dossier codes feedback may name (about one in three does). */
  readonly dossierCodes: readonly string[];
  readonly firstNumber?: number;
}

export function* syntheticFeedback(
  options: SyntheticFeedbackOptions,
): Generator<{ streamId: string; events: NewEvent[] }> {
  const rand = options.random;
  const span = options.to.getTime() - options.from.getTime();
  for (let i = 0; i < options.count; i++) {
    const agency = options.agencies[Math.floor(options.agencies.length * rand() ** 1.6)];
    const receivedAt = CALENDAR.nextWorkingInstant(new Date(options.from.getTime() + rand() * span));
    const code = formatFeedbackCode(agency, receivedAt, (options.firstNumber ?? 1) + i);
    const named = options.dossierCodes.filter((c) => c.startsWith(`${agency}-`));
    const dossierCode = named.length > 0 && rand() < 0.35 ? named[Math.floor(rand() * named.length)] : undefined;
    const events = feedbackLife(rand, code, agency, receivedAt, options.now, dossierCode);
    yield {
      streamId: feedbackStreamId(code),
      events: events.map((event, v) => ({
        eventId: nameBasedUuid(`synthetic:${code}:${v}`),
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: { actorId: 'synthetic', actorRole: 'system', agencyCode: agency, correlationId: `feedback-${code}` },
        occurredAt: event.data.at,
      })),
    };
  }
}

/** One feedback's life: commands decided in turn, the overdue timer where its due instant passes first. */
function feedbackLife(
  rand: () => number,
  code: string,
  agency: string,
  receivedAt: Date,
  now: Date,
  dossierCode: string | undefined,
): FeedbackEvent[] {
  let state: FeedbackState = initialFeedbackState();
  const events: FeedbackEvent[] = [];
  /** Applies a command at `at` unless it lies after `now`; the due instant's timer fires first when earlier. */
  const act = (at: Date, command: CommandWithoutInstant): boolean => {
    if (at > now) return false;
    timerUntil(at);
    record({ ...command, at: at.toISOString() } as FeedbackCommand);
    return true;
  };
  /** The engine's overdue fact, if the due instant passed by `at`. */
  const timerUntil = (at: Date) => {
    const deadline = nextFeedbackDeadline(state);
    if (deadline && Date.parse(deadline.at) <= at.getTime())
      record({ type: deadline.command, at: deadline.at, actor: officer });
  };
  const record = (command: FeedbackCommand) => {
    for (const event of decideFeedback(command, state, { calendar: CALENDAR })) {
      events.push(event);
      state = evolveFeedback(state, event);
    }
  };
  const later = (from: Date, workingDays: number) =>
    CALENDAR.addWorkingMinutes(from, Math.round(workingDays * DAY_MINUTES));
  act(receivedAt, {
    type: 'ReceiveFeedback',
    actor: officer,
    feedbackCode: code,
    agencyCode: agency,
    channel: rand() < 0.5 ? 'online' : rand() < 0.5 ? 'desk' : 'public',
    sender: { name: 'Người phản ánh mô phỏng' },
    subject: 'Phản ánh mô phỏng',
    content: 'Nội dung phản ánh mô phỏng.',
    dossierCode,
  });
  const classified = later(receivedAt, 0.5);
  if (!act(classified, { type: 'ClassifyFeedback', actor: officer, category: rand() < 0.75 ? 'procedure' : 'staff' }))
    return events;
  act(classified, { type: 'AssignFeedback', actor: officer, assigneeId: officer.id });
  // 85 % answered within the ten working days, 10 % late, 5 % not yet.
  const fate = rand();
  if (fate >= 0.95) {
    timerUntil(now);
    return events;
  }
  const answeredAt = later(receivedAt, fate < 0.85 ? 1 + rand() * 8 : 11 + rand() * 5);
  if (!act(answeredAt, { type: 'AnswerFeedback', actor: officer, answer: 'Trả lời mô phỏng.' })) return events;
  const publishedAt = later(answeredAt, 0.2);
  if (!act(publishedAt, { type: 'PublishFeedbackAnswer', actor: officer })) return events;
  const ratedAt = later(publishedAt, 1 + rand() * 3);
  const unsatisfied = rand() < 0.1;
  if (rand() < 0.8)
    act(ratedAt, { type: 'RateFeedbackAnswer', actor: sender, rating: unsatisfied ? 'unsatisfied' : 'satisfied' });
  if (unsatisfied && rand() < 0.5)
    act(later(ratedAt, 1), { type: 'RaiseFeedbackAgain', actor: sender, reason: 'Chưa thỏa đáng' });
  return events;
}
