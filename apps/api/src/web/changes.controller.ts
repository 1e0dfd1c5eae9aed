import { Controller, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { EVERY_AGENCY } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { canActFor } from '../auth/principal';
import { ApiReadModelVersions } from '../http/read-model-versions.provider';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { CHANGES_ROUTES, changesQuery } from './changes.routes';

/** Changes in a burst (a projector batch, a busy desk) reach a page as one event. */
const COALESCE_MS = 250;
/** Proxies close idle lines after 30–60 s: a comment before that keeps ours open. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Server-sent events announcing that the read models of the caller's agencies changed: the web app
 * refetches what it shows. Fed by the projector's LISTEN/NOTIFY announcements the API already hears.
 */
@Controller()
export class ChangesController {
  constructor(private readonly versions: ApiReadModelVersions) {}

  @Route(CHANGES_ROUTES.changes)
  changes(
    @Query(new ZodPipe(changesQuery)) query: z.infer<typeof changesQuery>,
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    const out = reply.raw;
    reply.hijack();
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    out.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ agencies: caller.principal.agencies })}\n\n`);
    let pending: Set<string> | undefined;
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      out.write(`event: changed\ndata: ${JSON.stringify({ agencies: [...(pending ?? [])] })}\n\n`);
      pending = undefined;
    };
    const unsubscribe = this.versions.onChange((agencies) => {
      const mine =
        agencies === EVERY_AGENCY ? caller.principal.agencies : agencies.filter((a) => canActFor(caller.principal, a));
      if (mine.length === 0) return;
      pending ??= new Set();
      mine.forEach((agency) => pending!.add(agency));
      timer ??= setTimeout(flush, COALESCE_MS);
    });
    const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const end = () => {
      unsubscribe();
      clearInterval(keepAlive);
      clearTimeout(timer);
      clearTimeout(limit);
      if (!out.writableEnded) out.end();
    };
    const limit = setTimeout(end, query.seconds * 1000);
    request.raw.once('close', end);
    out.once('error', end);
  }
}
