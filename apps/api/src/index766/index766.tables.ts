import { GROUPS, type IndicatorResult, type NoDataReason, type TimelinessFigures } from '@motcua/domain';
import type { AgencyRanking, DossierBehindFigure } from '@motcua/store';
import type { CsvColumn } from './csv';

/** Vietnamese headers of the exported tables, as one-stop reports print them. */
export const TIMELINESS_COLUMNS: CsvColumn<{ group: string } & TimelinessFigures>[] = [
  { header: 'Nhóm', value: (r) => r.group },
  { header: 'Tồn kỳ trước chuyển qua', value: (r) => r.carriedOver },
  { header: 'Tiếp nhận trong kỳ', value: (r) => r.received },
  { header: 'Tổng số hồ sơ xử lý', value: (r) => r.processed },
  { header: 'Đã giải quyết trước hạn', value: (r) => r.early },
  { header: 'Đã giải quyết đúng hạn', value: (r) => r.onTime },
  { header: 'Đã giải quyết trễ hạn', value: (r) => r.late },
  { header: 'Đang giải quyết trong hạn', value: (r) => r.inTime },
  { header: 'Đang giải quyết quá hạn', value: (r) => r.overdue },
  { header: 'Tỷ lệ đúng hạn (%)', value: (r) => r.onTimeRate },
  { header: 'Tỷ lệ trễ hạn (%)', value: (r) => r.lateRate },
];

export const RANKING_COLUMNS: CsvColumn<AgencyRanking>[] = [
  { header: 'Hạng', value: (r) => r.rank },
  { header: 'Cơ quan', value: (r) => r.agency },
  { header: 'Tổng điểm', value: (r) => r.total },
  { header: 'Xếp loại', value: (r) => r.band },
  { header: 'Tỷ lệ đúng hạn (%)', value: (r) => r.onTimeRate },
];

/** Why an indicator has no data or no points, as the notes column says it. */
export const NO_DATA_NOTES: Record<NoDataReason, string> = {
  EMPTY_DENOMINATOR: 'Không có hồ sơ hoặc thủ tục nào trong mẫu số của kỳ',
  CONTENT_NOT_RECORDED: 'Danh mục chưa ghi nhận đủ bảy nội dung công khai của thủ tục',
  PORTAL_SYNC_NOT_BUILT: 'Chưa đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia',
  PERSONAL_STORE_NOT_BUILT: 'Chưa đồng bộ kết quả điện tử vào kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia',
  FEEDBACK_BY_AGENCY_ONLY: 'Phản ánh, kiến nghị được tính theo cơ quan, không theo thủ tục hay kênh tiếp nhận',
  NOTHING_FINISHED: 'Không có hồ sơ nào giải quyết xong trong kỳ',
  NO_FEES: 'Không có phí, lệ phí trong kỳ',
};

/** Said of an indicator scored by our reading of a national function that is not published. */
const OUR_READING_NOTE = 'Cách tính điểm của Cổng chưa công bố; điểm theo cách hiểu của hệ thống (cấu hình)';

/** What the notes column says of an indicator: why it has no data, or that its points are our reading. */
export function noteOf(indicator: IndicatorResult): string | undefined {
  if (indicator.noData) return NO_DATA_NOTES[indicator.noData];
  return indicator.ourReading ? OUR_READING_NOTE : undefined;
}

/** An indicator's own columns: every indicator table ends with these. */
const INDICATOR_FIGURES: CsvColumn<{ indicator: IndicatorResult }>[] = [
  { header: 'Mã chỉ tiêu', value: (r) => r.indicator.id },
  { header: 'Tên chỉ tiêu', value: (r) => r.indicator.name },
  { header: 'Nhóm chỉ số', value: (r) => GROUPS[r.indicator.group].name },
  { header: 'Tử số', value: (r) => r.indicator.numerator },
  { header: 'Mẫu số', value: (r) => r.indicator.denominator },
  { header: 'Tỷ lệ (%)', value: (r) => r.indicator.ratio },
  { header: 'Điểm', value: (r) => r.indicator.points },
  { header: 'Điểm tối đa', value: (r) => r.indicator.maxPoints },
  { header: 'Ghi chú', value: (r) => noteOf(r.indicator) ?? '' },
];

/** The scorecard: one row per indicator. */
export const SCORECARD_COLUMNS: CsvColumn<{ indicator: IndicatorResult }>[] = INDICATOR_FIGURES;

/** One indicator by agency, procedure, channel or month: the group first. */
export const INDICATOR_COLUMNS: CsvColumn<{ group: string; indicator: IndicatorResult }>[] = [
  { header: 'Nhóm', value: (r) => r.group },
  ...INDICATOR_FIGURES,
];

export const DOSSIER_COLUMNS: CsvColumn<DossierBehindFigure>[] = [
  { header: 'Mã hồ sơ', value: (r) => r.dossierCode },
  { header: 'Cơ quan', value: (r) => r.agencyCode },
  { header: 'Mã thủ tục', value: (r) => r.procedureCode },
  { header: 'Kênh', value: (r) => r.channel },
  { header: 'Thời điểm', value: (r) => r.factAt },
  { header: 'Số ngày làm việc', value: (r) => r.amount },
  { header: 'Trạng thái', value: (r) => r.status },
  { header: 'Hạn giải quyết (thống kê)', value: (r) => r.statisticalDueAt },
  { header: 'Ngày kết thúc xử lý', value: (r) => r.finishedAt },
  { header: 'Phân loại', value: (r) => r.timeliness },
];
