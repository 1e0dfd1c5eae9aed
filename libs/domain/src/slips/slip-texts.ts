/**
 * The body of each paper (shared/forms.md, "Fields"). Readings of ours, where forms.md is silent:
 * the components table's third column says how each component came (paper, electronic, reused data)
 * since motcua does not record original versus copy; the receiving officer and other signers are
 * named by their account id (motcua keeps no staff names); the receipt's "Thời gian nhận hồ sơ" is
 * the acceptance (tiếp nhận), when the appointment starts to run.
 */
import type { EventOf } from '../dossier/events';
import type { DossierState } from '../dossier/state';
import type { Timeliness } from '../dossier/timeliness';
import type { Duration } from '../dossier/vocabulary';
import { DESK_UNIT } from '../process/internal-process';
import { controlSlipOf } from '../process/control-slip';
import { normalisedContent, slipFrame, type SlipBlock, type SlipContent, type SlipSource } from './slip-content';
import type { SlipKind } from './slip-forms';
import { longDate, shortDate, timeAndDate, timeAndLongDate } from './vietnamese-dates';

/** The paper of `kind` for a source whose event produced it. */
export function slipContentOf(kind: SlipKind, source: SlipSource): SlipContent {
  const build = BUILDERS[kind] as (source: SlipSource) => Omit<SlipContent, keyof ReturnType<typeof slipFrame>>;
  const ruleSetId = source.state.ruleSetId ?? 'ND118';
  return normalisedContent({ ...slipFrame(ruleSetId, kind, source.issue), ...build(source) });
}

type Body = Omit<SlipContent, keyof ReturnType<typeof slipFrame>>;
const BUILDERS: Record<SlipKind, (source: SlipSource) => Body> = {
  receipt: receiptBody,
  supplementRequest: (source) => supplementBody(source as SlipSource<EventOf<'SupplementRequested'>>),
  refusal: (source) => refusalBody(source as SlipSource<EventOf<'DossierRefused'>>),
  apology: (source) => apologyBody(source as SlipSource<EventOf<'ApologyIssued'>>),
  stopNotice: (source) => stopBody(source as SlipSource<EventOf<'DossierStopped'>>),
  controlSlip: controlBody,
};

/** Mẫu 01: what was received, when the result is due, where it is returned; a QR code to the lookup. */
function receiptBody({ state, issue }: SlipSource): Body {
  const components = state.components.map((c, i) => [String(i + 1), c.name, howSupplied(c), String(c.copies)]);
  return {
    blocks: [
      line(`${issue.issuer.unitName} tiếp nhận hồ sơ của`, state.applicant?.name ?? ''),
      ...contactLines(state, true),
      line('Nội dung yêu cầu giải quyết', procedureName(state)),
      line('Mã hồ sơ', state.dossierCode ?? ''),
      paragraph('1. Thành phần hồ sơ nộp gồm:'),
      table(
        [
          ['TT', 0.08],
          ['Tên giấy tờ', 0.58],
          ['Hình thức', 0.22],
          ['Số lượng', 0.12],
        ],
        components,
      ),
      paragraph('2. Số lượng hồ sơ: 01 (bộ)'),
      paragraph(`3. Thời gian giải quyết hồ sơ theo quy định là: ${durationText(state)}`),
      paragraph(`4. Thời gian nhận hồ sơ: ${timeAndDate(state.acceptedAt!)}`),
      paragraph(`5. Thời gian trả kết quả giải quyết hồ sơ: ${timeAndDate(state.dueAt!)}`),
      paragraph(`6. Đăng ký nhận kết quả tại: ${returnPlace(state, issue.issuer.unitName)}`),
      ...(issue.number ? [paragraph(`Vào Sổ theo dõi hồ sơ, số thứ tự: ${issue.number}`, true)] : []),
    ],
    signatures: [
      { role: 'NGƯỜI NỘP HỒ SƠ', name: state.applicant?.name },
      { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: state.stepVisits[0]?.receivedBy },
    ],
    qr: issue.lookupUrl ? { text: issue.lookupUrl, caption: 'Quét mã để tra cứu tình trạng hồ sơ' } : undefined,
    footnote: 'Liên 1: lưu tại Bộ phận Một cửa; Liên 2: giao người nộp hồ sơ.',
  };
}

