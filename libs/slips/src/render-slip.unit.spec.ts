import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ARTIFACTS, flatText, readPdfs } from '../../../test/support/pdf';
import type { SlipContent, SlipKind } from '@motcua/domain';
import { renderSlip } from './render-slip';
import { dossierHistories, papersOf } from './slip.fixtures';

const ARTIFACT_DIR = join(ARTIFACTS, 'slips');
const LOOKUP = 'http://127.0.0.1:3000/public/dossiers/STP-KH-000001?key=ABCDEFGHJK';

const flat = (pages: string[]) => flatText({ pages, info: {} });

const EXPECTED: Record<'ND61-107' | 'ND118', { day: string; texts: Record<SlipKind, string[]> }> = {
  'ND61-107': {
    day: '2025-03-10',
    texts: {
      receipt: [
        'Mẫu số 01',
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'Sở Tư pháp tỉnh Khánh Hòa tiếp nhận hồ sơ của: Nguyễn Thị Ánh Dương',
        'Nội dung yêu cầu giải quyết: Cấp Phiếu lý lịch tư pháp',
        'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        'Dữ liệu tái sử dụng',
        '2. Số lượng hồ sơ: 01 (bộ)',
        '3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc',
        '4. Thời gian nhận hồ sơ: 08 giờ 10 phút, ngày 10/03/2025',
        'NGƯỜI NỘP HỒ SƠ',
        'NGƯỜI TIẾP NHẬN HỒ SƠ',
        'Quét mã để tra cứu tình trạng hồ sơ',
        'Liên 1: lưu tại Bộ phận Một cửa; Liên 2: giao người nộp hồ sơ.',
      ],
      supplementRequest: [
        'Mẫu số 02',
        'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
        'Lý do: Tờ khai thiếu chữ ký của người yêu cầu',
        'NGƯỜI HƯỚNG DẪN',
      ],
      refusal: [
        'Mẫu số 03',
        'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
        'thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
        'Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp',
        'NGƯỜI TỪ CHỐI',
      ],
      apology: [
        'Mẫu số 04',
        'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
        'Số: 7/TEST',
        'Kính gửi: Nguyễn Thị Ánh Dương',
        'Lý do: Chờ kết quả xác minh của cơ quan Công an',
        'Đơn vị để xảy ra chậm trễ: Phòng chuyên môn',
        'Thời gian hẹn trả kết quả lại: ngày 09 tháng 04 năm 2025.',
        'GIÁM ĐỐC',
        'Nơi nhận:',
      ],
      stopNotice: ['THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Lý do: Theo đề nghị rút hồ sơ của ông/bà.'],
      controlSlip: [
        'Mẫu số 05',
        'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
        'Kèm theo hồ sơ của: Nguyễn Thị Ánh Dương',
        'THỜI GIAN GIAO, NHẬN HỒ SƠ',
        '2. Nhận: Phòng chuyên môn',
        '09 giờ 00 phút, ngày 10 tháng 03 năm 2025',
        'Người nhận: chuyen-vien-2',
      ],
    },
  },
  ND118: {
    day: '2025-09-08',
    texts: {
      receipt: [
        'Mẫu số 01',
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        '4. Thời gian nhận hồ sơ: 08 giờ 10 phút, ngày 08/09/2025',
      ],
      supplementRequest: ['Mẫu số 02', 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ'],
      refusal: ['Mẫu số 03', 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ'],
      apology: [
        'Mẫu số 04',
        'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
        'V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ',
        'đề nghị ông/bà đồng ý gia hạn thời gian giải quyết hồ sơ',
        'Nơi nhận:',
      ],
      stopNotice: ['Mẫu số 05', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ'],
      controlSlip: ['Mẫu số 06', 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'],
    },
  },
};

describe.each(Object.entries(EXPECTED))('the papers of a dossier under %s', (ruleSet, { day, texts }) => {
  let contents: Map<SlipKind, SlipContent>;
  let read: Record<string, { pages: string[]; info: Record<string, unknown> }>;

  beforeAll(async () => {
    const { accepted, refused } = dossierHistories(day);
    contents = new Map([...papersOf(accepted, LOOKUP), ...papersOf(refused, LOOKUP)]);
    const pdfs = new Map<string, Buffer>();
    for (const [kind, content] of contents) pdfs.set(`${ruleSet}-${kind}`, await renderSlip(content));
    read = readPdfs(pdfs, ARTIFACT_DIR);
  });

  it.each(Object.entries(texts))('%s: the Vietnamese text is there, extractable, in NFC', (kind, expected) => {
    const text = flat(read[`${ruleSet}-${kind}`].pages);
    expect(text).toBe(text.normalize('NFC'));
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ TƯ PHÁP TỈNH KHÁNH HÒA',
    ]) {
      expect(text).toContain(line);
    }
    for (const line of expected) expect(text).toContain(line);
  });

  it('dates every paper at its event, in Vietnam time, with fixed metadata', () => {
    const receipt = read[`${ruleSet}-receipt`];
    expect(flat(receipt.pages)).toContain(
      `Khánh Hòa, ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}`,
    );
    expect(receipt.info).toMatchObject({ Title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', Producer: 'motcua' });
  });

  it('renders the same bytes for the same events, and other bytes for another number', async () => {
    const receipt = contents.get('receipt')!;
    const hash = async (content: SlipContent) =>
      createHash('sha256')
        .update(await renderSlip(content))
        .digest('hex');
    expect(await hash(receipt)).toBe(await hash(receipt));
    expect(await hash({ ...receipt, numberLine: 'Số: 999/TNHS' })).not.toBe(await hash(receipt));
  });
});
