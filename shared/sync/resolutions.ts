import { z } from 'zod';
import type { Side } from './merge';

/**
 * How a person answers the conflicts of a bundle: per record, per group (a worksheet, or master
 * data), or everything at once ("semua milik saya" / "semua milik rekan"). The most specific
 * answer wins.
 */
export const sideSchema = z.enum(['ours', 'theirs'], { error: 'Pilihan harus milik saya (ours) atau milik rekan (theirs).' });

export const resolutionsSchema = z.strictObject({
  all: sideSchema.optional(),
  /** By group: a worksheet id, or `master`. */
  groups: z.record(z.string().max(80), sideSchema).optional(),
  /** By record key within its group: `<group>|<key>`. */
  records: z.record(z.string().max(300), sideSchema).optional(),
});
export type Resolutions = z.infer<typeof resolutionsSchema>;

/** The id of a record across groups, as `records` uses it. */
export function conflictId(group: string, key: string): string {
  return `${group}|${key}`;
}

/** The side chosen for a record of a group, or undefined when the person has not chosen. */
export function chosenSide(resolutions: Resolutions, group: string, key: string): Side | undefined {
  return resolutions.records?.[conflictId(group, key)] ?? resolutions.groups?.[group] ?? resolutions.all;
}

/** The group of master-data records in resolutions. */
export const MASTER_KEY_GROUP = 'master';
