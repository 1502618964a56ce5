/** Tolerance for comparing sums of weights and scores computed in floating point. */
export const EPSILON = 1e-9;
