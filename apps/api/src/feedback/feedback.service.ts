import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  WorkingCalendar,
  agencyOfDossierCode,
  allowedFeedbackCommands,
  decideFeedback,
  initialFeedbackState,
  type Actor,
  type FeedbackChannel,
  type FeedbackPersonCommandType,
  type FeedbackState,
  type WorkingCalendarConfig,
} from '@motcua/domain';
import { FeedbackCodes, FeedbackRecords, type FeedbackSummary } from '@motcua/store';
import type { FeedbackCommandPayload } from '@motcua/workflows/feedback-messages';
import type { Caller } from '../auth/auth.guard';
import { canActFor, type Role } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { LookupKeys } from '../dossiers/lookup-keys';
import { ApiError } from '../errors/api-error';
import type { Idempotency } from '../idempotency/idempotency.interceptor';
import { CLOCK, type Clock } from '../tokens';
import { FeedbackWorkflows, feedbackNotFound } from './feedback-workflows';
import type { FeedbackCommandRoute, FeedbackListQuery, FeedbackReceipt, PublicFeedbackRoute } from './feedback.schemas';

/** The command each route sends. */
const COMMAND_OF: Record<FeedbackCommandRoute | PublicFeedbackRoute, FeedbackPersonCommandType> = {
  classify: 'ClassifyFeedback',
  assign: 'AssignFeedback',
  extend: 'ExtendFeedbackDeadline',
  answer: 'AnswerFeedback',
  publish: 'PublishFeedbackAnswer',
  rating: 'RateFeedbackAnswer',
  'raise-again': 'RaiseFeedbackAgain',
};

/** What each role may send of the commands a state allows (the sender's, by key, are the public routes'). */
const ROLE_COMMANDS: Partial<Record<Role, readonly FeedbackPersonCommandType[]>> = {
  officer: ['ClassifyFeedback', 'AssignFeedback', 'AnswerFeedback', 'PublishFeedbackAnswer'],
  leader: ['ClassifyFeedback', 'AssignFeedback', 'ExtendFeedbackDeadline', 'AnswerFeedback', 'PublishFeedbackAnswer'],
};

/** The sender acting through the public page, identified by the feedback's lookup key. */
const SENDER: Actor = { id: 'sender', role: 'applicant' };
const MAX_CODE_ATTEMPTS = 5;

export type ReceivedFeedback = FeedbackState & { readonly lookupKey: string };
export interface FeedbackPage {
  readonly items: readonly FeedbackSummary[];
  /** Cursor of the next page, when there may be one. */
  readonly next?: string;
}
export type FeedbackView = FeedbackState & { readonly allowedCommands: readonly FeedbackPersonCommandType[] };

/** What the sender and anyone with the key may see: no personal data, the published answers only. */
export interface PublicFeedbackView {
  readonly feedbackCode: string;
  readonly subject: string;
  readonly stage: FeedbackState['stage'];
  readonly receivedAt: string;
  readonly answerDueAt: string;
  readonly answers: readonly { readonly round: number; readonly answer: string; readonly publishedAt: string }[];
  readonly rating?: string;
  readonly allowedCommands: readonly FeedbackPersonCommandType[];
}

