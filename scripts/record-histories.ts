/**
 * Records workflow histories for the replay test (test/replay.int.spec.ts): runs representative
 * dossier paths on a fresh time-skipping server and writes each history to test/histories/<label>/,
 * beside the histories of earlier workflow versions (which must keep replaying).
 * Run after a deliberate, versioned workflow change (patched()), never to paper over a failing replay:
 *   npm run record-histories -- <label, e.g. 2-fold-stored-events>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import { withPackageAliases } from './infra/packages.cjs';
import { openDatabase } from '@motcua/store';
import { createDossierWorker } from '@motcua/worker/worker';
import { scratchPapers } from '../test/support/temporal';
import { HASH, OFFICER, PLAIN_CALENDAR, send, submitDossier } from '../test/support/dossiers';
import { nextVietnamWeekdayAt, plusDays, sleepUntil } from '../test/support/time-skipping';
import {
  DOSSIER_WORKFLOW_TYPE,
  commandUpdates,
  dossierWorkflowId,
  reviseCalendarUpdate,
  type DossierWorkflowInput,
} from '@motcua/workflows/messages';

const ROOT = join(__dirname, '..');
const APPLICANT = { id: 'applicant-1', role: 'applicant' } as const;
const SUPERVISOR = { id: 'supervisor-1', role: 'supervisor' } as const;
const PROCESSOR = { id: 'processor-1', role: 'officer', units: ['processing'] } as const;
const AFTER_CARE_MS = 3_600_000;

type Path = (env: TestWorkflowEnvironment, taskQueue: string, code: string) => Promise<void>;

const PATHS: Record<string, Path> = {
  'acceptance-window-breached': async (env, taskQueue, code) => {
    await sleepUntil(env, nextVietnamWeekdayAt(await env.currentTimeMs(), 5, '15:00'));
    await submitDossier(env.client, taskQueue, { code, afterCareMs: AFTER_CARE_MS });
    await env.sleep(4 * 86_400_000);
    await send(env.client, code, { type: 'RefuseDossier', actor: OFFICER, reason: 'Không thuộc thẩm quyền' });
  },
  'full-lifecycle': async (env, taskQueue, code) => {
    const monday = nextVietnamWeekdayAt(await env.currentTimeMs(), 1, '09:00');
    await sleepUntil(env, monday);
    await submitDossier(env.client, taskQueue, { code, channel: 'desk', afterCareMs: AFTER_CARE_MS });
    await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
    await send(env.client, code, {
      type: 'RequestSupplement',
      actor: OFFICER,
      reason: 'Thiếu',
      missingComponents: ['GKS'],
    });
    await sleepUntil(env, plusDays(monday, 1));
    await send(env.client, code, {
      type: 'ReceiveSupplement',
      actor: APPLICANT,
      components: [{ code: 'GKS', name: 'GKS', copies: 1, digitised: true, reused: false }],
    });
    await send(env.client, code, {
      type: 'PauseProcessing',
      actor: OFFICER,
      reasonCode: 'FINANCIAL_OBLIGATION',
      reason: 'Chờ nộp lệ phí',
      attachment: { fileName: 'tb-phi.pdf', contentHash: HASH },
      notice: { channel: 'sms', reference: 'TB-1' },
    });
    await sleepUntil(env, plusDays(monday, 2));
    const resumed = await send(env.client, code, { type: 'ResumeProcessing', actor: OFFICER });
    await env.client.workflow.getHandle(dossierWorkflowId(code)).executeUpdate(reviseCalendarUpdate, {
      args: [
        {
          revision: 'r2',
          calendar: {
            ...PLAIN_CALENDAR,
            holidays: [plusDays(new Date(resumed.dueAt!), -1).toISOString().slice(0, 10)],
          },
        },
      ],
    });
    await send(env.client, code, {
      type: 'IssueApology',
      actor: OFFICER,
      reason: 'Chờ xác minh',
      rescheduledAt: plusDays(new Date(resumed.dueAt!), 7).toISOString(),
    });
    await sleepUntil(env, plusDays(new Date(resumed.dueAt!), 2));
    await send(env.client, code, {
      type: 'IssueResult',
      actor: OFFICER,
      decision: 'approved',
      documents: [{ fileName: 'kq.pdf', contentHash: HASH, code: 'KQ-1', eSigned: true }],
    });
    await send(env.client, code, { type: 'ReturnResult', actor: OFFICER, method: 'online' });
    await send(env.client, code, { type: 'RateSatisfaction', actor: APPLICANT, satisfied: true });
    await send(env.client, code, {
      type: 'ReviewAuditedAction',
      actor: SUPERVISOR,
      actionId: 'pause-1',
      verdict: 'unjustified',
      note: 'Không có căn cứ',
    });
  },
  'completion-withdrawal': async (env, taskQueue, code) => {
    await submitDossier(env.client, taskQueue, { code, afterCareMs: AFTER_CARE_MS });
    await send(env.client, code, {
      type: 'RequestCompletion',
      actor: OFFICER,
      reason: 'Thiếu CCCD',
      missingComponents: ['CCCD'],
    });
    await send(env.client, code, {
      type: 'ReceiveSupplement',
      actor: APPLICANT,
      components: [{ code: 'CCCD', name: 'CCCD', copies: 1, digitised: true, reused: true }],
    });
    await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
    await send(env.client, code, { type: 'RequestWithdrawal', actor: APPLICANT, reason: 'Không còn nhu cầu' });
    await send(env.client, code, { type: 'StopProcessing', actor: OFFICER, reason: 'Theo đề nghị rút hồ sơ' });
  },
  cancellation: async (env, taskQueue, code) => {
    await submitDossier(env.client, taskQueue, { code, afterCareMs: AFTER_CARE_MS });
    await send(env.client, code, { type: 'CancelDossier', actor: OFFICER, reason: 'Không phản hồi' });
    await send(env.client, code, {
      type: 'ReviewAuditedAction',
      actor: SUPERVISOR,
      actionId: 'cancellation-1',
      verdict: 'justified',
      note: 'Đúng',
    });
  },
  // The internal process: desk → processing unit (reassigned, sent back once) → desk, a step overdue on the way.
  'internal-process': async (env, taskQueue, code) => {
    const monday = nextVietnamWeekdayAt(await env.currentTimeMs(), 1, '09:00');
    await sleepUntil(env, monday);
    await submitDossier(env.client, taskQueue, { code, channel: 'desk', afterCareMs: AFTER_CARE_MS });
    await send(env.client, code, { type: 'AcceptDossier', actor: OFFICER });
    await send(env.client, code, { type: 'HandOverDossier', actor: OFFICER, toUnit: 'processing', note: 'Đủ' });
    await send(env.client, code, { type: 'ReceiveDossier', actor: PROCESSOR });
    await send(env.client, code, {
      type: 'ReassignDossier',
      actor: PROCESSOR,
      toOfficer: 'processor-2',
      reason: 'Nghỉ phép',
    });
    await send(env.client, code, { type: 'ReceiveDossier', actor: { ...PROCESSOR, id: 'processor-2' } });
    await send(env.client, code, {
      type: 'SendBackDossier',
      actor: { ...PROCESSOR, id: 'processor-2' },
      toStep: 'tiep-nhan',
      reason: 'Thiếu xác nhận',
    });
    await sleepUntil(env, plusDays(monday, 2));
    await send(env.client, code, { type: 'ReceiveDossier', actor: OFFICER });
    await send(env.client, code, { type: 'HandOverDossier', actor: OFFICER, toUnit: 'processing' });
    await send(env.client, code, { type: 'ReceiveDossier', actor: PROCESSOR });
    await send(env.client, code, { type: 'HandOverDossier', actor: PROCESSOR, toUnit: 'desk' });
    await send(env.client, code, { type: 'ReceiveDossier', actor: OFFICER });
    await send(env.client, code, {
      type: 'IssueResult',
      actor: OFFICER,
      decision: 'approved',
      documents: [{ fileName: 'kq.pdf', contentHash: HASH, code: 'KQ-2', eSigned: true }],
    });
    await send(env.client, code, { type: 'ReturnResult', actor: OFFICER, method: 'desk' });
  },
  // A closed dossier's workflow completes after its quiet period; a late review wakes it in a new run.
  'woken-after-quiet': async (env, taskQueue, code) => {
    await submitDossier(env.client, taskQueue, { code, afterCareMs: AFTER_CARE_MS });
    await send(env.client, code, { type: 'CancelDossier', actor: OFFICER, reason: 'Không phản hồi' });
    await env.client.workflow.getHandle(dossierWorkflowId(code)).result();
    const input: DossierWorkflowInput = { dossierCode: code, calendar: PLAIN_CALENDAR, afterCareMs: AFTER_CARE_MS };
    await env.client.workflow.executeUpdateWithStart(commandUpdates.ReviewAuditedAction, {
      args: [
        {
          type: 'ReviewAuditedAction',
          actor: SUPERVISOR,
          actionId: 'cancellation-1',
          verdict: 'justified',
          note: 'Đúng',
        },
      ],
      updateId: 'late-review',
      startWorkflowOperation: new WithStartWorkflowOperation(DOSSIER_WORKFLOW_TYPE, {
        workflowId: dossierWorkflowId(code),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  },
};

async function main(): Promise<void> {
  const label = process.argv[2];
  if (!label || !/^[\w.-]+$/.test(label))
    throw new Error('name the workflow version: npm run record-histories -- <label>');
  const out = join(ROOT, 'test/histories', label);
  mkdirSync(out, { recursive: true });
  const { startEmbeddedPostgres } = await import('./infra/postgres.mjs');
  const { freePort } = await import('./infra/ports.mjs');
  const { resolveTemporalBinaries } = await import('./infra/temporal-tools.mjs');
  const { makeScratchDir } = await import('./infra/scratch.mjs');
  const { testServer } = resolveTemporalBinaries();
  const scratch = makeScratchDir('motcua-record-');
  const pg = await startEmbeddedPostgres({
    dataDir: join(scratch, 'pg'),
    port: await freePort(),
    persistent: false,
  });
  const db = await openDatabase({ url: pg.url('postgres') });
  const env = await TestWorkflowEnvironment.createTimeSkipping(
    testServer ? { server: { executable: { type: 'existing-path', path: testServer } } } : undefined,
  );
  const { code: bundle } = await bundleWorkflowCode({
    workflowsPath: join(ROOT, 'workflows/src/index.ts'),
    webpackConfigHook: withPackageAliases,
  });
  const bundlePath = join(scratch, 'bundle.js');
  writeFileSync(bundlePath, bundle);
  const taskQueue = 'record';
  const worker = await createDossierWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    dataSource: db,
    workflows: { bundlePath },
    papers: scratchPapers(join(scratch, 'documents')).papers,
  });
  try {
    await worker.runUntil(async () => {
      for (const [name, path] of Object.entries(PATHS)) {
        const code = `REC-${name.toUpperCase()}`;
        await path(env, taskQueue, code);
        const handle = env.client.workflow.getHandle(dossierWorkflowId(code));
        await handle.result();
        writeFileSync(join(out, `${name}.json`), historyToJSON(await handle.fetchHistory()));
        console.log(`recorded ${name}`);
      }
    });
  } finally {
    await env.teardown();
    await db.destroy();
    await pg.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
