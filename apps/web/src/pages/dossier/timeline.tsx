import { Empty, Skeleton, Timeline as AntTimeline, Typography } from 'antd';
import { useDossierEvents, type StoredEvent } from '../../api/dossier';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { EVENT_NAMES, ROLE_NAMES } from '../../lib/vocabulary';

/** What a fact says beyond its name: its reason, its papers, its new dates. */
function detailOf(event: StoredEvent): string | undefined {
  const data = event.data as Record<string, unknown>;
  const parts = [
    typeof data.reason === 'string' ? data.reason : undefined,
    typeof data.title === 'string' ? `${data.title}${data.number ? ` số ${String(data.number)}` : ''}` : undefined,
    typeof data.rescheduledAt === 'string' ? `hẹn lại ${formatDateTime(data.rescheduledAt)}` : undefined,
    typeof data.dueAt === 'string' && event.type === 'DossierAccepted'
      ? `hẹn trả ${formatDateTime(data.dueAt)}`
      : undefined,
  ];
  const text = parts.filter(Boolean).join(' · ');
  return text || undefined;
}

/** The dossier's events in order, in Vietnamese: what, when (business time), who. */
export function Timeline({ code }: { code: string }) {
  const events = useDossierEvents(code);
  if (events.isPending) return <Skeleton active />;
  if (events.error) return <ProblemAlert error={events.error} />;
  if (events.data.items.length === 0) return <Empty />;
  return (
    <AntTimeline
      items={events.data.items.map((event) => ({
        key: event.streamVersion,
        content: (
          <>
            <Typography.Text strong>{EVENT_NAMES[event.type] ?? event.type}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTime(event.occurredAt)} ·{' '}
              {event.metadata.actorRole === 'system'
                ? 'hệ thống'
                : `${event.metadata.actorId ?? ''} (${ROLE_NAMES[event.metadata.actorRole ?? ''] ?? event.metadata.actorRole})`}
            </Typography.Text>
            {detailOf(event) && <div>{detailOf(event)}</div>}
          </>
        ),
      }))}
    />
  );
}
