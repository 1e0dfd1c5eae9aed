import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pdfBytes } from './support/files';

/**
 * The README's run command, as a user runs it: `npm start` (scripts/start.mjs) builds, starts
 * PostgreSQL and Temporal, seeds, runs the worker and the API, serves /health with both up, and stops
 * everything on SIGINT. Uploaded files land in the data directory. Ports and the data directory are the test's own.
 */
describe('the run command (npm start)', () => {
  it('serves /health 200 with both dependencies up, takes a submission, and stops cleanly on SIGINT', async () => {
    const { freePort } = await import('../scripts/infra/ports.mjs');
    const [api, pg, temporal, ui] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const { makeScratchDir } = await import('../scripts/infra/scratch.mjs');
    const dataDir = makeScratchDir('motcua-start-');
    const root = join(__dirname, '..');
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        API_PORT: String(api),
        MOTCUA_PG_PORT: String(pg),
        MOTCUA_TEMPORAL_PORT: String(temporal),
        MOTCUA_TEMPORAL_UI_PORT: String(ui),
        MOTCUA_DATA_DIR: dataDir,
        DATABASE_URL: '',
        TEMPORAL_ADDRESS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const started = Date.now();
      while (!output.includes('motcua is up')) {
        if (child.exitCode !== null) throw new Error(`npm start exited: ${output}`);
        if (Date.now() - started > 180_000) throw new Error(`npm start did not come up: ${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const health = await fetch(`http://127.0.0.1:${api}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'up', checks: { postgres: 'up', temporal: 'up' } });
      // The token script on the Node running the tests (what `npm run token` runs), not whatever `npm` is on
      // PATH: the Node 24 wheel's own `npm` launcher does not run, and an empty token is a 401.
      const token = await new Promise<string>((resolve, reject) => {
        const mint = spawn(
          process.execPath,
          ['-r', join(root, 'scripts/infra/swc-register.cjs'), join(root, 'scripts/token.ts'), 'officer', 'STP-KH'],
          { cwd: root, env: { ...process.env, MOTCUA_DATA_DIR: dataDir } },
        );
        let out = '';
        mint.stdout.on('data', (c: Buffer) => (out += c.toString()));
        mint.stderr.on('data', (c: Buffer) => (out += c.toString()));
        mint.once('exit', () => {
          const jwt = /^[\w-]+\.[\w-]+\.[\w-]+$/m.exec(out);
          if (jwt) resolve(jwt[0]);
          else reject(new Error(`no token minted: ${out}`));
        });
      });
      const submitted = await fetch(`http://127.0.0.1:${api}/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          procedureCode: '1.001193',
          agencyCode: 'STP-KH',
          channel: 'desk',
          applicant: { kind: 'citizen', name: 'Trần Thị B', idNumber: '079203001234' },
          components: [{ code: 'TK', name: 'Tờ khai đăng ký khai sinh', digitised: true }],
        }),
      });
      expect(submitted.status).toBe(201);
      // The dossier's files land in the data folder, beside the database.
      const form = new FormData();
      form.append('kind', 'component');
      form.append('file', new Blob([pdfBytes('to khai')]), 'to-khai.pdf');
      const { dossierCode } = (await submitted.json()) as { dossierCode: string };
      const uploaded = await fetch(`http://127.0.0.1:${api}/dossiers/${dossierCode}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(uploaded.status).toBe(201);
      const { contentHash } = (await uploaded.json()) as { contentHash: string };
      const hex = contentHash.slice('sha256:'.length);
      expect(existsSync(join(dataDir, 'documents', 'sha256', hex.slice(0, 2), hex))).toBe(true);
      // The built worker issues the receipt (rendered on its thread) and the desk prints it.
      const auth = { authorization: `Bearer ${token}` };
      expect(
        (await fetch(`http://127.0.0.1:${api}/dossiers/${dossierCode}/accept`, { method: 'POST', headers: auth }))
          .status,
      ).toBe(200);
      const receipt = await fetch(`http://127.0.0.1:${api}/dossiers/${dossierCode}/slips/receipt`, { headers: auth });
      expect({ status: receipt.status, type: receipt.headers.get('content-type') }).toEqual({
        status: 200,
        type: 'application/pdf',
      });
      expect(
        Buffer.from(await receipt.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      // With no PORTAL_URL, npm start runs the stand-in portal, and the worker's sender delivers the dossier to it.
      const standIn = /national portal (http:\/\/127\.0\.0\.1:\d+) \(a stand-in/.exec(output)?.[1];
      expect(standIn).toBeDefined();
      const deadline = Date.now() + 30_000;
      let reached: string[] = [];
      while (!reached.includes(dossierCode) && Date.now() < deadline) {
        reached = ((await (await fetch(`${standIn}/_stand-in/status`)).json()) as { dossiers: string[] }).dossiers;
        if (!reached.includes(dossierCode)) await new Promise((r) => setTimeout(r, 200));
      }
      expect(reached).toContain(dossierCode);
      console.log(`[start] npm start up in ${output.match(/motcua is up \(([\d.]+) s\)/)?.[1]} s`);
    } finally {
      child.kill('SIGINT');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(output).toContain('[motcua] stopping');
    await expect(fetch(`http://127.0.0.1:${api}/health/live`)).rejects.toThrow();
  }, 240_000);
});
