import { get, type IncomingMessage } from 'node:http';
import request from 'supertest';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

/** What the web app needs of the API: its pages, sign-in, the buttons' answer, live changes. */
describe('the API behind the web app', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ listen: true });
  });
  afterAll(() => system?.stop());

  describe('pages', () => {
    it('answers every page path with the app, never cached, under a strict content policy', async () => {
      for (const path of [
        '/',
        '/dang-nhap',
        '/ban-lam-viec',
        '/ho-so/STP-KH-261201-000001',
        '/chi-so-766',
        '/tra-cuu',
      ]) {
        const res = await request(system.http).get(path).expect(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['content-security-policy']).toContain("script-src 'self'");
        expect(res.text).toContain('<div id="root"></div>');
      }
    });

    it('serves the hashed assets for a year, and leaves the API’s own paths to the API', async () => {
      const index = (await request(system.http).get('/')).text;
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
      expect(script).toBeDefined();
      const asset = await request(system.http).get(script!).expect(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect(asset.headers['cache-control']).toContain('max-age=31536000');
      await request(system.http).get('/assets/nothing-here.js').expect(404);
      const api = await request(system.http).get('/dossiers').expect(401);
      expect(api.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('sign-in', () => {
    it('tells the page how to sign in, with the agencies and units to choose from', async () => {
      const res = await request(system.http).get('/web/config').expect(200);
      expect(res.body.signIn).toEqual({ mode: 'dev' });
      expect(res.body.agencies).toEqual(expect.arrayContaining([{ code: 'STP-KH', name: expect.any(String) }]));
      expect(res.body.units).toEqual(expect.arrayContaining(['desk', 'processing', 'leadership']));
      expect(res.body.apologyLeadWorkingMinutes).toBe(480);
    });

    it('mints a token for the chosen role, agency and unit, which the API then accepts', async () => {
      const res = await request(system.http)
        .post('/web/dev-sign-in')
        .send({ role: 'supervisor', agency: 'STP-KH', name: 'Phạm Văn Giám' })
        .expect(201);
      await request(system.http).get('/audit/actions').set('authorization', `Bearer ${res.body.token}`).expect(200);
      await request(system.http).get('/dossiers').set('authorization', `Bearer ${res.body.token}`).expect(200);
      const refused = await request(system.http)
        .post('/web/dev-sign-in')
        .send({ role: 'officer', agency: 'NOWHERE' })
        .expect(422);
      expect(refused.body.code).toBe('AGENCY_NOT_FOUND');
      const bad = await request(system.http).post('/web/dev-sign-in').send({ role: 'god', agency: 'STP-KH' });
      expect(bad.status).toBe(400);
    });
  });

  describe('the commands a dossier page offers', () => {
    it('are those the caller’s role may send and the decider would take now', async () => {
      const officer = apiClient(system, await bearer('officer'));
      const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
      const submitted = (await officer.get(`/dossiers/${code}`).expect(200)).body;
      expect(submitted.allowedCommands).toEqual(
        expect.arrayContaining(['accept', 'request-completion', 'refuse', 'cancel', 'withdrawal']),
      );
      expect(submitted.allowedCommands).not.toContain('pause');
      expect(submitted.allowedCommands).not.toContain('rating');

      const supervisor = apiClient(system, await bearer('supervisor'));
      expect((await supervisor.get(`/dossiers/${code}`).expect(200)).body.allowedCommands).toEqual([]);

      const { version } = (await officer.command(code, 'accept').expect(200)).body;
      await officer.papersIssued(code);
      // The page's read-your-writes: the version its command answered with (the read model may lag behind it).
      const accepted = (await officer.get(`/dossiers/${code}?atLeast=${version}`).expect(200)).body;
      expect(accepted.allowedCommands).not.toContain('accept');
      expect(accepted.allowedCommands).toEqual(expect.arrayContaining(['request-supplement', 'stop']));
    });
  });

  describe('read-your-writes', () => {
    it('a read asking for at least the version a command produced skips a read model still behind it', async () => {
      // A system without a running projector: the read model moves only when told to.
      const quiet = await startTestSystem();
      try {
        const officer = apiClient(quiet, await bearer('officer'));
        const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
        await quiet.project();
        const accepted = (await officer.command(code, 'accept').expect(200)).body;
        expect((await officer.get(`/dossiers/${code}`).expect(200)).body.status).toBe(1);
        const fresh = (await officer.get(`/dossiers/${code}?atLeast=${accepted.version}`).expect(200)).body;
        expect(fresh.version).toBeGreaterThanOrEqual(accepted.version);
        expect(fresh.status).toBe(accepted.status);
        expect(fresh.allowedCommands).not.toContain('accept');
        await officer.get(`/dossiers/${code}?atLeast=-1`).expect(400);
      } finally {
        await quiet.stop();
      }
    });
  });

  describe('live changes', () => {
    it('announce a change of the caller’s agency, and not of another agency', async () => {
      const stream = await openChanges(system.baseUrl!, await bearer('officer', ['STP-KH']));
      const other = await openChanges(system.baseUrl!, await bearer('officer', ['STP-PT']));
      try {
        expect(await stream.next()).toMatchObject({ event: 'ready' });
        expect(await other.next()).toMatchObject({ event: 'ready' });
        const officer = apiClient(system, await bearer('officer'));
        await officer.submit(DESK_DOSSIER).expect(201);
        await system.project();
        expect(await stream.next()).toEqual({ event: 'changed', data: { agencies: ['STP-KH'] } });
        expect(await other.next(1_000)).toBeUndefined();
      } finally {
        stream.close();
        other.close();
      }
    });

    it('needs a token, and ends when the time asked for is up', async () => {
      await request(system.http).get('/changes').expect(401);
      const res = await request(system.http)
        .get('/changes?seconds=0')
        .set('authorization', await bearer('metrics'))
        .expect(200);
      expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(res.text).toContain('event: ready');
    });
  });
});

interface ServerEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Opens `GET /changes` and reads its events one by one (`next` resolves undefined after `ms` of silence). */
function openChanges(baseUrl: string, token: string) {
  return new Promise<{ next(ms?: number): Promise<ServerEvent | undefined>; close(): void }>((resolve, reject) => {
    const events: ServerEvent[] = [];
    const waiting: ((event: ServerEvent) => void)[] = [];
    let buffer = '';
    const req = get(`${baseUrl}/changes`, { headers: { authorization: token } }, (res: IncomingMessage) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (!event) continue;
          const parsed = { event, data: data ? JSON.parse(data) : undefined };
          const taker = waiting.shift();
          if (taker) taker(parsed);
          else events.push(parsed);
        }
      });
      resolve({
        next: (ms = 10_000) =>
          events.length > 0
            ? Promise.resolve(events.shift())
            : new Promise((done) => {
                const timer = setTimeout(() => {
                  waiting.splice(waiting.indexOf(taker), 1);
                  done(undefined);
                }, ms);
                const taker = (event: ServerEvent) => {
                  clearTimeout(timer);
                  done(event);
                };
                waiting.push(taker);
              }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}
