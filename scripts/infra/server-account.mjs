// PostgreSQL refuses to run as root. When we are root, the embedded server runs as the system user
// `postgres`, which must already exist and must be able to enter every folder above its data
// directory. We never create that user nor change a folder we did not create: where it cannot get
// in, we say so and stop (see README, "Never touch the host").
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

export const SERVER_USER = 'postgres';

/**
 * The account the embedded server runs as, or undefined when we are not root (it then runs as us).
 * @returns {{ uid: number, gids: number[] } | undefined}
 */
export function serverAccount() {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', SERVER_USER], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gids = execFileSync('id', ['-G', SERVER_USER], { encoding: 'utf8', stdio: 'pipe' })
      .trim()
      .split(/\s+/)
      .map(Number);
    return { uid, gids };
  } catch {
    throw new Error(
      `running as root: PostgreSQL will not run as root and there is no system user "${SERVER_USER}" to run it as. ` +
        `Create one (useradd --system ${SERVER_USER}), run as a non-root user, or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
}

/** Whether `account` may enter (search) the directory `dir`. */
export function canEnter(dir, account) {
  const { uid, gid, mode } = statSync(dir);
  if (account.uid === uid) return (mode & 0o100) !== 0;
  if (account.gids.includes(gid)) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** The first folder above `path` that `account` cannot enter, or undefined when it reaches `path`. */
export function firstBlockedAncestor(path, account) {
  const ancestors = [];
  for (let d = dirname(path); d !== dirname(d); d = dirname(d)) ancestors.unshift(d);
  ancestors.unshift('/');
  return ancestors.find((d) => !canEnter(d, account));
}

/** Throws a message that says what to do when `account` cannot reach `path`. */
export function ensureReachable(path, account) {
  const blocked = firstBlockedAncestor(path, account);
  if (!blocked) return;
  const mode = (statSync(blocked).mode & 0o7777).toString(8);
  throw new Error(
    `PostgreSQL runs as the system user "${SERVER_USER}" (it will not run as root), which cannot enter ${blocked} ` +
      `(mode ${mode}), so it cannot reach ${path}. Nothing was changed. Put the data directory under a folder ` +
      `that user can enter (MOTCUA_DATA_DIR), run as a non-root user, or set DATABASE_URL to a PostgreSQL server of your own.`,
  );
}
