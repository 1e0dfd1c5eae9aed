/**
 * A stand-in for the national public-service portal's integration adapter (national-sync.md), which is
 * not reachable from here: a session login, then `DongBoHoSoMC` (create, then updates) and
 * `CapNhatTienDoHoSoMC` (progress steps, only for a dossier the portal holds). It checks every payload's
 * shape as strictly as we know the portal to, keeps what it accepted once per message id (the
 * `x-message-id` header: a re-sent message is acknowledged again, not recorded twice), and fails on
 * demand — errors, timeouts, slow answers, dropped sessions — so tests can drive the sender's recovery.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const portalDate = z.string().regex(/^(\d{14})?$/, 'yyyyMMddHHmmss');
const status = z.number().int().min(1).max(10);

const dossierRecord = z.object({
  MaHoSo: z.string().min(1),
  MaTTHC: z.string().min(1),
  TenTTHC: z.string().min(1),
  MaCoQuan: z.string().min(1),
  KenhThucHien: z.number().int().min(1).max(3),
  ChuHoSo: z.string().min(1),
  LoaiDoiTuong: z.number().int().min(1).max(2),
  SoGiayTo: z.string(),
  NgayNopHoSo: portalDate.refine((d) => d !== '', 'required'),
  NgayTiepNhan: portalDate,
  NgayHenTra: portalDate,
  TrangThaiHoSo: status,
  NgayKetThucXuLy: portalDate,
  NgayTra: portalDate,
});

const progressStep = z.object({
  MaHoSo: z.string().min(1),
  NguoiXuLy: z.string().min(1),
  ChucDanh: z.string().min(1),
  ThoiDiemXuLy: portalDate.refine((d) => d !== '', 'required'),
  PhongBanXuLy: z.string().min(1),
  NoiDungXuLy: z.string().min(1),
  TrangThai: status,
  NgayBatDau: portalDate,
  NgayKetThucTheoQuyDinh: portalDate,
});

/** An e-result for the applicant's personal data store (our shape: the service is not documented). */
const personalStoreResult = z.object({
  MaHoSo: z.string().min(1),
  SoGiayTo: z.string().min(1),
  KetQua: z
    .array(
      z.object({
        SoKyHieu: z.string().min(1),
        TenTep: z.string().min(1),
        MaBam: z.string().regex(/^sha256:[0-9a-f]{64}$/),
        NguoiKy: z.string().min(1),
        NgayKy: portalDate,
      }),
    )
    .min(1),
});

const integration = z.discriminatedUnion('service', [
  z.object({
    session: z.string(),
    madonvi: z.string().min(1),
    service: z.literal('DongBoHoSoMC'),
    isUpdating: z.enum(['True', 'False']),
    data: z.array(dossierRecord).min(1),
  }),
  z.object({
    session: z.string(),
    madonvi: z.string().min(1),
    service: z.literal('CapNhatTienDoHoSoMC'),
    data: z.array(progressStep).min(1),
  }),
  z.object({
    session: z.string(),
    madonvi: z.string().min(1),
    service: z.literal('DongBoKetQuaKhoDuLieuCaNhan'),
    data: z.array(personalStoreResult).min(1),
  }),
]);

/** What the stand-in does wrong on purpose: each a probability per call (0–1), and a delay. */
export interface PortalFaults {
  /** Answers HTTP 500. */
  failRate: number;
  /** Never answers (the client's timeout must fire). */
  timeoutRate: number;
  /** Forgets every session (the client must sign in again). */
  dropSessionRate: number;
  /** Answers this late. */
  slowMs: number;
  /** Takes a new message in, then answers this late (a sender cut off meanwhile never learns it was taken). */
  answerLateMs: number;
}

export interface StandInPortal {
  readonly url: string;
  readonly credentials: { readonly username: string; readonly password: string; readonly systemCode: string };
  /** Changes the faults from now on. */
  faults(next: Partial<PortalFaults>): void;
  /** Every message accepted, in the order accepted: once per message id. */
  accepted(): readonly { messageId: string; dossierCode: string; service: string }[];
  /** How many times a message id was acknowledged (1 = delivered once; more = re-sent after a lost answer). */
  acknowledgements(messageId: string): number;
  readonly counts: { logins: number; calls: number; refused: number };
  stop(): Promise<void>;
}

