/**
 * The papers of the one-stop desk (biểu mẫu; shared/forms.md): their form numbers, titles and number
 * symbols per rule set, kept as versioned data like the durations, so a confirmed text is a data change.
 * Decree 61/2018 + Circular 01/2018/TT-VPCP for dossiers submitted before 01/07/2025; Decree 118/2025
 * after (its form numbers are unconfirmed, see forms.md). Symbols (ký hiệu) are our reading: forms.md
 * names only the apology's "PXL".
 */
import type { RuleSet } from '../dossier/rule-sets';

/** A paper motcua issues for a dossier; the control slip and the register are kept, not issued. */
export type IssuedSlipKind = 'receipt' | 'supplementRequest' | 'refusal' | 'apology' | 'stopNotice';
export type SlipKind = IssuedSlipKind | 'controlSlip';
export type PaperKind = SlipKind | 'register';

export const ISSUED_SLIP_KINDS: readonly IssuedSlipKind[] = [
  'receipt',
  'supplementRequest',
  'refusal',
  'apology',
  'stopNotice',
];
export const SLIP_KINDS: readonly SlipKind[] = [...ISSUED_SLIP_KINDS, 'controlSlip'];

/** Papers the applicant is given, so the public lookup hands them out (the control slip stays in the file). */
export const APPLICANT_SLIP_KINDS: readonly IssuedSlipKind[] = ISSUED_SLIP_KINDS;

export interface SlipForm {
  /** "Mẫu số 01"; absent where the rule set has no form for the paper (the stop notice under Decree 61). */
  readonly form?: string;
  readonly title: string;
  /** Ký hiệu after the number ("Số: 12/PXL"); absent for papers without a number. */
  readonly symbol?: string;
  /** A letter (công văn): "Kính gửi", a subject line "V/v …" and "Nơi nhận" (the apology under Decree 118). */
  readonly letter?: { readonly subject: string };
}

/** Version of this table, recorded with every issued slip so a re-rendering uses the same texts. */
export const SLIP_FORMS_VERSION = '2026-12-01';

const RECEIPT = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';
const SUPPLEMENT = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';
const REFUSAL = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';
const STOP = 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ';
const CONTROL = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';
const REGISTER = 'SỔ THEO DÕI HỒ SƠ';

export const SLIP_FORMS: Readonly<Record<RuleSet['id'], Readonly<Record<PaperKind, SlipForm>>>> = {
  'ND61-107': {
    receipt: { form: 'Mẫu số 01', title: RECEIPT, symbol: 'TNHS' },
    supplementRequest: { form: 'Mẫu số 02', title: SUPPLEMENT, symbol: 'YCBS' },
    refusal: { form: 'Mẫu số 03', title: REFUSAL, symbol: 'TCHS' },
    apology: { form: 'Mẫu số 04', title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', symbol: 'PXL' },
    stopNotice: { title: STOP, symbol: 'TB-DXL' },
    controlSlip: { form: 'Mẫu số 05', title: CONTROL },
    register: { form: 'Mẫu số 06', title: REGISTER },
  },
  ND118: {
    receipt: { form: 'Mẫu số 01', title: RECEIPT, symbol: 'TNHS' },
    supplementRequest: { form: 'Mẫu số 02', title: SUPPLEMENT, symbol: 'YCBS' },
    refusal: { form: 'Mẫu số 03', title: REFUSAL, symbol: 'TCHS' },
    apology: {
      form: 'Mẫu số 04',
      title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      symbol: 'PXL',
      letter: { subject: 'V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ' },
    },
    stopNotice: { form: 'Mẫu số 05', title: STOP, symbol: 'TB-DXL' },
    controlSlip: { form: 'Mẫu số 06', title: CONTROL },
    register: { form: 'Mẫu số 07', title: REGISTER },
  },
};

export function slipFormOf(ruleSetId: RuleSet['id'], kind: PaperKind): SlipForm {
  return SLIP_FORMS[ruleSetId][kind];
}
