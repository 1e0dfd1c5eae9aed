import { Controller, Param, Query } from '@nestjs/common';
import {
  APPLICANT_SLIP_KINDS,
  STATUS,
  eResultsDelivered,
  foldEvents,
  type DeliveredEResult,
  type DossierEvent,
  type DossierState,
} from '@motcua/domain';
import { DossierService } from '../dossiers/dossier.service';
import { dossierCodeSchema } from '../dossiers/dossier.schemas';
import { LookupKeys } from '../dossiers/lookup-keys';
import { ApiError } from '../errors/api-error';
import { lookupQuery } from '../http/query.schemas';
import { Route } from '../http/route';
import { PUBLIC_ROUTES } from './public.routes';
import { ZodPipe } from '../validation';

/** Vietnamese names of the national status codes, as the applicant reads them. */
const STATUS_NAMES: Record<number, string> = {
  [STATUS.submitted]: 'Mới đăng ký',
  [STATUS.accepted]: 'Được tiếp nhận',
  [STATUS.refusedAtReceipt]: 'Không được tiếp nhận',
  [STATUS.processing]: 'Đang xử lý',
  [STATUS.supplementRequested]: 'Yêu cầu bổ sung',
  [STATUS.awaitingFinancialObligation]: 'Chờ thực hiện nghĩa vụ tài chính',
  [STATUS.withdrawalRequested]: 'Công dân yêu cầu rút hồ sơ',
  [STATUS.stopped]: 'Dừng xử lý',
  [STATUS.resultIssued]: 'Đã xử lý xong',
  [STATUS.resultReturned]: 'Đã trả kết quả',
};

/** What the applicant may see: status, deadlines and the timeline, never personal data. */
export interface PublicDossierView {
  readonly dossierCode: string;
  readonly procedure: { readonly code: string; readonly name: string };
  readonly status: number;
  readonly statusName: string;
  readonly submittedAt?: string;
  readonly acceptedAt?: string;
  readonly dueAt?: string;
  readonly rescheduledAt?: string;
  readonly finishedAt?: string;
  readonly returnedAt?: string;
  readonly history: readonly { readonly type: string; readonly at: string }[];
  /** The applicant's papers to download (`/public/dossiers/{code}/slips/{slip}`). */
  readonly papers: readonly { readonly slip: string; readonly title: string; readonly number: string }[];
  /** E-results returned online (`/public/dossiers/{code}/e-results/{documentId}`). */
  readonly eResults: readonly DeliveredEResult[];
}

@Controller()
export class PublicController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly keys: LookupKeys,
  ) {}

  @Route(PUBLIC_ROUTES.publicLookup)
  async lookup(
    @Param('code', new ZodPipe(dossierCodeSchema)) code: string,
    @Query(new ZodPipe(lookupQuery)) query: { key: string },
  ): Promise<PublicDossierView> {
    // A wrong key and an unknown code answer alike, so codes cannot be probed.
    if (!this.keys.matches(code, query.key)) throw ApiError.of('DOSSIER_NOT_FOUND', `no dossier ${code} with this key`);
    const [state, events] = await Promise.all([this.dossiers.state(code), this.dossiers.eventsOf(code)]);
    const history = events.map((e) => ({ type: e.type, data: e.data }) as DossierEvent);
    return {
      ...publicView(
        state,
        events.map((e) => ({ type: e.type, at: e.occurredAt })),
      ),
      papers: foldEvents(history)
        .issuedSlips.filter((s) => APPLICANT_SLIP_KINDS.includes(s.slip))
        .map((s) => ({ slip: s.slip, title: s.title, number: s.number })),
      eResults: eResultsDelivered(history),
    };
  }
}

function publicView(
  state: DossierState,
  history: { type: string; at: string }[],
): Omit<PublicDossierView, 'papers' | 'eResults'> {
  return {
    dossierCode: state.dossierCode!,
    procedure: { code: state.procedure!.code, name: state.procedure!.name },
    status: state.status,
    statusName: STATUS_NAMES[state.status] ?? '',
    submittedAt: state.submittedAt,
    acceptedAt: state.acceptedAt,
    dueAt: state.dueAt,
    rescheduledAt: state.rescheduledAt,
    finishedAt: state.finishedAt,
    returnedAt: state.returnedAt,
    history,
  };
}
