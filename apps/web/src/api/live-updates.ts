import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSession } from '../session/session';
import { api } from './client';

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * Keeps the pages' data current: listens to the API's change announcements for the person's agencies
 * (`GET /changes`, server-sent events fed by the projector) and refreshes the queries under `keys`
 * when one comes. No polling: a quiet agency costs one idle connection. Reconnects with backoff.
 */
export function useLiveUpdates(keys: readonly string[]): void {
  const client = useQueryClient();
  const { session } = useSession();
  const watched = useRef(keys);
  watched.current = keys;
  useEffect(() => {
    if (!session) return undefined;
    const stop = new AbortController();
    const refresh = () => watched.current.forEach((key) => void client.invalidateQueries({ queryKey: [key] }));
    void listen(stop.signal, refresh);
    return () => stop.abort();
  }, [session, client]);
}

async function listen(signal: AbortSignal, onChange: () => void): Promise<void> {
  let delay = FIRST_RETRY_MS;
  while (!signal.aborted) {
    try {
      const { data, response } = await api.GET('/changes', { parseAs: 'stream', signal });
      if (response.ok && data) {
        delay = FIRST_RETRY_MS;
        await readEvents(data, onChange);
      }
    } catch {
      // Dropped, or refused while the API restarts: try again later.
    }
    if (signal.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    delay = Math.min(delay * 2, LAST_RETRY_MS);
  }
}

/** Reads `text/event-stream` frames; calls `onChange` for each `changed` event. */
async function readEvents(stream: ReadableStream<Uint8Array>, onChange: () => void): Promise<void> {
  const reader = stream
    .pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>)
    .getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (frame.split('\n').includes('event: changed')) onChange();
      end = buffer.indexOf('\n\n');
    }
  }
}
