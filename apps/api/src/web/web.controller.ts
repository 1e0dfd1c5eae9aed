import { Body, Controller, Inject } from '@nestjs/common';
import { DEFAULT_PROCESS, ruleSetAt } from '@motcua/domain';
import type { Config, WebConfig } from '@motcua/config';
import { mintToken } from '../auth/tokens';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApiError } from '../errors/api-error';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { CLOCK, CONFIG, type Clock } from '../tokens';
import { WEB_ROUTES, devSignInBody, type DevSignIn } from './web.routes';

/** How people sign in, the agencies of the catalogue, and (for the dev page) the units known to it. */
export interface WebSettings {
  readonly signIn: WebConfig['signIn'];
  readonly agencies: readonly { readonly code: string; readonly name: string }[];
  readonly units: readonly string[];
  /** Working minutes before a due date inside which the apology is owed (the queue's amber), rules in force now. */
  readonly apologyLeadWorkingMinutes: number;
}

const WORKING_MINUTES_A_DAY = 8 * 60;

const DEV_TOKEN_LIFETIME = '8h';

/** The browser app's settings and its local sign-in. */
@Controller()
export class WebController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly catalogue: CatalogueService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(WEB_ROUTES.webConfig)
  async settings(): Promise<WebSettings> {
    const signIn = this.config.web.signIn;
    const apologyLeadWorkingMinutes = ruleSetAt(this.clock.now()).apologyLeadWorkingDays * WORKING_MINUTES_A_DAY;
    // The agencies are public (the feedback page names them); the units serve the dev sign-in only.
    const agencies = (await this.catalogue.calendars()).map((c) => ({ code: c.agencyCode, name: c.agencyName }));
    if (signIn.mode !== 'dev') return { signIn, agencies, units: [], apologyLeadWorkingMinutes };
    const procedures = await this.catalogue.store.procedures();
    const steps = [...DEFAULT_PROCESS.steps, ...procedures.flatMap((p) => p.value.process?.steps ?? [])];
    return {
      signIn,
      agencies,
      units: [...new Set([...steps.map((s) => s.unit), 'leadership'])],
      apologyLeadWorkingMinutes,
    };
  }

  /** Mints a token for whoever the page says: only where the operator asked for it (a local installation). */
  @Route(WEB_ROUTES.devSignIn)
  async devSignIn(
    @Body(new ZodPipe(devSignInBody)) who: DevSignIn,
  ): Promise<{ token: string; expiresInSeconds: number }> {
    const auth = this.config.auth;
    if (this.config.web.signIn.mode !== 'dev' || auth.mode !== 'hs256') {
      throw ApiError.of('NOT_FOUND', 'the local sign-in is not offered here: sign in through the identity provider');
    }
    await this.catalogue.calendarOf(who.agency);
    const token = await mintToken(
      auth.secret,
      {
        id: `${who.role}-${who.agency}${who.unit ? `-${who.unit}` : ''}`,
        ...(who.name ? { name: who.name } : {}),
        roles: [who.role],
        agencies: [who.agency],
        ...(who.unit ? { units: [who.unit] } : {}),
      },
      { expiresIn: DEV_TOKEN_LIFETIME, issuer: auth.issuer, audience: auth.audience },
    );
    return { token, expiresInSeconds: 8 * 3600 };
  }
}
