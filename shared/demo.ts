/** `demo:load`: what was added (the year's story only when asked for). */
export interface DemoLoaded {
  units: number;
  people: number;
  declarations?: number;
  worksheets?: number;
  pledges?: number;
}

/** `demo:remove`: what was taken away, and the demo units and people kept because the user's data uses them. */
export interface DemoRemoved {
  removed: { units: number; people: number; worksheets: number; pledges: number; declarations: number; institution: boolean };
  kept: { units: number; people: number };
}
