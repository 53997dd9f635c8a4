// What every command needs from the outside world, passed in so tests can control it (a fixed clock, a
// throwaway store). Commands own their transaction and, where they write, their audit entry.
import type { Store } from '../db/connect.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface CommandContext {
  store: Store;
  clock: Clock;
}
