import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/pakta/canonical';
import {
  bumpStamp,
  canonicalState,
  compareVectors,
  hasSeen,
  laterStamp,
  mergeRecords,
  sameRecords,
  type RecordSet,
  type Side,
  type SyncRecord,
  type VersionVector,
} from '../../../../shared/sync';
// mulberry32, seeded: a failing run replays from its seed.
import { prng } from '../../../bench/support';

/**
 * The convergence simulation: five installations edit the same records offline and exchange
 * bundles in random order, some delivered twice, some late; conflicts are resolved by one
 * deterministic policy (the later change wins). Seeded, no timers.
 */

interface Edit {
  inst: string;
  key: string;
  id: string;
  v: VersionVector;
}

interface Mail {
  to: number;
  bundle: RecordSet;
}

const INSTALLATIONS = 5;
const EDITS_PER_INSTALLATION = 300;
const KEYS = Array.from({ length: 24 }, (_, i) => (i < 6 ? `ws:unit-disdukcapil-2022:1.a.${i}/unit` : i < 18 ? `ws:unit-bapenda-2022:2.b.${i}/tpi` : `person:19800101200501100${i}`));

function policy(ours: SyncRecord, theirs: SyncRecord): Side {
  return laterStamp(ours.stamp, theirs.stamp) === ours.stamp ? 'ours' : 'theirs';
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function simulate(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ids = Array.from({ length: INSTALLATIONS }, (_, i) => `inst-${i}`);
  const replicas: Record<string, SyncRecord>[] = ids.map(() => ({}));
  const left = ids.map(() => EDITS_PER_INSTALLATION);
  const edits: Edit[] = [];
  const mail: Mail[] = [];
  const surfaced = new Set<string>();
  const losers = new Set<string>();
  let conflicts = 0;
  let step = 0;

  const deliver = (to: number, bundle: RecordSet): boolean => {
    const ours = replicas[to] as Record<string, SyncRecord>;
    const outcome = mergeRecords(ours, bundle, (key) => policy(ours[key] as SyncRecord, bundle[key] as SyncRecord));
    for (const conflict of outcome.conflicts) {
      const mine = conflict.ours as SyncRecord;
      // The same conflict (this receiver, this record, the same incoming change) never surfaces twice.
      const id = `${to}|${conflict.key}|${canonicalJson(conflict.theirs.stamp.v)}`;
      expect(surfaced.has(id), `conflict surfaced twice: ${id}`).toBe(false);
      surfaced.add(id);
      conflicts += 1;
      const kept = conflict.result?.value;
      losers.add(String(kept === mine.value ? (conflict.theirs.value as { edit: string }).edit : (mine.value as { edit: string }).edit));
    }
    replicas[to] = outcome.merged;
    return outcome.changed;
  };

  while (left.some((n) => n > 0) || mail.length > 0) {
    step += 1;
    const roll = random();
    const active = ids.map((_, i) => i).filter((i) => (left[i] ?? 0) > 0);
    if (roll < 0.6 && active.length > 0) {
      const i = pick(active);
      const inst = ids[i] as string;
      const replica = replicas[i] as Record<string, SyncRecord>;
      const key = pick(KEYS);
      const stamp = bumpStamp(replica[key]?.stamp, inst, `2026-01-01T00:00:${String(step).padStart(6, '0')}Z`, `Inspektur ${i}`);
      const id = `${inst}#${key}#${stamp.v[inst]}`;
      replica[key] = { value: { edit: id, n: Math.floor(random() * 5) }, stamp };
      edits.push({ inst, key, id, v: stamp.v });
      left[i] = (left[i] ?? 0) - 1;
    } else if (roll < 0.8 && active.length > 0) {
      // A bundle: a frozen snapshot of the sender, addressed to someone, delivered later.
      const from = Math.floor(random() * INSTALLATIONS);
      let to = Math.floor(random() * INSTALLATIONS);
      if (to === from) to = (to + 1) % INSTALLATIONS;
      mail.push({ to, bundle: structuredClone(replicas[from] as RecordSet) });
    } else if (mail.length > 0) {
      // Delivered in random order; one in three stays in the queue and arrives again.
      const index = Math.floor(random() * mail.length);
      const item = mail[index] as Mail;
      if (random() >= 1 / 3 || left.every((n) => n === 0)) mail.splice(index, 1);
      deliver(item.to, item.bundle);
    }
  }

  // Everyone meets everyone until nothing changes.
  let changed = true;
  let rounds = 0;
  while (changed) {
    changed = false;
    rounds += 1;
    for (let from = 0; from < INSTALLATIONS; from++) {
      for (let to = 0; to < INSTALLATIONS; to++) {
        if (from !== to && deliver(to, structuredClone(replicas[from] as RecordSet))) changed = true;
      }
    }
    expect(rounds).toBeLessThan(10);
  }
  return { replicas, edits, conflicts, losers };
}

describe('convergence of five installations exchanging bundles', () => {
  for (const seed of [1, 20261206, 424242]) {
    it(`converges with seed ${seed}: one state, no edit lost, each conflict once`, () => {
      const { replicas, edits, conflicts, losers } = simulate(seed);
      const first = replicas[0] as RecordSet;
      const hashes = new Set(replicas.map((replica) => sha(canonicalState(replica))));
      expect(hashes.size).toBe(1);
      for (const replica of replicas) expect(sameRecords(replica, first)).toBe(true);
      expect(edits).toHaveLength(INSTALLATIONS * EDITS_PER_INSTALLATION);
      expect(conflicts).toBeGreaterThan(0);
      for (const key of KEYS) {
        const ofKey = edits.filter((edit) => edit.key === key);
        const final = first[key];
        if (ofKey.length === 0) {
          expect(final).toBeUndefined();
          continue;
        }
        expect(final).toBeDefined();
        const record = final as SyncRecord;
        // Every acknowledged edit was seen by the final state …
        for (const edit of ofKey) expect(hasSeen(record.stamp.v, edit.inst, edit.v[edit.inst] ?? 0)).toBe(true);
        // … the kept value is a latest edit (no later edit of the same record overwrote it silently) …
        const maximal = ofKey.filter((edit) => !ofKey.some((other) => other !== edit && compareVectors(other.v, edit.v) === 'ours'));
        const kept = (record.value as { edit: string }).edit;
        expect(maximal.map((edit) => edit.id)).toContain(kept);
        // … and every other latest edit lost in a conflict someone saw and resolved.
        for (const edit of maximal) if (edit.id !== kept) expect(losers.has(edit.id), `${edit.id} lost silently`).toBe(true);
      }
      console.log(`seed ${seed}: ${edits.length} edits, ${conflicts} conflicts surfaced, state ${sha(canonicalState(first)).slice(0, 12)}`);
    });
  }
});
