// Scratch folders of test runs and benches: inside the project (`.tmp/`) when the embedded
// PostgreSQL's user can reach it, else the system's temporary folder. Either way the caller removes
// what it made, so a run leaves nothing behind.
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstBlockedAncestor, serverAccount } from './server-account.mjs';
import { ROOT } from './temporal-tools.mjs';

/** Where scratch folders go: the project's `.tmp/`, unless the PostgreSQL user cannot reach it. */
export function scratchRoot() {
  const inProject = join(ROOT, '.tmp');
  const account = serverAccount();
  if (!account || !firstBlockedAncestor(inProject, account)) {
    mkdirSync(inProject, { recursive: true });
    chmodSync(inProject, 0o755);
    return inProject;
  }
  return tmpdir();
}

/** A new, empty folder of ours (mode 755, so the PostgreSQL user may enter it). */
export function makeScratchDir(prefix) {
  const dir = mkdtempSync(join(scratchRoot(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