/**
 * Feedback and petitions (phản ánh, kiến nghị): receipt (desk, applicant account, public page), the
 * officers' commands and list, and what the sender does with the lookup key.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly workflows: FeedbackWorkflows,
    private readonly records: FeedbackRecords,
    private readonly codes: FeedbackCodes,
    private readonly catalogue: CatalogueService,
    private readonly lookupKeys: LookupKeys,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Received by an officer (at the desk) or through the applicant's account (online). */
  receive(receipt: FeedbackReceipt, caller: Caller, idempotency?: Idempotency): Promise<ReceivedFeedback> {
    if (!canActFor(caller.principal, receipt.agencyCode)) {
      throw ApiError.of('FORBIDDEN', `you may not receive feedback for agency ${receipt.agencyCode}`);
    }
    const channel: FeedbackChannel = caller.role === 'applicant' ? 'online' : 'desk';
    return this.start(receipt, channel, actorOf(caller), idempotency);
  }

  /**
   * Received through the public page (no account). Feedback about a dossier must carry the dossier's
   * lookup key: a dossier named by anyone would count against its agency's satisfaction (5.4).
   */
  receivePublic(
    receipt: FeedbackReceipt & { dossierKey?: string },
    idempotency?: Idempotency,
  ): Promise<ReceivedFeedback> {
    const { dossierKey, ...rest } = receipt;
    if (rest.dossierCode && !(dossierKey && this.lookupKeys.matches(rest.dossierCode, dossierKey))) {
      throw ApiError.of(
        'DOSSIER_KEY_MISMATCH',
        `feedback about dossier ${rest.dossierCode} needs the key on its receipt`,
      );
    }
    return this.start(rest, 'public', SENDER, idempotency);
  }

  /** An officer's or leader's command: the feedback after it, with what the caller may do next. */
  async command(
    feedbackCode: string,
    route: FeedbackCommandRoute,
    body: object,
    caller: Caller,
    updateId?: string,
  ): Promise<FeedbackView> {
    const type = COMMAND_OF[route];
    const state = await this.workflows.send(
      feedbackCode,
      type,
      { ...body, type, actor: actorOf(caller) } as FeedbackCommandPayload,
      updateId,
    );
    return viewFor(state, caller);
  }

  /** The sender's rating or raise again, with the key (a wrong key and an unknown code answer alike). */
  async publicCommand(
    feedbackCode: string,
    key: string,
    route: PublicFeedbackRoute,
    body: object,
    updateId?: string,
  ): Promise<PublicFeedbackView> {
    this.checkKey(feedbackCode, key);
    const type = COMMAND_OF[route];
    const state = await this.workflows.send(
      feedbackCode,
      type,
      { ...body, type, actor: SENDER } as FeedbackCommandPayload,
      updateId,
    );
    return publicViewOf(state);
  }

  /**
   * One feedback as officers see it, with the commands the caller's role may send now. `atLeast`: a
   * version the caller knows exists (their command's answer); a read model behind it is passed over.
   */
  async view(feedbackCode: string, caller: Caller, atLeast?: number): Promise<FeedbackView> {
    return viewFor(await this.state(feedbackCode, atLeast), caller);
  }

  async publicView(feedbackCode: string, key: string): Promise<PublicFeedbackView> {
    this.checkKey(feedbackCode, key);
    return publicViewOf(await this.state(feedbackCode));
  }

  /** The caller's agencies' feedback (or one of them), nearest due first, with the next page's cursor. */
  async list(query: FeedbackListQuery, caller: Caller): Promise<FeedbackPage> {
    const agencies = caller.principal.agencies.includes('*') ? '*' : caller.principal.agencies;
    if (query.agency && !canActFor(caller.principal, query.agency)) {
      throw ApiError.of('FORBIDDEN', `agency ${query.agency} is outside your scope`);
    }
    const items = await this.records.page({
      agencies: query.agency ? [query.agency] : agencies,
      stage: query.stage,
      overdue: query.overdue,
      limit: query.limit,
      after: cursorOf(query.cursor),
    });
    const last = items.at(-1);
    const next =
      items.length === query.limit && last
        ? Buffer.from(JSON.stringify([last.answerDueAt, last.feedbackCode])).toString('base64url')
        : undefined;
    return { items, ...(next ? { next } : {}) };
  }

  private async state(feedbackCode: string, atLeast = 0): Promise<FeedbackState> {
    const projected = await this.records.state(feedbackCode);
    return projected && projected.version >= atLeast ? projected : this.workflows.query(feedbackCode);
  }

  private checkKey(feedbackCode: string, key: string): void {
    if (!this.lookupKeys.matches(feedbackCode, key)) {
      throw ApiError.of('FEEDBACK_NOT_FOUND', `no feedback ${feedbackCode} with this key`);
    }
  }

  /**
   * Checks the receipt with the decider first (a refused one takes no code and starts no workflow), then
   * starts the workflow with it. With an idempotency key every attempt uses the same code and Update id.
   */
  private async start(
    receipt: FeedbackReceipt,
    channel: FeedbackChannel,
    actor: Actor,
    idempotency: Idempotency | undefined,
  ): Promise<ReceivedFeedback> {
    // A dossier named counts against its agency's satisfaction (5.4): only the receiving agency's own.
    if (receipt.dossierCode && agencyOfDossierCode(receipt.dossierCode) !== receipt.agencyCode) {
      throw ApiError.of(
        'VALIDATION_FAILED',
        `dossier ${receipt.dossierCode} is not one of agency ${receipt.agencyCode}`,
        {
          errors: [{ path: 'dossierCode', message: 'not a dossier of this agency' }],
        },
      );
    }
    const calendar = await this.catalogue.calendarOf(receipt.agencyCode);
    const now = this.clock.now();
    const payloadFor = (feedbackCode: string): FeedbackCommandPayload<'ReceiveFeedback'> => ({
      type: 'ReceiveFeedback',
      actor,
      feedbackCode,
      channel,
      ...receipt,
    });
    decideFeedback({ ...payloadFor('CHECK'), at: now.toISOString() }, initialFeedbackState(), {
      calendar: new WorkingCalendar(calendar),
    });
    if (idempotency) {
      const code =
        idempotency.dossierCode ?? (await idempotency.keepDossierCode(await this.codes.next(receipt.agencyCode, now)));
      return this.started(payloadFor(code), calendar, 'USE_EXISTING', idempotency.updateId);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.started(payloadFor(await this.codes.next(receipt.agencyCode, now)), calendar, 'FAIL');
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError) || attempt >= MAX_CODE_ATTEMPTS) throw error;
      }
    }
  }

  private async started(
    payload: FeedbackCommandPayload<'ReceiveFeedback'>,
    calendar: WorkingCalendarConfig,
    conflict: 'FAIL' | 'USE_EXISTING',
    updateId?: string,
  ): Promise<ReceivedFeedback> {
    const state = await this.workflows.receive(payload, calendar, conflict, updateId);
    return { ...state, lookupKey: this.lookupKeys.keyOf(payload.feedbackCode) };
  }
}

