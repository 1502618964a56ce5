/**
 * The data revision of one dispatcher: bumped after every successful write, read by `app:revision`.
 * Starts from the clock, so a renderer that outlives a restart of the host still sees a new number.
 */
export interface DataRevisionCounter {
  current(): number;
  bump(): void;
}

export function createDataRevision(start: number = Date.now()): DataRevisionCounter {
  let value = start;
  return {
    current: () => value,
    bump: () => {
      value += 1;
    },
  };
}
