import { Tag } from 'antd';
import { useSettings } from '../api/settings';
import { formatWorkingTime } from '../lib/format';
import { URGENCY_TONES, urgencyOf } from '../lib/remaining-time';
import { TONES } from '../lib/tones';

const URGENCY_WORDS = { none: '', onTrack: 'còn', apologyDue: 'sắp đến hạn, còn', overdue: '' } as const;

/** Working time left to the next deadline, coloured by urgency (green, amber inside the apology lead, red). */
export function RemainingTimeTag({ minutes, overdue }: { minutes: number | null; overdue: boolean }) {
  const lead = useSettings().data?.apologyLeadWorkingMinutes ?? 480;
  const urgency = urgencyOf(minutes, overdue, lead);
  if (urgency === 'none') return <span>—</span>;
  const text = minutes === null ? 'quá hạn' : formatWorkingTime(minutes);
  return (
    <Tag color={TONES[URGENCY_TONES[urgency]]} data-urgency={urgency}>
      {[URGENCY_WORDS[urgency], text].filter(Boolean).join(' ')}
    </Tag>
  );
}
