/**
 * Pakta Integritas and Pencanangan/Deklarasi: templates as versioned data, the text a record is
 * signed with, and the canonical content its verification code covers. Pure; runs anywhere.
 */
export * from './types';
export * from './templates';
export * from './canonical';
export * from './identity';
export * from './terbilang';