/** Mẫu 02: the components to supply or complete, why, and where the procedure's rules are. */
function supplementBody({ state, event, issue }: SlipSource<EventOf<'SupplementRequested'>>): Body {
  const due = event.data.supplementDueAt;
  return {
    blocks: [
      ...addressedRequest(state),
      paragraph(`Sau khi xem xét hồ sơ, ${issue.issuer.unitName} đề nghị ông/bà bổ sung, hoàn thiện các nội dung sau:`),
      table(
        [
          ['TT', 0.08],
          ['Giấy tờ cần bổ sung, hoàn thiện', 0.92],
        ],
        event.data.missingComponents.map((c, i) => [String(i + 1), componentName(state, c)]),
      ),
      line('Lý do', event.data.reason),
      ...(due ? [line('Thời hạn bổ sung, hoàn thiện', timeAndDate(due))] : []),
      paragraph(
        `Quy định của thủ tục hành chính (mã ${state.procedure?.code ?? ''}) được công khai tại Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) và tại Bộ phận Một cửa.`,
      ),
      paragraph('Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ người hướng dẫn dưới đây.'),
    ],
    signatures: [{ role: 'NGƯỜI HƯỚNG DẪN', name: undefined }],
  };
}

/** Mẫu 03: the refusal and its concrete reason. */
function refusalBody({ state, event, issue }: SlipSource<EventOf<'DossierRefused'>>): Body {
  return {
    blocks: [
      ...addressedRequest(state),
      paragraph(
        `Căn cứ quy định của thủ tục hành chính, ${issue.issuer.unitName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
      ),
      paragraph(event.data.reason),
      paragraph('Xin thông báo để ông/bà được biết và thực hiện.'),
    ],
    signatures: [{ role: 'NGƯỜI NỘP HỒ SƠ', name: state.applicant?.name }, { role: 'NGƯỜI TỪ CHỐI' }],
  };
}

/** Mẫu 04: the apology, its reason and the new appointment; under Decree 118 a letter asking for the extension. */
function apologyBody({ state, event, issue }: SlipSource<EventOf<'ApologyIssued'>>): Body {
  const unit = issue.issuer.unitName;
  const isLetter = state.ruleSetId === 'ND118';
  return {
    addressee: `Kính gửi: ${state.applicant?.name ?? ''}`,
    blocks: [
      ...contactLines(state, false),
      paragraph(
        `Ngày ${shortDate(state.acceptedAt!)}, ${unit} tiếp nhận giải quyết hồ sơ của ông/bà, mã hồ sơ ${state.dossierCode}, thủ tục: ${procedureName(state)}.`,
      ),
      line('Ngày hẹn trả kết quả', timeAndDate(state.originalDueAt!)),
      paragraph(
        `Tuy nhiên, ${unit} không thể trả kết quả giải quyết hồ sơ cho ông/bà đúng ngày hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      ),
      line('Lý do', event.data.reason),
      ...(event.data.responsibleUnit ? [line('Đơn vị để xảy ra chậm trễ', unitName(event.data.responsibleUnit))] : []),
      paragraph(
        isLetter
          ? `${unit} xin lỗi ông/bà vì sự chậm trễ này, đề nghị ông/bà đồng ý gia hạn thời gian giải quyết hồ sơ và hẹn lại thời gian trả kết quả.`
          : `${unit} xin lỗi ông/bà vì sự chậm trễ này và hẹn lại thời gian trả kết quả.`,
      ),
      paragraph(`Thời gian hẹn trả kết quả lại: ${longDate(event.data.rescheduledAt)}.`),
      paragraph(`${unit} kính mong nhận được sự thông cảm của ông/bà.`),
    ],
    signatures: [{ role: 'GIÁM ĐỐC' }],
    recipients: ['Như trên;', 'Bộ phận Một cửa;', 'Lưu: VT.'],
  };
}

const STOP_REASONS: Record<EventOf<'DossierStopped'>['data']['reasonCode'], string> = {
  WITHDRAWN: 'Theo đề nghị rút hồ sơ của ông/bà.',
  SUPPLEMENT_NOT_RECEIVED: 'Quá thời hạn bổ sung, hoàn thiện hồ sơ mà chưa nhận được hồ sơ bổ sung.',
  AGENCY_DECISION: 'Theo quyết định của cơ quan giải quyết.',
};

/** Mẫu 05 (Decree 118; a letter before): processing stops, and why. */
function stopBody({ state, event, issue }: SlipSource<EventOf<'DossierStopped'>>): Body {
  return {
    addressee: `Kính gửi: ${state.applicant?.name ?? ''}`,
    blocks: [
      ...contactLines(state, false),
      line('Mã hồ sơ', state.dossierCode ?? ''),
      line('Thủ tục', procedureName(state)),
      paragraph(`${issue.issuer.unitName} thông báo dừng giải quyết hồ sơ nêu trên.`),
      line('Lý do', STOP_REASONS[event.data.reasonCode]),
      ...(event.data.reason ? [paragraph(event.data.reason)] : []),
      paragraph('Ông/bà có thể nộp lại hồ sơ mới theo quy định.'),
    ],
    signatures: [{ role: 'THỦ TRƯỞNG ĐƠN VỊ' }],
    recipients: ['Như trên;', 'Lưu: VT.'],
  };
}

