export * from './model';
export { diffKeyed } from './diff';
export { DEFAULT_RETENTION, isoWeekKey, localDayKey, monthKey, retainedSnapshotIds, type RetentionPolicy } from './retention';
export { describeCounts, formatUkuran, formatWaktu } from './format';
