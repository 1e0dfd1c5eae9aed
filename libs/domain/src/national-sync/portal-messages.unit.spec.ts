import type { DossierCommand } from '../dossier/commands';
import {
  doc,
  eSignedDoc,
  history,
  officer,
  pauseCommand,
  resume,
  submitCommand,
  vn,
} from '../dossier/dossier.fixtures';
import { evolve, foldEvents } from '../dossier/evolve';
import type { DossierEvent } from '../dossier/events';
import { initialState, type DossierState } from '../dossier/state';
import { portalDate } from '../slips/vietnamese-dates';
import { PORTAL_MAPPING_2020 } from './portal-mapping';
import { PERSONAL_STORE_SERVICE, portalMessagesOf, type PortalMessage } from './portal-messages';

/** Every message a history owes the portal, event by event, as the projector derives them. */
function messagesOf(events: readonly DossierEvent[]): { type: string; messages: PortalMessage[] }[] {
  let state: DossierState = initialState();
  return events.map((event) => {
    const next = evolve(state, event);
    const moment = { type: event.type, at: event.data.at, actorId: 'officer-1', actorRole: 'officer' };
    const messages = portalMessagesOf(state, next, moment);
    state = next;
    return { type: event.type, messages };
  });
}

const submit = submitCommand(vn('2025-03-07T15:00'));
const accept: DossierCommand = { type: 'AcceptDossier', at: vn('2025-03-10T09:00'), actor: officer };
const result: DossierCommand = {
  type: 'IssueResult',
  at: vn('2025-03-20T09:00'),
  actor: officer,
  decision: 'approved',
  documents: [eSignedDoc('lltp.pdf', 'LLTP-1')],
};