const TIMELINESS: Record<Timeliness, string> = { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' };

/** Mẫu 05 / 06: one row per hand-over, from the desk through the units and back. */
function controlBody({ state }: SlipSource): Body {
  const slip = controlSlipOf(state);
  const units = [...new Set(state.process?.steps.map((s) => unitName(s.unit)) ?? [])];
  return {
    blocks: [
      line('Kèm theo hồ sơ của', slip.applicantName ?? ''),
      line('Mã hồ sơ', slip.dossierCode),
      line('Ngày nhận', slip.acceptedAt ? timeAndDate(slip.acceptedAt) : ''),
      line('Ngày, giờ hẹn trả kết quả', slip.dueAt ? timeAndDate(slip.dueAt) : ''),
      line('Cơ quan (bộ phận) giải quyết hồ sơ', units.join(', ')),
      line('Cơ quan phối hợp giải quyết hồ sơ', 'Không'),
      table(
        [
          ['TÊN CƠ QUAN', 0.27],
          ['THỜI GIAN GIAO, NHẬN HỒ SƠ', 0.33],
          ['KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)', 0.22],
          ['GHI CHÚ', 0.18],
        ],
        slip.rows.map((row) => [
          `1. Giao: ${row.fromUnit ? unitName(row.fromUnit) : 'Tiếp nhận'}\n2. Nhận: ${unitName(row.unit)} (${row.stepName})`,
          [
            timeAndLongDate(row.handedOverAt),
            `Người giao: ${row.handedOverBy ?? ''}`,
            `Người nhận: ${row.receivedBy ?? row.assignee ?? ''}`,
          ].join('\n'),
          row.result ? TIMELINESS[row.result] : row.overdue ? 'Quá hạn' : 'Đang giải quyết',
          [row.sentBack ? 'Trả lại bước trước' : '', row.note ?? ''].filter(Boolean).join('; '),
        ]),
      ),
    ],
    signatures: [],
  };
}

/** A unit of the process as the slip names it (units are codes of the agency's own catalogue). */
function unitName(code: string): string {
  if (code === DESK_UNIT) return 'Bộ phận Một cửa';
  if (code === 'leadership') return 'Lãnh đạo cơ quan';
  if (code === 'processing') return 'Phòng chuyên môn';
  return code;
}

function contactLines(state: DossierState, withId: boolean): SlipBlock[] {
  const a = state.applicant;
  return [
    line('Địa chỉ', a?.address ?? ''),
    line('Số điện thoại', a?.phone ?? ''),
    line('Thư điện tử', a?.email ?? ''),
    ...(withId ? [line('Số định danh cá nhân / mã số', a?.idNumber ?? '')] : []),
  ];
}

/** The opening of the desk's request slips (02, 03): to whom, their contacts, what was asked, which dossier. */
function addressedRequest(state: DossierState): SlipBlock[] {
  return [
    line('Kính gửi', state.applicant?.name ?? ''),
    ...contactLines(state, false),
    line('Nội dung yêu cầu giải quyết', procedureName(state)),
    line('Mã hồ sơ', state.dossierCode ?? ''),
  ];
}

function procedureName(state: DossierState): string {
  return state.procedure?.name ?? '';
}

/** A missing component by its code in the dossier, or as the officer wrote it. */
function componentName(state: DossierState, codeOrName: string): string {
  return state.components.find((c) => c.code === codeOrName)?.name ?? codeOrName;
}

function howSupplied(component: DossierState['components'][number]): string {
  if (component.reused) return 'Dữ liệu tái sử dụng';
  return component.digitised ? 'Bản điện tử' : 'Bản giấy';
}

/** The legal duration for the dossier's channel, as the receipt writes it. */
export function durationText(state: DossierState): string {
  const duration: Duration | undefined = state.procedure?.durations[state.channel === 'online' ? 'online' : 'desk'];
  if (!duration) return '';
  switch (duration.unit) {
    case 'workingDays':
      return `${duration.value} ngày làm việc`;
    case 'workingHours':
      return `${duration.value} giờ làm việc`;
    case 'calendarDays':
      return `${duration.value} ngày`;
    case 'sameDay':
      return duration.cutoff
        ? `trong ngày làm việc (nhận sau ${duration.cutoff.replace(':', ' giờ ')} trả trong ngày làm việc tiếp theo)`
        : 'trong ngày làm việc';
  }
}

function returnPlace(state: DossierState, unitName: string): string {
  return state.channel === 'online'
    ? 'Cổng Dịch vụ công (trực tuyến) hoặc Bộ phận Một cửa'
    : `Bộ phận Một cửa, ${unitName}`;
}

function line(label: string, text: string): SlipBlock {
  return { kind: 'line', label, text };
}

function paragraph(text: string, italic = false): SlipBlock {
  return { kind: 'paragraph', text, ...(italic ? { italic } : {}) };
}

function table(columns: [string, number][], rows: string[][]): SlipBlock {
  return { kind: 'table', columns: columns.map(([title, width]) => ({ title, width })), rows };
}
