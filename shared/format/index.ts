export * from './date';
export * from './number';
export * from './nip';
export * from './pangkat';
export * from './paper';
export * from './sentence';
export * from './name';
