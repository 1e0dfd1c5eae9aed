// A real headless Chromium without a download at run time: the npm package @sparticuz/chromium ships
// one (brotli-packed). It unpacks into the system's temporary folder, so we unpack it once into
// .tools/chromium instead (a child process with TMPDIR there) and reuse it on every run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './temporal-tools.mjs';

const DIR = join(ROOT, '.tools', 'chromium');
const UNPACK = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => console.log(p))";

const FONT_CONFIG = join(DIR, 'fonts.conf');

/**
 * Fonts for the browser: the machine's, the package's (Open Sans) and Tinos (Vietnamese serif, from npm),
 * with fontconfig's cache in our folder. Not the package's own config (it caches in /tmp) nor the
 * system's (root would write its cache under /var/cache).
 */
function fontConfig() {
  const dirs = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(DIR, 'fonts', 'fonts'),
    join(ROOT, 'node_modules', '@expo-google-fonts', 'tinos'),
  ];
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((dir) => `  <dir>${dir}</dir>`).join('\n')}
  <cachedir>${join(DIR, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

const WEAKENING = ['--disable-web-security', '--allow-running-insecure-content'];

/** The Chromium executable, its recommended flags and the environment it needs (its fonts). */
export async function resolveChromium() {
  const executablePath = join(DIR, 'chromium');
  if (!existsSync(executablePath)) {
    mkdirSync(DIR, { recursive: true });
    execFileSync(process.execPath, ['-e', UNPACK], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: DIR },
      stdio: 'ignore',
    });
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  writeFileSync(FONT_CONFIG, fontConfig());
  return {
    executablePath,
    // The package's flags are for serverless functions; a test browser keeps the web's security rules.
    args: chromium.args.filter((flag) => !WEAKENING.includes(flag)),
    env: { FONTCONFIG_FILE: FONT_CONFIG, HOME: DIR },
  };
}
