import { Controller, Param, Query } from '@nestjs/common';
import { PortalOutbox, type OutboxEntry } from '@motcua/store';
import { ApiError } from '../errors/api-error';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { NATIONAL_SYNC_ROUTES, deadLettersQuery, type DeadLettersQuery } from './national-sync.routes';

/** The national portal's outbox for admins: dead letters listed, inspected and replayed. */
@Controller()
export class NationalSyncController {
  constructor(private readonly outbox: PortalOutbox) {}

  @Route(NATIONAL_SYNC_ROUTES.nationalSyncDeadLetters)
  async deadLetters(
    @Query(new ZodPipe(deadLettersQuery)) query: DeadLettersQuery,
  ): Promise<{ items: OutboxEntry[]; nextCursor: string | null }> {
    const items = await this.outbox.deadLetters(query.limit, query.cursor);
    return { items, nextCursor: items.length === query.limit ? items[items.length - 1].messageId : null };
  }

  @Route(NATIONAL_SYNC_ROUTES.nationalSyncMessage)
  message(@Param('messageId') messageId: string): Promise<OutboxEntry> {
    return this.found(messageId);
  }

  @Route(NATIONAL_SYNC_ROUTES.nationalSyncReplay)
  async replay(@Param('messageId') messageId: string): Promise<OutboxEntry> {
    const before = await this.found(messageId);
    if (!(await this.outbox.replay(messageId)))
      throw ApiError.of('NOT_A_DEAD_LETTER', `message ${messageId} is ${before.state}, not a dead letter`);
    return this.found(messageId);
  }

  private async found(messageId: string): Promise<OutboxEntry> {
    const entry = await this.outbox.message(messageId);
    if (!entry) throw ApiError.of('NOT_FOUND', `no message ${messageId} to the national portal`);
    return entry;
  }
}
