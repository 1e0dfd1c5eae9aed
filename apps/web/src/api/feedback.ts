import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from './client';
import type { paths } from './schema';

export type FeedbackView = paths['/feedback/{feedbackCode}']['get']['responses'][200]['content']['application/json'];
export type FeedbackSummary =
  paths['/feedback']['get']['responses'][200]['content']['application/json']['items'][number];
export type PublicFeedbackView =
  paths['/public/feedback/{feedbackCode}']['get']['responses'][200]['content']['application/json'];
export type FeedbackCommand = NonNullable<FeedbackView['allowedCommands']>[number];

/** The officer's command routes, by the command each sends. */
export const FEEDBACK_ROUTES = {
  ClassifyFeedback: '/feedback/{feedbackCode}/classify',
  AssignFeedback: '/feedback/{feedbackCode}/assign',
  ExtendFeedbackDeadline: '/feedback/{feedbackCode}/extend',
  AnswerFeedback: '/feedback/{feedbackCode}/answer',
  PublishFeedbackAnswer: '/feedback/{feedbackCode}/publish',
} as const;
export type OfficerFeedbackCommand = keyof typeof FEEDBACK_ROUTES;

export interface FeedbackFilter {
  readonly stage?: 'handling' | 'answered' | 'published';
  readonly overdue?: boolean;
}

/** The agency's feedback, nearest due first. */
export const useFeedbackList = (filter: FeedbackFilter) =>
  useQuery({
    queryKey: ['feedback', 'list', filter],
    queryFn: () =>
      answerOf(
        api.GET('/feedback', {
          params: {
            query: {
              limit: 200,
              ...(filter.stage ? { stage: filter.stage } : {}),
              ...(filter.overdue !== undefined ? { overdue: filter.overdue ? 'true' : 'false' } : {}),
            },
          },
        }),
      ),
  });

/** The latest version of each feedback this page's own commands produced (the read model may be behind). */
const versionsSeen = new Map<string, number>();

export const useFeedback = (code: string | undefined) =>
  useQuery({
    queryKey: ['feedback', 'one', code],
    enabled: code !== undefined,
    queryFn: () => {
      const atLeast = versionsSeen.get(code!);
      return answerOf(
        api.GET('/feedback/{feedbackCode}', {
          params: { path: { feedbackCode: code! }, query: atLeast === undefined ? {} : { atLeast } },
        }),
      );
    },
  });

/** Sends an officer's command with a key of its own (a retried click is applied once). */
export function sendFeedbackCommand(
  code: string,
  command: OfficerFeedbackCommand,
  body: Record<string, unknown>,
  idempotencyKey: string,
): Promise<FeedbackView> {
  const answer = answerOf(
    api.POST(FEEDBACK_ROUTES[command], {
      params: { path: { feedbackCode: code }, header: { 'Idempotency-Key': idempotencyKey } },
      body: body as never,
    }),
  ) as Promise<FeedbackView>;
  return answer.then((after) => {
    versionsSeen.set(code, Math.max(after.version, versionsSeen.get(code) ?? 0));
    return after;
  });
}