export async function startStandInPortal(options: { port?: number; host?: string } = {}): Promise<StandInPortal> {
  const credentials = { username: 'motcua', password: randomBytes(12).toString('hex'), systemCode: 'MOTCUA' };
  const faults: PortalFaults = { failRate: 0, timeoutRate: 0, dropSessionRate: 0, slowMs: 0, answerLateMs: 0 };
  const sessions = new Set<string>();
  const dossiers = new Set<string>();
  const accepted: { messageId: string; dossierCode: string; service: string }[] = [];
  const acks = new Map<string, number>();
  const counts = { logins: 0, calls: 0, refused: 0 };
  const hanging = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> => {
    // For a person (and npm start's test) to see what reached it; not part of the real portal.
    if (req.method === 'GET' && req.url === '/_stand-in/status')
      return answer(res, 200, { accepted: accepted.length, dossiers: [...dossiers], ...counts });
    counts.calls += 1;
    if (faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
    if (Math.random() < faults.timeoutRate) {
      hanging.add(res);
      return;
    }
    if (Math.random() < faults.failRate) return answer(res, 500, { error_code: '500', message: 'lỗi máy chủ' });
    if (Math.random() < faults.dropSessionRate) sessions.clear();
    if (req.url === '/auth') return answer(res, 200, login(req, body));
    if (req.url !== '/integration') return answer(res, 404, { error_code: '404' });
    const parsed = integration.safeParse(body);
    if (!parsed.success) {
      counts.refused += 1;
      return answer(res, 200, {
        error_code: '99',
        message: parsed.error.issues.map((i) => i.path.join('.')).join(', '),
      });
    }
    if (!sessions.has(parsed.data.session)) return answer(res, 200, { error_code: '401', message: 'phiên hết hạn' });
    const messageId = String(req.headers['x-message-id'] ?? '');
    const known = acks.get(messageId);
    if (messageId && known !== undefined) {
      acks.set(messageId, known + 1);
      return answer(res, 200, { error_code: '0' });
    }
    const refusal = orderRefusal(parsed.data, dossiers);
    if (refusal) {
      counts.refused += 1;
      return answer(res, 200, { error_code: '98', message: refusal });
    }
    for (const item of parsed.data.data) {
      dossiers.add(item.MaHoSo);
      accepted.push({ messageId, dossierCode: item.MaHoSo, service: parsed.data.service });
    }
    if (messageId) acks.set(messageId, 1);
    if (faults.answerLateMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.answerLateMs));
    return answer(res, 200, { error_code: '0' });
  };

  const login = (req: IncomingMessage, body: unknown) => {
    const given = body as { username?: string; password?: string };
    if (
      req.headers.dstcode !== credentials.systemCode ||
      given.username !== credentials.username ||
      given.password !== credentials.password
    )
      return { error_code: '401', message: 'sai thông tin đăng nhập' };
    counts.logins += 1;
    const session = randomBytes(16).toString('hex');
    sessions.add(session);
    return { error_code: '0', session };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        answer(res, 400, { error_code: '400', message: 'JSON' });
        return;
      }
      handle(req, res, body).catch((error: unknown) => answer(res, 500, { error_code: '500', message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    credentials,
    faults: (next) => Object.assign(faults, next),
    accepted: () => [...accepted],
    acknowledgements: (messageId) => acks.get(messageId) ?? 0,
    counts,
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The portal takes an update or progress only for a dossier it holds, and a creation only once. */
function orderRefusal(call: z.infer<typeof integration>, dossiers: ReadonlySet<string>): string | undefined {
  for (const item of call.data) {
    const held = dossiers.has(item.MaHoSo);
    if (call.service === 'DongBoHoSoMC' && call.isUpdating === 'False' && held) return `${item.MaHoSo} đã có`;
    if ((call.service !== 'DongBoHoSoMC' || call.isUpdating === 'True') && !held)
      return `${item.MaHoSo} chưa được đồng bộ`;
  }
  return undefined;
}

function answer(res: ServerResponse, status: number, body: object): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
