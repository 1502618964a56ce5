export * from './stamps';
export * from './merge';
export * from './records';
export * from './worksheet';
export * from './master';
export * from './resolutions';
