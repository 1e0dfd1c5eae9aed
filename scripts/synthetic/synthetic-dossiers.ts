import {
  dossierStreamId,
  WorkingCalendar,
  civilServiceCalendarConfig,
  formatDossierCode,
  type Actor,
  type Channel,
  type DossierEvent,
  type Duration,
  type ProcedureTerms,
} from '@motcua/domain';
import { nameBasedUuid, type CatalogueProcedure, type NewEvent } from '@motcua/store';
import { DossierSimulator } from './dossier-simulator';

/**
 * Synthetic dossiers with a province's proportions (domain.md §6: Khánh Hòa and Phú Thọ figures):
 * channels, procedures of several durations, completion requests, supplementation, pauses,
 * apologies, lateness, e-results, ratings. Each life is played through the domain's decider, so the
 * events are exactly what the workflow would record. Seeded: the same options give the same events.
 */
/** The signature check a synthetic e-result carries (the API's record of a verified signature). */
const SYNTHETIC_SIGNATURE = {
  signer: 'CN=Đơn vị mô phỏng, C=VN',
  issuer: 'CN=CA mô phỏng, C=VN',
  serialNumber: '01',
  result: 'verified' as const,
};

export interface SyntheticOptions {
  readonly count: number;
  readonly seed: number;
  /** Submissions fall between these instants; nothing happens after `now`. */
  readonly from: Date;
  readonly to: Date;
  readonly now: Date;
  readonly agencies: number;
  /** First number of the dossier codes (several runs can add to one store). */
  readonly firstNumber?: number;
}

export interface SyntheticDossier {
  readonly streamId: string;
  readonly events: NewEvent[];
}

const CALENDAR = new WorkingCalendar(civilServiceCalendarConfig());
const HOUR = 60;

/** Procedure shapes of a Department of Justice (durations, fee, result document, online level). */
const SHAPES: readonly {
  name: string;
  duration: Duration;
  fee: number;
  document: boolean;
  online: 'full' | 'partial' | 'none';
}[] = [
  {
    name: 'Cấp Phiếu lý lịch tư pháp',
    duration: { unit: 'workingDays', value: 10 },
    fee: 200_000,
    document: true,
    online: 'full',
  },
  {
    name: 'Chứng thực bản sao từ bản chính',
    duration: { unit: 'sameDay', cutoff: '15:00' },
    fee: 2_000,
    document: false,
    online: 'partial',
  },
  {
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    duration: { unit: 'workingDays', value: 15 },
    fee: 0,
    document: true,
    online: 'full',
  },
  {
    name: 'Cấp bản sao trích lục hộ tịch',
    duration: { unit: 'workingHours', value: 8 },
    fee: 8_000,
    document: true,
    online: 'full',
  },
  {
    name: 'Đăng ký hành nghề công chứng',
    duration: { unit: 'workingDays', value: 5 },
    fee: 500_000,
    document: true,
    online: 'partial',
  },
  {
    name: 'Thay đổi nội dung đăng ký hoạt động Văn phòng công chứng',
    duration: { unit: 'workingDays', value: 7 },
    fee: 0,
    document: true,
    online: 'none',
  },
  {
    name: 'Đăng ký giám hộ có yếu tố nước ngoài',
    duration: { unit: 'workingDays', value: 3 },
    fee: 50_000,
    document: true,
    online: 'full',
  },
  {
    name: 'Cấp lại thẻ công chứng viên',
    duration: { unit: 'workingDays', value: 20 },
    fee: 100_000,
    document: true,
    online: 'partial',
  },
];

export function agencyCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `SO-${String(i + 1).padStart(2, '0')}`);
}

/** The catalogue of the synthetic province: every shape, offered by every agency, published on time. */
export function syntheticProcedures(agencies: number): CatalogueProcedure[] {
  return SHAPES.map((shape, i) => ({
    code: `9.${String(i + 1).padStart(6, '0')}`,
    name: shape.name,
    durations: { desk: shape.duration, online: shape.duration },
    returnsResultDocument: shape.document,
    supplementDeadline: { unit: 'workingDays', value: 10 },
    sector: 'Tư pháp',
    agencyCodes: agencyCodes(agencies),
    fee: shape.fee,
    onlineLevel: shape.online,
    onlinePayment: shape.fee > 0 && shape.online === 'full',
    publishedAt: '2023-12-01',
    effectiveFrom: i === SHAPES.length - 1 ? '2023-12-05' : '2024-01-01',
  }));
}

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function* syntheticDossiers(options: SyntheticOptions): Generator<SyntheticDossier> {
  const rand = random(options.seed);
  const agencies = agencyCodes(options.agencies);
  const procedures = syntheticProcedures(options.agencies);
  const span = options.to.getTime() - options.from.getTime();
  for (let i = 0; i < options.count; i++) {
    // Larger agencies receive more (Zipf-like weights).
    const agency = agencies[Math.floor(agencies.length * rand() ** 1.6)];
    const procedure = procedures[Math.floor(procedures.length * rand() ** 1.3)];
    const submittedAt = CALENDAR.nextWorkingInstant(new Date(options.from.getTime() + rand() * span));
    const code = formatDossierCode(agency, submittedAt, (options.firstNumber ?? 1) + i, 7);
    const events = life(rand, code, agency, procedure, submittedAt, options.now);
    yield { streamId: dossierStreamId(code), events: events.map((event, v) => stored(code, v, event, agency)) };
  }
}

