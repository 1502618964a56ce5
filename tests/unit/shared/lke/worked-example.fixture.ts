import type { Answer } from '../../../../shared/lke/answers';
import { counts, fillSubArea, shippedTemplate } from './fixtures';

/**
 * A realistic, fully answered worksheet (a Disdukcapil-like unit) used by the worked example and
 * the planner tests. Beside every sub-area: its item types, the answers, and the hand arithmetic
 * "average of item values × sub-area weight" (PermenPANRB 90/2021 Lampiran III). Option values:
 * Ya 1 / Tidak 0; A/B/C 1 / 0,5 / 0; A/B/C/D 1 / 0,67 / 0,33 / 0; A/B/C/D/E 1 / 0,75 / 0,5 / 0,25 / 0.
 */
export function workedExampleAnswers(): Record<string, Answer> {
  const t = shippedTemplate();
  return {
    // ── A.I Pemenuhan ───────────────────────────────────────────────────────────────────────────
    // A.I.1 Manajemen Perubahan (4) — mixed answers
    // i   (0,5) YT ABC           Ya B        (1 + 0,5) / 2 × 0,5                = 0,375
    ...fillSubArea(t, 'A.I.1.i', ['Ya', 'B']),
    // ii  (1)   YT ABC ABC       Ya A B      (1 + 1 + 0,5) / 3 × 1              = 0,833333333333
    ...fillSubArea(t, 'A.I.1.ii', ['Ya', 'A', 'B']),
    // iii (1)   ABCD ×3          B B C       (0,67 + 0,67 + 0,33) / 3 × 1       = 0,556666666667
    ...fillSubArea(t, 'A.I.1.iii', ['B', 'B', 'C']),
    // iv  (1,5) YT ABC ABC ABCD  Ya A A B    (1 + 1 + 1 + 0,67) / 4 × 1,5       = 1,37625
    ...fillSubArea(t, 'A.I.1.iv', ['Ya', 'A', 'A', 'B']),
    //                                                            area A.I.1 = 3,14125

    // A.I.2 Penataan Tatalaksana (3,5) — all best: every sub-area = its weight = 1 + 2 + 0,5 = 3,5
    ...fillSubArea(t, 'A.I.2.i', ['A', 'A', 'A']),
    ...fillSubArea(t, 'A.I.2.ii', ['A', 'A', 'A', 'A']),
    ...fillSubArea(t, 'A.I.2.iii', ['A', 'A']),

    // A.I.3 Penataan SDM (5) — all best: 0,25 + 0,5 + 1,25 + 2 + 0,75 + 0,25 = 5
    ...fillSubArea(t, 'A.I.3.i', ['Ya', 'A', 'Ya']),
    ...fillSubArea(t, 'A.I.3.ii', ['Ya', 'A', 'Ya']),
    ...fillSubArea(t, 'A.I.3.iii', ['Ya', 'A', 'A', 'A', 'A', 'A']),
    ...fillSubArea(t, 'A.I.3.iv', ['A', 'A', 'A', 'Ya']),
    ...fillSubArea(t, 'A.I.3.v', ['A']),
    ...fillSubArea(t, 'A.I.3.vi', ['A']),

    // A.I.4 Penguatan Akuntabilitas (5) — mixed answers
    // i  (2,5) ABC ABC ABCD          A B B                 (1 + 0,5 + 0,67) / 3 × 2,5 = 1,808333333333
    ...fillSubArea(t, 'A.I.4.i', ['A', 'B', 'B']),
    // ii (2,5) YT YT YT ABCD YT ABC YT ABC
    //          Ya Ya Ya B    Ya A   Tidak B   (1+1+1+0,67+1+1+0+0,5) / 8 × 2,5 = 6,17/8 × 2,5 = 1,928125
    ...fillSubArea(t, 'A.I.4.ii', ['Ya', 'Ya', 'Ya', 'B', 'Ya', 'A', 'Tidak', 'B']),
    //                                                            area A.I.4 = 3,736458333333

    // A.I.5 Penguatan Pengawasan (7,5) — all best: 1,5 × 5 = 7,5
    ...fillSubArea(t, 'A.I.5.i', ['A', 'A']),
    ...fillSubArea(t, 'A.I.5.ii', ['A', 'A', 'A', 'A']),
    ...fillSubArea(t, 'A.I.5.iii', ['A', 'Ya', 'A', 'A']),
    ...fillSubArea(t, 'A.I.5.iv', ['A', 'A', 'A']),
    ...fillSubArea(t, 'A.I.5.v', ['A', 'A', 'A', 'A', 'A']),

    // A.I.6 Peningkatan Kualitas Pelayanan Publik (5) — "B" (second option) everywhere, Ya for Ya/Tidak
    // i   (1) ABCDE ABCD ABCD YT   B B B Ya   (0,75 + 0,67 + 0,67 + 1) / 4 × 1  = 0,7725
    ...fillSubArea(t, 'A.I.6.i', ['B', 'B', 'B', 'Ya']),
    // ii  (1) ABCDE ABCD×4 ABCDE   B ×6       (0,75 + 4 × 0,67 + 0,75) / 6 × 1 = 4,18/6 = 0,696666666667
    ...fillSubArea(t, 'A.I.6.ii', ['B', 'B', 'B', 'B', 'B', 'B']),
    // iii (1) ABCDE ABC ABC        B B B      (0,75 + 0,5 + 0,5) / 3 × 1        = 0,583333333333
    ...fillSubArea(t, 'A.I.6.iii', ['B', 'B', 'B']),
    // iv  (1) ABCDE ABC ABCD       B B B      (0,75 + 0,5 + 0,67) / 3 × 1       = 0,64
    ...fillSubArea(t, 'A.I.6.iv', ['B', 'B', 'B']),
    // v   (1) ABCD YT ABC          B Ya B     (0,67 + 1 + 0,5) / 3 × 1          = 0,723333333333
    ...fillSubArea(t, 'A.I.6.v', ['B', 'Ya', 'B']),
    //                                                            area A.I.6 = 3,415833333333

    // ── A.II Reform ─────────────────────────────────────────────────────────────────────────────
    // A.II.1 Manajemen Perubahan (4)
    // i (2) two computed %: a = 8 changes / 10 agents = 0,8; b = 6 integrated / 8 changes = 0,75
    //       (0,8 + 0,75) / 2 × 2 = 1,55
    ...counts({ 'A.II.1.i.a.1': 10, 'A.II.1.i.a.2': 8, 'A.II.1.i.b.1': 8, 'A.II.1.i.b.2': 6 }),
    // ii (1) ABCDE B → 0,75;  iii (1) ABCD B → 0,67
    ...fillSubArea(t, 'A.II.1.ii', ['B']),
    ...fillSubArea(t, 'A.II.1.iii', ['B']),
    //                                                 area A.II.1 = 1,55 + 0,75 + 0,67 = 2,97

    // A.II.2 Penataan Tatalaksana (3,5) — all best: 0,5 + 1 + 2 = 3,5
    ...fillSubArea(t, 'A.II.2.i', ['A']),
    ...fillSubArea(t, 'A.II.2.ii', ['A', 'A']),
    ...fillSubArea(t, 'A.II.2.iii', ['A', 'A', 'A']),

    // A.II.3 Penataan SDM (5)
    // i (1,5) ABC A → 1,5;  ii (1,5) ABC B → 0,75
    ...fillSubArea(t, 'A.II.3.i', ['A']),
    ...fillSubArea(t, 'A.II.3.ii', ['B']),
    // iii (2) disiplin: last year 4, this year 2 → (4 − 2) / 4 = 0,5 → 0,5 × 2 = 1 (2 sanctioned: not in the formula)
    ...counts({ 'A.II.3.iii.a.1': 4, 'A.II.3.iii.a.2': 2, 'A.II.3.iii.a.3': 2 }),
    //                                                 area A.II.3 = 1,5 + 0,75 + 1 = 3,25

    // A.II.4 Penguatan Akuntabilitas (5)
    // i (2) 9 of 12 sasaran reached → 0,75 × 2 = 1,5
    ...counts({ 'A.II.4.i.a.1': 12, 'A.II.4.i.a.2': 9 }),
    // ii (1,5) ABCD A → 1,5;  iii (1,5) ABCD B → 0,67 × 1,5 = 1,005
    ...fillSubArea(t, 'A.II.4.ii', ['A']),
    ...fillSubArea(t, 'A.II.4.iii', ['B']),
    //                                                 area A.II.4 = 1,5 + 1,5 + 1,005 = 4,005

    // A.II.5 Penguatan Pengawasan (7,5)
    // i (2,5) ABCDE A → 2,5
    ...fillSubArea(t, 'A.II.5.i', ['A']),
    // ii (3) 25 complaints settled of 20 to handle (2 in process, unused) → min(1, 25/20) = 1 → 3
    ...counts({ 'A.II.5.ii.a.1': 20, 'A.II.5.ii.a.2': 2, 'A.II.5.ii.a.3': 25 }),
    // iii.a (1) LHKPN: 4 reported / (1 + 3 + 0) obliged = 1 → 1
    ...counts({ 'A.II.5.iii.a.a.1': 1, 'A.II.5.iii.a.a.2': 3, 'A.II.5.iii.a.a.3': 0, 'A.II.5.iii.a.a.4': 4 }),
    // iii.b (1) LHKASN: 44 reported / (5 + 12 + 30) obliged = 44/47 = 0,936170212766 → 0,936170212766
    ...counts({ 'A.II.5.iii.b.a.1': 5, 'A.II.5.iii.b.a.2': 12, 'A.II.5.iii.b.a.3': 30, 'A.II.5.iii.b.a.4': 44 }),
    //                                   area A.II.5 = 2,5 + 3 + 1 + 44/47 = 7,436170212766

    // A.II.6 Peningkatan Kualitas Pelayanan Publik (5)
    // i (2,5) ABCD B (0,67) and computed 30 of 40 services simplified (0,75)
    //         (0,67 + 0,75) / 2 × 2,5 = 1,775
    ...fillSubArea(t, 'A.II.6.i', ['B']),
    ...counts({ 'A.II.6.i.b.1': 40, 'A.II.6.i.b.2': 30 }),
    // ii (2,5) ABCD A → 2,5
    ...fillSubArea(t, 'A.II.6.ii', ['A']),
    //                                                 area A.II.6 = 1,775 + 2,5 = 4,275

    // ── B Hasil ─────────────────────────────────────────────────────────────────────────────────
    // IPAK 3,60 → 3,6 / 4 × 17,5 = 15,75;  capaian kinerja B → 0,75 × 5 = 3,75;  IPKP 3,40 → 3,4 / 4 × 17,5 = 14,875
    'B.I.a': { type: 'INDEKS', value: 3.6 },
    'B.I.b': { type: 'ABCDE', value: 'B' },
    'B.II.a': { type: 'INDEKS', value: 3.4 },
  };
}
