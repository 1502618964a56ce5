/**
 * Pakta Integritas as the screens and channels see it: input schemas, views and the
 * coverage rule. The wording, records and canonical content live in shared/pakta.
 */
export * from './inputs';
export * from './views';
export * from './coverage';
export * from './templateEditor';
