import { AppFailure } from '../../../shared/result';
import type { Migration } from './types';

/**
 * Runs the migrations of a document from version `from` up to `to`, one step at a time. Pure as
 * long as each step is. Throws `AppFailure('STORAGE_ERROR')` if a step is missing or fails; the
 * caller leaves the file untouched in that case.
 *
 * @example applyMigrations({ a: 1 }, 1, 3, [{ from: 1, migrate: … }, { from: 2, migrate: … }])
 */
export function applyMigrations(
  data: unknown,
  from: number,
  to: number,
  migrations: readonly Migration[],
): unknown {
  let current = data;
  for (let version = from; version < to; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined) {
      throw new AppFailure(
        'STORAGE_ERROR',
        `Format data versi ${version} tidak dapat diperbarui (langkah migrasi tidak ada). Data tidak diubah; hubungi admin TI.`,
      );
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      const failure = new AppFailure(
        'STORAGE_ERROR',
        `Gagal memperbarui format data dari versi ${version} ke ${version + 1}. Data tidak diubah; hubungi admin TI.`,
      );
      failure.cause = error;
      throw failure;
    }
  }
  return current;
}

/** Programmer errors in a spec's migration list (duplicate or out-of-range steps). */
export function checkMigrationList(name: string, version: number, migrations: readonly Migration[]): void {
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`storage: ${name}: version must be an integer >= 1`);
  }
  const seen = new Set<number>();
  for (const { from } of migrations) {
    if (!Number.isInteger(from) || from < 1 || from >= version || seen.has(from)) {
      throw new Error(`storage: ${name}: bad or duplicate migration from ${from}`);
    }
    seen.add(from);
  }
}
