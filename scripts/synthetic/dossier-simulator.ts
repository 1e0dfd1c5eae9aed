import {
  DossierRefusal,
  SYSTEM_ACTOR,
  decide,
  evolve,
  initialState,
  nextDeadline,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  type WorkingCalendar,
} from '@motcua/domain';

/**
 * Runs one dossier's life through the domain's own decider, as the workflow would: before each
 * command, every deadline due by then fires (acceptance window, apology reminder, overdue, …), and
 * at the end every deadline due by `now`. Commands the rules refuse are dropped, as an officer's
 * refused command would leave no trace. No Temporal: this is for volume (synthetic data, tests).
 */
export class DossierSimulator {
  private state: DossierState = initialState();
  readonly events: DossierEvent[] = [];

  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly now: Date,
  ) {}

  get current(): DossierState {
    return this.state;
  }

  /** Runs a command at its instant (if not after `now`); returns whether the rules accepted it. */
  run(command: DossierCommand): boolean {
    if (Date.parse(command.at) > this.now.getTime()) return false;
    this.fireDeadlinesUntil(Date.parse(command.at));
    return this.apply(command);
  }

  /** Fires what is due by `now` and returns the events of the dossier's life so far. */
  finish(): DossierEvent[] {
    this.fireDeadlinesUntil(this.now.getTime());
    return this.events;
  }

  private fireDeadlinesUntil(until: number): void {
    for (let deadline = nextDeadline(this.state, this.calendar); deadline;) {
      if (Date.parse(deadline.at) > until) return;
      if (!this.apply({ type: deadline.command, at: deadline.at, actor: SYSTEM_ACTOR } as DossierCommand)) return;
      deadline = nextDeadline(this.state, this.calendar);
    }
  }

  private apply(command: DossierCommand): boolean {
    let produced: DossierEvent[];
    try {
      produced = decide(command, this.state, { calendar: this.calendar });
    } catch (error) {
      if (error instanceof DossierRefusal) return false;
      throw error;
    }
    for (const event of produced) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
    return true;
  }
}
