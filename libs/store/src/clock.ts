/** Where "now" comes from: injected, so a store that stamps what it writes can be run at a chosen instant. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
