import { memo } from 'react';
import { formatAngka } from '../../../../shared/format';
import type { CriterionResult, ProposalStatus, Verdict, WorksheetScore } from '../../../../shared/lke';
import { LAYER_LABEL, LAYERS, type Layer } from './model/answers';

/** How much of each layer is filled in: entered items (choices, counts, indices). */
export interface LayerProgress {
  answered: number;
  total: number;
}

interface TotalsPanelProps {
  layer: Layer;
  score: WorksheetScore;
  progress: Readonly<Record<Layer, LayerProgress>>;
  wbk: Verdict;
  wbbm: Verdict;
  proposals: { wbk: ProposalStatus; wbbm: ProposalStatus } | null;
}

const PROPOSAL_TONE: Record<ProposalStatus['status'], string> = {
  'layak diusulkan': 'ok',
  'layak melalui afirmasi': 'warn',
  'belum layak': 'bad',
};

/**
 * The sticky panel beside the worksheet: the totals of the layer on screen, completeness per
 * layer, both verdicts criterion by criterion, and the proposal status. Recomputed from the local
 * score on every keystroke (the server only confirms).
 */
export const TotalsPanel = memo(function TotalsPanel({ layer, score, progress, wbk, wbbm, proposals }: TotalsPanelProps) {
  const { pengungkit, hasil } = score;
  return (
    <aside className="ws-totals" aria-label="Ringkasan nilai" data-testid="totals-panel">
      <div className="ws-totals-head">
        <h2 className="ws-totals-title">Nilai {LAYER_LABEL[layer]}</h2>
        <p className="ws-total" aria-label="Nilai total">
          <span className="ws-total-value" data-testid="total-value">
            {formatAngka(score.value)}
          </span>
          <span className="ws-total-max">/ {formatAngka(score.weight, 0)}</span>
        </p>
      </div>
      <table className="ws-sum-table" aria-label="Rekap komponen">
        <tbody>
          <SumRow label="Pemenuhan" value={pengungkit.pemenuhan.value} weight={pengungkit.pemenuhan.weight} indent />
          <SumRow label="Reform" value={pengungkit.reform.value} weight={pengungkit.reform.weight} indent />
          <SumRow label="Pengungkit" value={pengungkit.value} weight={pengungkit.weight} strong />
          <SumRow label="Hasil" value={hasil.value} weight={hasil.weight} strong />
          <SumRow label="Total" value={score.value} weight={score.weight} strong total />
        </tbody>
      </table>

      <section className="ws-progress" aria-label="Kelengkapan pengisian">
        <h3 className="ws-totals-sub">Kelengkapan</h3>
        {LAYERS.map((entry) => {
          const { answered, total } = progress[entry];
          const percent = total > 0 ? (answered / total) * 100 : 0;
          return (
            <div key={entry} className={`ws-progress-row${entry === layer ? ' is-active' : ''}`}>
              <span className="ws-progress-label">{LAYER_LABEL[entry]}</span>
              <span
                className="ws-progress-bar"
                role="progressbar"
                aria-label={`Kelengkapan ${LAYER_LABEL[entry]}`}
                aria-valuemin={0}
                aria-valuemax={total}
                aria-valuenow={answered}
                aria-valuetext={`${answered} dari ${total} butir`}
              >
                <span className={`ws-progress-fill${answered === total ? ' is-full' : ''}`} style={{ width: `${percent}%` }} />
              </span>
              <span className="ws-progress-count">
                {answered}/{total}
              </span>
            </div>
          );
        })}
      </section>

      <VerdictBlock verdict={wbk} />
      <VerdictBlock verdict={wbbm} />

      {proposals ? (
        <section className="ws-proposal" aria-label="Status usulan">
          <h3 className="ws-totals-sub">Status usulan</h3>
          <ProposalLine proposal={proposals.wbk} />
          <ProposalLine proposal={proposals.wbbm} />
        </section>
      ) : null}
    </aside>
  );
});

function SumRow({ label, value, weight, indent, strong, total }: { label: string; value: number; weight: number; indent?: boolean; strong?: boolean; total?: boolean }) {
  const className = ['ws-sum-row', indent ? 'is-indent' : '', strong ? 'is-strong' : '', total ? 'is-total' : ''].filter(Boolean).join(' ');
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={`sum-${label.toLowerCase()}`}>
        {formatAngka(value)}
      </td>
      <td className="num muted">/ {formatAngka(weight)}</td>
    </tr>
  );
}

