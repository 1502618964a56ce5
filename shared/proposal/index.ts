/**
 * The proposal package to KemenPANRB ("Usulan ke KemenPANRB"): which units of a year may be
 * proposed, the stored choice and letter fields, and the PortalRB export structure. Pure.
 */
export * from './eligibility';
export * from './portalrb';
export * from './record';
export * from './terbilang';
