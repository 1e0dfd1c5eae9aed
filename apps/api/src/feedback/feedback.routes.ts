import type { Role } from '../auth/principal';
import { feedbackBody, feedbackPageBody, publicFeedbackBody } from '../openapi/response-bodies';
import { dossierQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';
import {
  feedbackCommandBodies,
  feedbackListQuery,
  publicFeedbackBodies,
  publicFeedbackQuery,
  publicFeedbackSchema,
  receiveFeedbackSchema,
  type FeedbackCommandRoute,
  type PublicFeedbackRoute,
} from './feedback.schemas';

const HANDLERS: Role[] = ['officer', 'leader'];
const READERS: Role[] = ['officer', 'leader', 'supervisor'];

const EXAMPLE = {
  agencyCode: 'STP-KH',
  sender: { name: 'Trần Thị Bình', phone: '0905000111' },
  subject: 'Chậm trả kết quả',
  content: 'Hồ sơ của tôi đã quá hạn mà chưa được trả kết quả.',
};

const COMMANDS: Record<FeedbackCommandRoute, { summary: string; roles: Role[]; example: unknown }> = {
  classify: {
    summary: 'Classify the feedback: about a procedure (TTHC) or about staff (cán bộ)',
    roles: HANDLERS,
    example: { category: 'staff' },
  },
  assign: {
    summary: 'Assign the feedback to the officer who will answer it',
    roles: HANDLERS,
    example: { assigneeId: 'officer-1' },
  },
  extend: {
    summary: 'Extend the answer’s deadline once, with a reason, before it passes (a leader)',
    roles: ['leader'],
    example: { reason: 'Cần xác minh với cơ quan phối hợp' },
  },
  answer: {
    summary: 'Answer in writing (the assignee, or a leader)',
    roles: HANDLERS,
    example: { answer: 'Cơ quan đã kiểm tra và trả kết quả ngày 12/3.' },
  },
  publish: { summary: 'Publish the answer (công khai): the sender may then rate it', roles: HANDLERS, example: {} },
};

/** Route (and operation) names: `feedbackClassify`, …; `publicFeedbackRaiseAgain`, …. */
export function feedbackRouteName<R extends FeedbackCommandRoute>(route: R): `feedback${Capitalize<R>}` {
  return `feedback${route[0].toUpperCase()}${route.slice(1)}` as `feedback${Capitalize<R>}`;
}
export function publicFeedbackRouteName(
  route: PublicFeedbackRoute,
): 'publicFeedbackRating' | 'publicFeedbackRaiseAgain' {
  return route === 'rating' ? 'publicFeedbackRating' : 'publicFeedbackRaiseAgain';
}

export const FEEDBACK_COMMAND_ROUTES = Object.fromEntries(
  (Object.keys(COMMANDS) as FeedbackCommandRoute[]).map((name) => [
    feedbackRouteName(name),
    {
      method: 'POST',
      path: `/feedback/{feedbackCode}/${name}`,
      summary: COMMANDS[name].summary,
      tag: 'feedback',
      roles: COMMANDS[name].roles,
      scope: 'feedback',
      status: 200,
      body: feedbackCommandBodies[name],
      responseBody: feedbackBody,
      example: COMMANDS[name].example,
    } satisfies RouteSpec,
  ]),
) as unknown as Record<ReturnType<typeof feedbackRouteName>, RouteSpec>;

const PUBLIC_COMMANDS: Record<PublicFeedbackRoute, { summary: string; example: unknown }> = {
  rating: {
    summary: 'The sender rates the published answer (satisfied or not), with the key',
    example: { rating: 'satisfied' },
  },
  'raise-again': {
    summary: 'The sender raises the feedback again after the published answer, with the key and a reason',
    example: { reason: 'Câu trả lời chưa giải quyết được vấn đề.' },
  },
};

export const PUBLIC_FEEDBACK_COMMAND_ROUTES = Object.fromEntries(
  (Object.keys(PUBLIC_COMMANDS) as PublicFeedbackRoute[]).map((name) => [
    publicFeedbackRouteName(name),
    {
      method: 'POST',
      path: `/public/feedback/{feedbackCode}/${name}`,
      summary: PUBLIC_COMMANDS[name].summary,
      tag: 'public',
      roles: 'public',
      scope: 'none',
      status: 200,
      body: publicFeedbackBodies[name],
      query: publicFeedbackQuery,
      responseBody: publicFeedbackBody,
      rateLimited: true,
      example: PUBLIC_COMMANDS[name].example,
    } satisfies RouteSpec,
  ]),
) as unknown as Record<ReturnType<typeof publicFeedbackRouteName>, RouteSpec>;

/** Feedback and petitions (phản ánh, kiến nghị): receipt, the officers' list and commands, the public page's. */
export const FEEDBACK_ROUTES = {
  receiveFeedback: {
    method: 'POST',
    path: '/feedback',
    summary: 'Receive feedback at the desk (an officer) or through the applicant’s account',
    tag: 'feedback',
    roles: ['officer', 'applicant'],
    scope: 'agency',
    status: 201,
    body: receiveFeedbackSchema,
    responseBody: feedbackBody,
    example: EXAMPLE,
  },
  feedbackList: {
    method: 'GET',
    path: '/feedback',
    summary: 'Feedback of the caller’s agencies, nearest due first',
    tag: 'feedback',
    roles: READERS,
    scope: 'agency',
    status: 200,
    query: feedbackListQuery,
    responseBody: feedbackPageBody,
  },
  feedback: {
    method: 'GET',
    path: '/feedback/{feedbackCode}',
    summary:
      'One feedback, with its rounds, answers and the commands the caller may send now; `atLeast`: a version the caller has seen',
    tag: 'feedback',
    roles: READERS,
    scope: 'feedback',
    status: 200,
    query: dossierQuery,
    responseBody: feedbackBody,
  },
  ...FEEDBACK_COMMAND_ROUTES,
  publicFeedbackReceipt: {
    method: 'POST',
    path: '/public/feedback',
    summary: 'Anyone raises feedback (no account; rate-limited); the answer gives its code and lookup key',
    tag: 'public',
    roles: 'public',
    scope: 'none',
    status: 201,
    body: publicFeedbackSchema,
    responseBody: feedbackBody,
    rateLimited: true,
    example: EXAMPLE,
  },
  publicFeedback: {
    method: 'GET',
    path: '/public/feedback/{feedbackCode}',
    summary: 'Where the feedback stands and its published answers, by its lookup key',
    tag: 'public',
    roles: 'public',
    scope: 'none',
    status: 200,
    query: publicFeedbackQuery,
    responseBody: publicFeedbackBody,
    rateLimited: true,
  },
  ...PUBLIC_FEEDBACK_COMMAND_ROUTES,
} as const satisfies Record<string, RouteSpec>;
