import type { IndicatorResult, TimelinessFigures } from '../../../../libs/domain/src';
import type { DossierBehindFigure } from '../../../../libs/store/src';
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

export const INDICATOR_COLUMNS: CsvColumn<{ group?: string; indicator: IndicatorResult }>[] = [
  { header: 'Nhóm', value: (r) => r.group },
  { header: 'Mã chỉ tiêu', value: (r) => r.indicator.id },
  { header: 'Tên chỉ tiêu', value: (r) => r.indicator.name },
  { header: 'Nhóm chỉ số', value: (r) => r.indicator.group },
  { header: 'Tử số', value: (r) => r.indicator.numerator },
  { header: 'Mẫu số', value: (r) => r.indicator.denominator },
  { header: 'Tỷ lệ (%)', value: (r) => r.indicator.ratio },
  { header: 'Điểm', value: (r) => r.indicator.points },
  { header: 'Điểm tối đa', value: (r) => r.indicator.maxPoints },
  { header: 'Ghi chú', value: (r) => r.indicator.noData },
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
