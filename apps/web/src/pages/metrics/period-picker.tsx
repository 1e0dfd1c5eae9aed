import { DatePicker, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import { PERIOD_LABELS, periodQuery, pickerOf, type PeriodKind } from '../../lib/period';

dayjs.extend(quarterOfYear);

export interface PeriodChoice {
  readonly kind: PeriodKind;
  readonly day: Dayjs;
}

/** The period of the figures: a kind (month, quarter, year, the reporting windows) and which one. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  return (
    <Space wrap>
      <Select<PeriodKind>
        aria-label="Loại kỳ"
        value={value.kind}
        style={{ width: 280 }}
        onChange={(kind) => onChange({ ...value, kind })}
        options={Object.entries(PERIOD_LABELS).map(([v, label]) => ({ value: v as PeriodKind, label }))}
      />
      <DatePicker
        aria-label="Kỳ"
        picker={pickerOf(value.kind)}
        value={value.day}
        allowClear={false}
        format={
          pickerOf(value.kind) === 'month' ? 'MM/YYYY' : pickerOf(value.kind) === 'year' ? 'YYYY' : '[Quý] Q/YYYY'
        }
        onChange={(day) => day && onChange({ ...value, day })}
      />
    </Space>
  );
}

/** The API's query for a choice. */
export function queryOf(choice: PeriodChoice): { period: PeriodKind; date: string } {
  const day = choice.kind === 'quarter' ? choice.day.startOf('quarter') : choice.day;
  return periodQuery(choice.kind, day.year(), day.month() + 1);
}