function viewFor(state: FeedbackState, caller: Caller): FeedbackView {
  const mine = ROLE_COMMANDS[caller.role] ?? [];
  return { ...state, allowedCommands: allowedFeedbackCommands(state).filter((c) => mine.includes(c)) };
}

function publicViewOf(state: FeedbackState): PublicFeedbackView {
  if (state.stage === 'none') throw feedbackNotFound(state.feedbackCode ?? '');
  const current = state.rating?.round === state.round ? state.rating.value : undefined;
  return {
    feedbackCode: state.feedbackCode!,
    subject: state.subject!,
    stage: state.stage,
    receivedAt: state.receivedAt!,
    answerDueAt: state.answerDueAt!,
    answers: state.answers.flatMap((a) =>
      a.publishedAt ? [{ round: a.round, answer: a.answer, publishedAt: a.publishedAt }] : [],
    ),
    ...(current ? { rating: current } : {}),
    allowedCommands: allowedFeedbackCommands(state).filter(
      (c) => c === 'RateFeedbackAnswer' || c === 'RaiseFeedbackAgain',
    ),
  };
}

function actorOf(caller: Caller): Actor {
  return { id: caller.principal.id, role: caller.role };
}

function cursorOf(cursor: string | undefined): { answerDueAt: string; feedbackCode: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [answerDueAt, feedbackCode] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof answerDueAt === 'string' && typeof feedbackCode === 'string' && Number.isFinite(Date.parse(answerDueAt)))
      return { answerDueAt, feedbackCode };
  } catch {
    // falls through to the refusal below
  }
  throw ApiError.of('VALIDATION_FAILED', 'cursor is not one this list gave');
}