function ProposalLine({ proposal }: { proposal: ProposalStatus }) {
  return (
    <div className="ws-proposal-line" data-testid={`proposal-${proposal.predicate}`}>
      <div className="ws-proposal-head">
        <span className="ws-proposal-name">Menuju {proposal.predicate}</span>
        <span className={`ws-pill ws-pill-${PROPOSAL_TONE[proposal.status]}`}>{capitalize(proposal.status)}</span>
      </div>
      {proposal.reasons.length > 0 ? (
        <details className="ws-reasons">
          <summary>
            {proposal.reasons.length} alasan{proposal.status === 'layak melalui afirmasi' ? ' yang masih harus dipenuhi' : ''}
          </summary>
          <ul>
            {proposal.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const VerdictBlock = memo(function VerdictBlock({ verdict }: { verdict: Verdict }) {
  const failing = verdict.failing.length;
  const status = verdict.passed ? 'Memenuhi syarat nilai' : `${failing} belum terpenuhi`;
  const general = verdict.criteria.filter((criterion) => criterion.kind === 'TOTAL' || criterion.kind === 'PENGUNGKIT');
  const areas = verdict.criteria.filter((criterion) => criterion.kind === 'AREA');
  const hasil = verdict.criteria.filter((criterion) => criterion.kind !== 'AREA' && criterion.kind !== 'TOTAL' && criterion.kind !== 'PENGUNGKIT');
  const halves = [...new Set(areas.map((criterion) => criterion.label.split(' – ')[0] ?? ''))];
  return (
    <section className="ws-verdict" aria-label={`Predikat ${verdict.label}`} data-testid={`verdict-${verdict.predicate}`}>
      <details open={verdict.predicate === 'WBK'}>
        <summary>
          <span className="ws-verdict-name">{verdict.label}</span>
          <span className={`ws-pill ws-pill-${verdict.passed ? 'ok' : 'bad'}`}>{status}</span>
        </summary>
        {!verdict.complete ? <p className="ws-note">Sementara: masih ada butir yang belum diisi.</p> : null}
        <table className="ws-criteria">
          <thead>
            <tr>
              <th scope="col">Kriteria</th>
              <th scope="col" className="num">
                Nilai
              </th>
              <th scope="col" className="num">
                Min.
              </th>
              <th scope="col" className="num">
                Kurang
              </th>
            </tr>
          </thead>
          <tbody>
            {general.map((criterion) => (
              <CriterionRow key={criterion.id} criterion={criterion} />
            ))}
          </tbody>
          {halves.map((half) => (
            <tbody key={half}>
              <tr className="ws-criteria-group">
                <th scope="rowgroup" colSpan={4}>
                  Area {half} (min. {formatAngka(areas[0]?.minimumPercent ?? 0, 0)}% bobot)
                </th>
              </tr>
              {areas
                .filter((criterion) => criterion.label.startsWith(`${half} – `))
                .map((criterion) => (
                  <CriterionRow key={criterion.id} criterion={criterion} label={criterion.label.slice(half.length + 3)} />
                ))}
            </tbody>
          ))}
          <tbody>
            <tr className="ws-criteria-group">
              <th scope="rowgroup" colSpan={4}>
                Hasil
              </th>
            </tr>
            {hasil.map((criterion) => (
              <CriterionRow key={criterion.id} criterion={criterion} />
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

function CriterionRow({ criterion, label = criterion.label }: { criterion: CriterionResult; label?: string }) {
  return (
    <tr className={criterion.passed ? 'is-pass' : 'is-fail'}>
      <th scope="row" title={criterion.label}>
        <span className="ws-criterion-label">
          <span className="ws-mark" aria-label={criterion.passed ? 'terpenuhi' : 'belum terpenuhi'}>
            {criterion.passed ? '✓' : '✗'}
          </span>
          <span>{label}</span>
        </span>
      </th>
      <td className="num">{formatAngka(criterion.value)}</td>
      <td className="num">{formatAngka(criterion.minimum)}</td>
      <td className="num">{criterion.passed ? '–' : formatAngka(criterion.shortfall)}</td>
    </tr>
  );
}
