import { randomUUID } from 'node:crypto';
import { WorkingCalendar, civilServiceCalendarConfig, decide, initialState, SYSTEM_ACTOR } from '@motcua/domain';
import { DEMO_PROCEDURES, type EventStore } from '@motcua/store';
import { runConcurrently } from './support';

/** Submitted dossiers appended straight to the event store (volume for the queue, not through Temporal). */
export async function seedQueue(store: EventStore, count: number): Promise<void> {
  const calendar = new WorkingCalendar(civilServiceCalendarConfig());
  const base = Date.now() - 30 * 86_400_000;
  await runConcurrently(count, 8, async (i) => {
    const [event] = decide(
      {
        type: 'SubmitDossier',
        at: new Date(base + i * 60_000).toISOString(),
        actor: SYSTEM_ACTOR,
        dossierCode: `STP-KH-200101-${String(i).padStart(6, '0')}`,
        agencyCode: 'STP-KH',
        channel: i % 3 === 0 ? 'desk' : 'online',
        procedure: DEMO_PROCEDURES[i % DEMO_PROCEDURES.length],
        applicant: { kind: 'citizen', name: `Công dân ${i}`, idNumber: `0792030${String(i).padStart(5, '0')}` },
        components: [{ code: 'TK', name: 'Tờ khai', copies: 1, digitised: true, reused: false }],
        fee: 0,
      },
      initialState(),
      { calendar },
    );
    await store.append(`dossier-STP-KH-200101-${String(i).padStart(6, '0')}`, 0, [
      {
        eventId: randomUUID(),
        type: event.type,
        data: { ...event.data },
        occurredAt: event.data.at,
        metadata: { actorId: 'bench', actorRole: 'system' },
      },
    ]);
  });
}
