import { z } from 'zod';

/** Every setting of motcua, read from the environment once at boot (see README, "Configuration"). */
const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('dossiers'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  AUTH_MODE: z.enum(['hs256', 'oidc']).default('hs256'),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url().optional(),
  LOOKUP_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ESIGN_TRUST_STORE: z.string().min(1).optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  API_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** After-care of a closed workflow run, dossier or feedback alike (named when only dossiers had one). */
  DOSSIER_QUIET_SECONDS: z.coerce.number().int().min(1).default(86_400),
  /** Requests per minute one client address may make to the rate-limited public routes (feedback). */
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(500),
  PROJECTOR_SETTLE_MS: z.coerce.number().int().min(0).max(1_000).default(20),
  DOCUMENT_STORE: z.enum(['local', 's3']).default('local'),
  DOCUMENTS_DIR: z.string().min(1).default('.data/documents'),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  DOCUMENT_MAX_MB: z.coerce.number().positive().max(10_240).default(25),
  DOSSIER_DOCUMENTS_MAX_MB: z.coerce.number().positive().max(102_400).default(200),
  DOCUMENT_FORMATS: z
    .string()
    .regex(/^[a-z]+(,[a-z]+)*$/, 'must be a comma-separated list such as pdf,jpeg,png')
    .default('pdf,jpeg,png,xml,docx'),
  WEB_DIR: z.string().min(1).optional(),
  DEV_SIGN_IN: z.enum(['true', 'false']).default('false'),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default('openid profile'),
  PORTAL_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  PORTAL_USERNAME: z.string().min(1).optional(),
  PORTAL_PASSWORD: z.string().min(1).optional(),
  PORTAL_SYSTEM_CODE: z.string().min(1).default('MOTCUA'),
  PORTAL_UNIT_CODE: z.string().min(1).default('000.00.00.H00'),
  PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  PORTAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  PORTAL_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(1_000),
  PORTAL_RETRY_CAP_MS: z.coerce.number().int().min(1).max(86_400_000).default(600_000),
});

const MB = 1_048_576;

/** How long an idempotency claim outlives the command timeout, so a live attempt never loses its claim. */
const LEASE_MARGIN_MS = 5_000;

/** What every process needs: the database, Temporal, logging. */
export type BaseConfig = Readonly<{
  database: { url: string; poolSize: number };
  temporal: { address: string; namespace: string; taskQueue: string };
  logLevel: 'error' | 'warn' | 'info' | 'debug';
}>;

/** The worker's configuration: the base and the size of its workflow cache. */
export type WorkerConfig = BaseConfig &
  Readonly<{
    /** Dossier workflows kept in memory between their tasks (sticky cache); see README for the memory each takes. */
    worker: { maxCachedWorkflows: number };
    /** How long the worker's projector lets appends settle before it catches up (coalescing; see Projector). */
    projectorSettleMs: number;
    /** Where the papers motcua issues are filed, and what the receipt's QR code opens. */
    papers: PapersConfig;
    /** The national portal the worker's sender delivers the outbox to; absent: nothing is sent. */
    portal?: PortalConfig;
    /** The quiet period of a dossier run the worker wakes (to record a portal acknowledgement); as the API's. */
    dossierQuietPeriodMs: number;
  }>;

/**
 * The national public-service portal's integration adapter (national-sync.md): its address and
 * account, the local system's code (`dstcode`) and the unit's (`madonvi`), and how hard to try.
 */
export type PortalConfig = Readonly<{
  url: string;
  username: string;
  password: string;
  systemCode: string;
  unitCode: string;
  timeoutMs: number;
  retry: { readonly maxAttempts: number; readonly baseMs: number; readonly capMs: number };
}>;

/** The worker issues the desk's papers: it files them with the dossier's documents and links the receipt to the lookup. */
export type PapersConfig = Readonly<{
  store: DocumentsConfig['store'];
  lookupKeySecret: string;
  /** The address applicants reach motcua at (the QR code's link), e.g. https://motcua.khanhhoa.gov.vn. */
  publicBaseUrl: string;
}>;