const SUPPLEMENTED = { code: 'GT', name: 'Giấy tờ bổ sung', copies: 1, digitised: true, reused: false };
const officer: Actor = { id: 'officer-synthetic', role: 'officer' };
const applicant: Actor = { id: 'portal', role: 'applicant' };

/** One dossier's life, decided step by step on its state. */
function life(
  rand: () => number,
  code: string,
  agency: string,
  procedure: CatalogueProcedure,
  submittedAt: Date,
  now: Date,
): DossierEvent[] {
  const sim = new DossierSimulator(CALENDAR, now);
  const channel: Channel = rand() < 0.6 ? 'online' : rand() < 0.9 ? 'desk' : 'postal';
  const at = (from: Date | string, minutes: number) => ({ at: after(from, minutes) });
  const fee = procedure.fee;
  const terms: ProcedureTerms = {
    code: procedure.code,
    name: procedure.name,
    durations: procedure.durations,
    returnsResultDocument: procedure.returnsResultDocument,
    supplementDeadline: procedure.supplementDeadline,
  };
  sim.run({
    type: 'SubmitDossier',
    at: submittedAt.toISOString(),
    actor: channel === 'online' ? applicant : officer,
    dossierCode: code,
    agencyCode: agency,
    channel,
    procedure: terms,
    applicant: { kind: rand() < 0.9 ? 'citizen' : 'organisation', name: `Người nộp ${code}`, idNumber: '079203001234' },
    components: [
      {
        code: 'TK',
        name: 'Tờ khai',
        copies: 1,
        digitised: channel === 'online' || rand() < 0.85,
        reused: rand() < 0.25,
      },
    ],
    fee,
    paidOnline: fee > 0 && channel === 'online' && rand() < 0.7,
  });
  const receiptDelay = channel === 'online' ? rand() * 9 * HOUR : 5;
  const u = rand();
  if (u < 0.02) {
    sim.run({
      type: 'RefuseDossier',
      ...at(submittedAt, receiptDelay),
      actor: officer,
      reason: 'Không thuộc thẩm quyền',
    });
    return sim.finish();
  }
  let acceptFrom: string = submittedAt.toISOString();
  if (u < 0.06) {
    const asked = after(submittedAt, receiptDelay);
    sim.run({
      type: 'RequestCompletion',
      at: asked,
      actor: officer,
      reason: 'Thiếu giấy tờ',
      missingComponents: ['CCCD'],
    });
    if (rand() < 0.15) {
      sim.run({ type: 'CancelDossier', ...at(asked, 5 * 8 * HOUR), actor: officer, reason: 'Không hoàn thiện hồ sơ' });
      return sim.finish();
    }
    acceptFrom = after(asked, (1 + rand() * 3) * 8 * HOUR);
    sim.run({ type: 'ReceiveSupplement', at: acceptFrom, actor: applicant, components: [SUPPLEMENTED] });
  }
  if (!sim.run({ type: 'AcceptDossier', ...at(acceptFrom, channel === 'online' ? receiptDelay : 5), actor: officer })) {
    return sim.finish();
  }
  processing(sim, rand);
  return sim.finish();
}

/** `minutes` working minutes after (or, negative, before) an instant. */
function after(from: Date | string, minutes: number): string {
  const start = new Date(from);
  return (
    minutes >= 0 ? CALENDAR.addWorkingMinutes(start, minutes) : CALENDAR.subtractWorkingMinutes(start, -minutes)
  ).toISOString();
}