describe('messages to the national portal', () => {
  it('writes dates as yyyyMMddHHmmss in Vietnam time', () => {
    expect(portalDate('2025-03-07T08:00:05.000Z')).toBe('20250307150005');
    expect(portalDate('2025-12-31T17:30:00.000Z')).toBe('20260101003000');
  });

  it('creates the dossier at submission, with its first progress step', () => {
    const [submitted] = messagesOf(history(submit));
    expect(submitted.messages).toEqual([
      {
        service: 'DongBoHoSoMC',
        isUpdating: false,
        data: expect.objectContaining({
          MaHoSo: 'STP-KH-250307-000001',
          MaTTHC: submit.type === 'SubmitDossier' ? submit.procedure.code : '',
          KenhThucHien: 2,
          ChuHoSo: 'Nguyễn Văn An',
          LoaiDoiTuong: 1,
          SoGiayTo: '079203001234',
          NgayNopHoSo: '20250307150000',
          NgayTiepNhan: '',
          TrangThaiHoSo: 1,
        }),
      },
      {
        service: 'CapNhatTienDoHoSoMC',
        data: expect.objectContaining({ NoiDungXuLy: 'Nộp hồ sơ', TrangThai: 1, ThoiDiemXuLy: '20250307150000' }),
      },
    ]);
  });

  it('updates it at acceptance with the appointment, and reports the step with its legal end', () => {
    const [, accepted] = messagesOf(history(submit, accept));
    const update = accepted.messages.find((m) => m.service === 'DongBoHoSoMC');
    expect(update).toMatchObject({ isUpdating: true, data: { TrangThaiHoSo: 2, NgayTiepNhan: '20250310090000' } });
    const due = update!.data as { NgayHenTra: string };
    expect(due.NgayHenTra).toMatch(/^20250324/);
    expect(accepted.messages.find((m) => m.service === 'CapNhatTienDoHoSoMC')?.data).toMatchObject({
      NguoiXuLy: 'officer-1',
      ChucDanh: 'Chuyên viên',
      PhongBanXuLy: 'Bộ phận Một cửa',
      NoiDungXuLy: 'Tiếp nhận hồ sơ',
      TrangThai: 2,
      NgayBatDau: '20250310090000',
      NgayKetThucTheoQuyDinh: due.NgayHenTra,
    });
  });

  it('reports a pause and a resume as steps, and the moved appointment as an update', () => {
    const steps = messagesOf(history(submit, accept, pauseCommand('2025-03-12T09:00'), resume('2025-03-13T09:00')));
    const resumed = steps.find((s) => s.type === 'ProcessingResumed')!;
    expect(resumed.messages.map((m) => m.service)).toEqual(['DongBoHoSoMC', 'CapNhatTienDoHoSoMC']);
    expect((resumed.messages[0].data as { NgayHenTra: string }).NgayHenTra).toMatch(/^20250325/);
    const paused = steps.find((s) => s.type === 'ProcessingPaused')!;
    expect(paused.messages.find((m) => m.service === 'CapNhatTienDoHoSoMC')?.data).toMatchObject({
      NoiDungXuLy: 'Tạm dừng tính thời gian giải quyết',
    });
  });

  it('sends the result with the end of processing, and nothing for papers or timers', () => {
    const steps = messagesOf(history(submit, accept, result));
    const issued = steps.find((s) => s.type === 'ResultIssued')!;
    expect(issued.messages[0]).toMatchObject({
      service: 'DongBoHoSoMC',
      data: { TrangThaiHoSo: 9, NgayKetThucXuLy: '20250320090000' },
    });
    // A paper, a reminder, a verdict: no handling step, and nothing the portal's record holds changes.
    const done = foldEvents(history(submit, accept, result));
    for (const type of ['SlipIssued', 'ApologyReminderRaised', 'AuditedActionReviewed']) {
      const moment = { type, at: vn('2025-03-21T09:00'), actorId: 'motcua', actorRole: 'system' };
      expect(portalMessagesOf(done, { ...done, apologyReminded: true }, moment)).toEqual([]);
    }
  });

  it('pushes each verified e-result to the applicant’s personal data store, and nothing for a scan', () => {
    const events = history(submit, accept, result);
    const issued = events.find((e) => e.type === 'ResultIssued')!;
    const before = foldEvents(events.slice(0, events.indexOf(issued)));
    const moment = {
      type: issued.type,
      at: issued.data.at,
      actorId: 'officer-1',
      actorRole: 'officer',
      data: issued.data,
    };
    const push = portalMessagesOf(before, evolve(before, issued), moment).find(
      (m) => m.service === PERSONAL_STORE_SERVICE,
    );
    expect(push?.data).toMatchObject({
      SoGiayTo: '079203001234',
      KetQua: [{ SoKyHieu: 'LLTP-1', TenTep: 'lltp.pdf', MaBam: expect.stringMatching(/^sha256:/) }],
    });
    const scan = { ...issued.data, documents: [{ ...doc('scan.pdf'), code: 'S-1', eSigned: false }] };
    const unsigned = portalMessagesOf(before, evolve(before, { ...issued, data: scan } as DossierEvent), {
      ...moment,
      data: scan,
    });
    expect(unsigned.map((m) => m.service)).not.toContain(PERSONAL_STORE_SERVICE);
  });

  it('owes nothing for the portal’s own acknowledgement', () => {
    const done = foldEvents(history(submit, accept));
    const acknowledged = evolve(done, {
      type: 'PortalAcknowledged',
      data: {
        at: vn('2025-03-10T09:01'),
        acknowledged: 'record',
        messageId: 'm',
        acknowledgedAt: vn('2025-03-10T09:01'),
      },
    });
    const moment = { type: 'PortalAcknowledged', at: vn('2025-03-10T09:01'), actorId: 'motcua', actorRole: 'system' };
    expect(portalMessagesOf(done, acknowledged, moment)).toEqual([]);
  });

  it('sends nothing for a dossier that was never received', () => {
    const moment = { type: 'DossierOverdue', at: vn('2025-03-10T09:00'), actorId: 'motcua', actorRole: 'system' };
    expect(portalMessagesOf(initialState(), initialState(), moment)).toEqual([]);
  });

  it('maps through the configured table: a portal version with other codes changes the payload only', () => {
    const shifted = { ...PORTAL_MAPPING_2020, version: 'test', channels: { desk: 7, online: 8, postal: 9 } };
    const [first] = history(submit);
    const after = evolve(initialState(), first);
    const moment = { type: first.type, at: first.data.at, actorId: 'applicant-1', actorRole: 'applicant' };
    const [created] = portalMessagesOf(initialState(), after, moment, shifted);
    expect(created.data).toMatchObject({ KenhThucHien: 8 });
  });
});