/** The API's configuration: the base, where to listen, how to authenticate. */
export type Config = BaseConfig &
  Readonly<{
    api: {
      host: string;
      port: number;
      /** Longest a command or submission waits for Temporal before answering 504 COMMAND_TIMEOUT. */
      commandTimeoutMs: number;
      /** How long an `Idempotency-Key` claim is held before a retry may take it over (timeout + margin). */
      idempotencyLeaseMs: number;
      /** Requests per minute per client address on the rate-limited public routes. */
      publicRateLimitPerMinute: number;
      /** Fail a success body that is not its route's documented shape (tests; costs a parse per answer). */
      checkResponseShapes?: boolean;
    };
    /** How long a closed dossier's workflow stays in Temporal after its last command (a later one wakes it). */
    dossierQuietPeriodMs: number;
    auth: AuthConfig;
    /** Secret behind the lookup keys printed on receipts (public status lookup). */
    lookupKeySecret: string;
    documents: DocumentsConfig;
    /**
     * PEM bundle of the authorities e-signed results must chain to (the national CA roots in production);
     * absent: none is trusted, so no document declared e-signed is accepted.
     */
    esignTrustStore?: string;
    web: WebConfig;
  }>;

/**
 * The browser app: where its built files are (absent: the API serves no pages) and how people sign in to
 * it. `dev`: a local page choosing role and agency, which mints an HS256 token (DEV_SIGN_IN=true, local
 * use only); `oidc`: the authorization-code flow with PKCE against the issuer; `none`: tokens come from elsewhere.
 */
export type WebConfig = Readonly<{
  dir?: string;
  signIn:
    | { readonly mode: 'dev' }
    | { readonly mode: 'oidc'; readonly authority: string; readonly clientId: string; readonly scope: string }
    | { readonly mode: 'none' };
}>;

/**
 * Where dossiers' files are kept and what they may be: the local disk (embedded default) or an
 * S3-compatible store; limits per file and per dossier; the formats accepted (checked against the
 * formats the store recognises when the API starts).
 */
export type DocumentsConfig = Readonly<{
  store:
    | { readonly kind: 'local'; readonly dir: string }
    | {
        readonly kind: 's3';
        /** Uploads are spooled here while hashed and checked, before they are sent. */
        readonly spoolDir: string;
        readonly endpoint?: string;
        readonly region: string;
        readonly bucket: string;
        readonly accessKeyId?: string;
        readonly secretAccessKey?: string;
      };
  maxFileBytes: number;
  maxDossierBytes: number;
  formats: readonly string[];
}>;

/** How bearer tokens are verified: a shared HS256 secret (local use) or an OIDC issuer's JWKS (production). */
export type AuthConfig =
  | { readonly mode: 'hs256'; readonly secret: string; readonly issuer?: string; readonly audience?: string }
  | { readonly mode: 'oidc'; readonly jwksUrl: string; readonly issuer: string; readonly audience?: string };

/** A bad environment: names every bad variable at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parse(env: NodeJS.ProcessEnv): z.infer<typeof schema> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

function baseOf(e: z.infer<typeof schema>): BaseConfig {
  return {
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.TEMPORAL_TASK_QUEUE },
    logLevel: e.LOG_LEVEL,
  };
}

/** The scripts' configuration; throws {@link ConfigError} listing every problem. */
export function loadBaseConfig(env: NodeJS.ProcessEnv = process.env): BaseConfig {
  return baseOf(parse(env));
}