/** From acceptance to result, return and rating. */
function processing(sim: DossierSimulator, rand: () => number): void {
  const accepted = sim.current.acceptedAt!;
  const length = CALENDAR.workingMinutesBetween(new Date(accepted), new Date(sim.current.dueAt!));
  let cursor = accepted;
  if (rand() < 0.08) {
    cursor = after(cursor, length * (0.2 + 0.4 * rand()));
    sim.run({
      type: 'RequestSupplement',
      at: cursor,
      actor: officer,
      reason: 'Bổ sung giấy tờ',
      missingComponents: ['GT'],
    });
    if (rand() < 0.1) return; // never arrives: the supplement deadline stops the dossier
    cursor = after(cursor, (1 + rand() * 4) * 8 * HOUR);
    sim.run({ type: 'ReceiveSupplement', at: cursor, actor: applicant, components: [SUPPLEMENTED] });
  } else if (rand() < 0.03) {
    cursor = after(cursor, length * 0.3 * rand());
    sim.run({
      type: 'PauseProcessing',
      at: cursor,
      actor: officer,
      reasonCode: 'VERIFICATION',
      reason: 'Chờ kết quả xác minh',
      attachment: { fileName: 'xac-minh.pdf', contentHash: `sha256:${'cd'.repeat(32)}` },
      notice: { channel: 'post', reference: 'TB-01' },
    });
    cursor = after(cursor, (1 + rand() * 3) * 8 * HOUR);
    sim.run({ type: 'ResumeProcessing', at: cursor, actor: officer });
  }
  if (rand() < 0.01) {
    cursor = after(cursor, HOUR);
    sim.run({ type: 'RequestWithdrawal', at: cursor, actor: applicant, reason: 'Không còn nhu cầu' });
    sim.run({ type: 'StopProcessing', at: after(cursor, 2 * HOUR), actor: officer, reason: 'Công dân rút hồ sơ' });
    return;
  }
  const due = sim.current.dueAt!;
  const remaining = CALENDAR.workingMinutesBetween(new Date(cursor), new Date(due));
  const v = rand();
  // ~80 % early, ~12 % on the due day, ~8 % late (Khánh Hòa 99.8 % on time, Phú Thọ 88 %).
  const resultAt =
    v < 0.8
      ? after(cursor, remaining * (0.2 + 0.6 * rand()))
      : v < 0.92
        ? after(due, -Math.min(remaining, HOUR) * rand())
        : after(due, (0.2 + rand() * 5) * 8 * HOUR);
  if (v >= 0.92 && rand() < 0.6) {
    const rescheduledAt = after(due, 6 * 8 * HOUR);
    sim.run({
      type: 'IssueApology',
      at: after(due, -8 * HOUR),
      actor: officer,
      reason: 'Chờ ý kiến cơ quan phối hợp',
      rescheduledAt,
    });
  }
  // Procedures returning a document attach it; about two in three are digitally signed (e-results),
  // their signatures verified as the API records them.
  const signed = rand() < 0.65;
  const documents = sim.current.procedure!.returnsResultDocument
    ? [
        {
          fileName: 'ket-qua.pdf',
          contentHash: `sha256:${'ef'.repeat(32)}`,
          code: 'KQ',
          eSigned: signed,
          ...(signed ? { signature: { ...SYNTHETIC_SIGNATURE, signingTime: resultAt } } : {}),
          // About one result in ten is a certified copy (4.7), chosen by the code: no draw of its own, so
          // every other figure of a seed stays as it was.
          ...(sim.current.dossierCode!.endsWith('3') ? { certifiedCopy: true } : {}),
        },
      ]
    : [];
  const approved = rand() < 0.97;
  sim.run({
    type: 'IssueResult',
    at: resultAt,
    actor: officer,
    decision: approved ? 'approved' : 'refused',
    documents: approved ? documents : [],
    ...(approved ? {} : { reason: 'Không đủ điều kiện' }),
  });
  const returnedAt = after(resultAt, rand() * 3 * 8 * HOUR);
  sim.run({ type: 'ReturnResult', at: returnedAt, actor: officer, method: rand() < 0.5 ? 'online' : 'desk' });
  if (rand() < 0.3)
    sim.run({
      type: 'RateSatisfaction',
      ...{ at: after(returnedAt, rand() * 16 * HOUR) },
      actor: applicant,
      satisfied: rand() > 0.05,
    });
}

function stored(code: string, index: number, event: DossierEvent, agency: string): NewEvent {
  return {
    eventId: nameBasedUuid(`synthetic:${code}:${index}`),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { actorId: 'synthetic', actorRole: 'system', agencyCode: agency, correlationId: `dossier-${code}` },
    occurredAt: event.data.at,
  };
}
