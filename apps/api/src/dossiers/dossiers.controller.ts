import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import type { DossierState } from '../../../../libs/domain/src';
import type { StoredEvent } from '../../../../libs/store/src';
import { ZodPipe } from '../validation';
import { dossierCodeSchema, submissionSchema, type Submission } from './dossier.schemas';
import { DossierService } from './dossier.service';

@Controller('dossiers')
export class DossiersController {
  constructor(private readonly dossiers: DossierService) {}

  /** Submits a dossier (online by an applicant; desk and postal by an officer). */
  @Post()
  @HttpCode(201)
  submit(@Body(new ZodPipe(submissionSchema)) submission: Submission): Promise<DossierState> {
    const actor =
      submission.channel === 'online'
        ? { id: 'applicant', role: 'applicant' as const }
        : { id: 'officer', role: 'officer' as const };
    return this.dossiers.submit(submission, actor);
  }

  @Get(':code')
  state(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<DossierState> {
    return this.dossiers.state(code);
  }

  @Get(':code/events')
  async events(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<{ items: StoredEvent[] }> {
    return { items: await this.dossiers.eventsOf(code) };
  }

  /** Accepts the dossier (tiếp nhận): starts the processing clock and sets the due date. */
  @Post(':code/accept')
  @HttpCode(200)
  accept(@Param('code', new ZodPipe(dossierCodeSchema)) code: string): Promise<DossierState> {
    return this.dossiers.command(code, { type: 'AcceptDossier', actor: { id: 'officer', role: 'officer' } });
  }
}