/** The worker's configuration; throws {@link ConfigError} listing every problem. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = parse(env);
  const problems = [...lookupKeyProblems(e), ...documentStoreProblems(e)];
  if (e.PORTAL_URL && !(e.PORTAL_USERNAME && e.PORTAL_PASSWORD))
    problems.push('PORTAL_USERNAME, PORTAL_PASSWORD: required with PORTAL_URL');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...baseOf(e),
    ...(e.PORTAL_URL ? { portal: portalOf(e) } : {}),
    worker: { maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS },
    projectorSettleMs: e.PROJECTOR_SETTLE_MS,
    dossierQuietPeriodMs: e.DOSSIER_QUIET_SECONDS * 1000,
    papers: {
      store: documentsOf(e).store,
      lookupKeySecret: e.LOOKUP_KEY_SECRET!,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://${e.API_HOST}:${e.API_PORT}`,
    },
  };
}

/** Validates the environment into the API's typed config; throws {@link ConfigError} listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parse(env);
  const problems: string[] = [];
  if (e.AUTH_MODE === 'hs256' && !e.AUTH_JWT_SECRET) problems.push('AUTH_JWT_SECRET: required when AUTH_MODE=hs256');
  if (e.AUTH_MODE === 'oidc' && !e.AUTH_JWKS_URL) problems.push('AUTH_JWKS_URL: required when AUTH_MODE=oidc');
  if (e.AUTH_MODE === 'oidc' && !e.AUTH_ISSUER) problems.push('AUTH_ISSUER: required when AUTH_MODE=oidc');
  if (e.AUTH_MODE === 'oidc' && e.DEV_SIGN_IN === 'true') problems.push('DEV_SIGN_IN: only with AUTH_MODE=hs256');
  if (e.AUTH_MODE === 'oidc' && e.OIDC_CLIENT_ID && !isHttpUrl(e.AUTH_ISSUER))
    problems.push("AUTH_ISSUER: must be the issuer's http(s) URL for the web app's sign-in");
  problems.push(...lookupKeyProblems(e), ...documentStoreProblems(e));
  if (problems.length > 0) throw new ConfigError(problems);
  const auth: AuthConfig =
    e.AUTH_MODE === 'hs256'
      ? { mode: 'hs256', secret: e.AUTH_JWT_SECRET!, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE }
      : { mode: 'oidc', jwksUrl: e.AUTH_JWKS_URL!, issuer: e.AUTH_ISSUER!, audience: e.AUTH_AUDIENCE };
  return {
    ...baseOf(e),
    api: {
      host: e.API_HOST,
      port: e.API_PORT,
      commandTimeoutMs: e.API_COMMAND_TIMEOUT_MS,
      idempotencyLeaseMs: e.API_COMMAND_TIMEOUT_MS + LEASE_MARGIN_MS,
      publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    },
    dossierQuietPeriodMs: e.DOSSIER_QUIET_SECONDS * 1000,
    auth,
    lookupKeySecret: e.LOOKUP_KEY_SECRET!,
    documents: documentsOf(e),
    ...(e.ESIGN_TRUST_STORE ? { esignTrustStore: e.ESIGN_TRUST_STORE } : {}),
    web: { ...(e.WEB_DIR ? { dir: e.WEB_DIR } : {}), signIn: signInOf(e) },
  };
}

function isHttpUrl(text: string | undefined): boolean {
  return text !== undefined && /^https?:\/\//.test(text) && URL.canParse(text);
}

function portalOf(e: z.infer<typeof schema>): PortalConfig {
  return {
    url: e.PORTAL_URL!,
    username: e.PORTAL_USERNAME!,
    password: e.PORTAL_PASSWORD!,
    systemCode: e.PORTAL_SYSTEM_CODE,
    unitCode: e.PORTAL_UNIT_CODE,
    timeoutMs: e.PORTAL_TIMEOUT_MS,
    retry: { maxAttempts: e.PORTAL_MAX_ATTEMPTS, baseMs: e.PORTAL_RETRY_BASE_MS, capMs: e.PORTAL_RETRY_CAP_MS },
  };
}

function signInOf(e: z.infer<typeof schema>): WebConfig['signIn'] {
  if (e.AUTH_MODE === 'hs256') return e.DEV_SIGN_IN === 'true' ? { mode: 'dev' } : { mode: 'none' };
  if (!e.OIDC_CLIENT_ID) return { mode: 'none' };
  return { mode: 'oidc', authority: e.AUTH_ISSUER!, clientId: e.OIDC_CLIENT_ID, scope: e.OIDC_SCOPE };
}

function documentsOf(e: z.infer<typeof schema>): DocumentsConfig {
  const store: DocumentsConfig['store'] =
    e.DOCUMENT_STORE === 'local'
      ? { kind: 'local', dir: e.DOCUMENTS_DIR }
      : {
          kind: 's3',
          spoolDir: e.DOCUMENTS_DIR,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          bucket: e.S3_BUCKET!,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        };
  return {
    store,
    maxFileBytes: Math.round(e.DOCUMENT_MAX_MB * MB),
    maxDossierBytes: Math.round(e.DOSSIER_DOCUMENTS_MAX_MB * MB),
    formats: e.DOCUMENT_FORMATS.split(','),
  };
}

function lookupKeyProblems(e: z.infer<typeof schema>): string[] {
  return e.LOOKUP_KEY_SECRET ? [] : ['LOOKUP_KEY_SECRET: required (at least 32 characters)'];
}

function documentStoreProblems(e: z.infer<typeof schema>): string[] {
  return e.DOCUMENT_STORE === 's3' && !e.S3_BUCKET ? ['S3_BUCKET: required when DOCUMENT_STORE=s3'] : [];
}
