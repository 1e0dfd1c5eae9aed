import type { PortalConfig } from '@motcua/config';
import type { OutboxEntry } from '@motcua/store';

/** What the portal said of one message. */
export type PortalAnswer =
  | { readonly kind: 'accepted' }
  /** Refused for its content or order (`error_code` other than 0/00/401): sending it again will not help. */
  | { readonly kind: 'refused'; readonly code: string; readonly message: string };

/** The portal did not answer usefully (network, timeout, 5xx, a sign-in refused): worth trying again later. */
export class PortalUnavailable extends Error {}

const ACCEPTED = new Set(['0', '00']);
const SESSION_EXPIRED = '401';

/**
 * The national portal's integration adapter over HTTP (national-sync.md): signs in for a session, keeps
 * it, and signs in again once when a call says it expired. Each call carries the outbox message's id
 * (`x-message-id`), the same on every retry, so a portal that keeps it can tell a re-sent message.
 */
export class PortalClient {
  private session?: Promise<string>;

  constructor(private readonly config: PortalConfig) {}

  async send(message: OutboxEntry): Promise<PortalAnswer> {
    const body = (session: string) => ({
      session,
      madonvi: this.config.unitCode,
      service: message.service,
      ...(message.service === 'DongBoHoSoMC' ? { isUpdating: message.isUpdating ? 'True' : 'False' } : {}),
      data: [message.payload],
    });
    let answer = await this.post('/integration', body(await this.signedIn()), message.messageId);
    if (answer.error_code === SESSION_EXPIRED) {
      this.session = undefined;
      answer = await this.post('/integration', body(await this.signedIn()), message.messageId);
    }
    if (ACCEPTED.has(String(answer.error_code))) return { kind: 'accepted' };
    if (answer.error_code === SESSION_EXPIRED) throw new PortalUnavailable('session refused twice');
    return { kind: 'refused', code: String(answer.error_code), message: String(answer.message ?? '') };
  }

  private signedIn(): Promise<string> {
    this.session ??= this.signIn().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async signIn(): Promise<string> {
    const answer = await this.post('/auth', { username: this.config.username, password: this.config.password });
    if (!ACCEPTED.has(String(answer.error_code)) || typeof answer.session !== 'string')
      throw new PortalUnavailable(`sign-in refused: ${String(answer.error_code)} ${String(answer.message ?? '')}`);
    return answer.session;
  }

  private async post(path: string, body: object, messageId?: string): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.config.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          dstcode: this.config.systemCode,
          ...(messageId ? { 'x-message-id': messageId } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      throw new PortalUnavailable(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (res.status >= 500 || res.status === 429) throw new PortalUnavailable(`${path}: HTTP ${res.status}`);
    try {
      return (await res.json()) as Record<string, unknown>;
    } catch {
      throw new PortalUnavailable(`${path}: HTTP ${res.status}, not JSON`);
    }
  }
}
