import { useCallback, type ReactNode } from 'react';
import { formatAngka } from '../../../../shared/format';
import type { DashboardView, VerdictClass } from '../../../../shared/reports';
import type { Result } from '../../../../shared/result';
import { MAX_YEAR, MIN_YEAR, worksheetStatuses, worksheetStatusLabels } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { YearSelect } from '../../components/YearSelect';
import { useLoad } from '../../lib/useLoad';
import { listHref, worksheetHref } from '../worksheets/route';
import { AnnualDocuments } from './AnnualDocuments';
import { coverageText, defaultYearAfter, formatChange, formatPercent, verdictText, yearOptions } from './model';
import { dashboardHref, useDashboardYear } from './route';
import { TrendChart } from './TrendChart';
import './dashboard.css';
import { Alert } from '../../components/Alert';
import { useActiveYear } from '../app/ActiveYear';
import { ProposalDeadline } from '../proposal/ProposalDeadline';

/**
 * "Laporan & Dasbor": the evaluation year at a glance — worksheet status and
 * verdict counts, pledge coverage, one row per unit with its change against last year, each unit's
 * totals across years — and the year's recap as PDF and Excel. Every number comes from
 * `reports:dashboard`, recomputed by main from stored answers.
 */

const LAYER_LABEL = { unit: 'Unit', tpi: 'TPI' } as const;
const VERDICT_BADGE: Record<VerdictClass, string> = { WBBM: 'badge-ok', WBK: 'badge-info', BELUM: 'badge-muted' };

function thisYear(): number {
  return Math.min(Math.max(new Date().getFullYear(), MIN_YEAR), MAX_YEAR);
}

/** The asked year, or the current one and then — when it is empty — the newest year with worksheets. */
async function loadDashboard(requested: number | undefined): Promise<Result<DashboardView>> {
  const first = await api.reports.dashboard({ year: requested ?? thisYear() });
  if (requested !== undefined || !first.ok) return first;
  const better = defaultYearAfter(first.value);
  return better === undefined ? first : api.reports.dashboard({ year: better });
}

function Stat({ label, value, note, wide }: { label: string; value: ReactNode; note?: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'stat-card dash-stat dash-stat-wide' : 'stat-card dash-stat'}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">{value}</dd>
      {note ? <dd className="stat-note">{note}</dd> : null}
    </div>
  );
}

/** A card of counts: one term and number per line. */
function Breakdown({ label, items, note }: { label: string; items: { label: string; value: number }[]; note?: ReactNode }) {
  return (
    <div className="stat-card dash-stat">
      <dt className="stat-label">{label}</dt>
      <dd className="dash-breakdown-wrap">
        <dl className="dash-breakdown">
          {items.map((item) => (
            <div key={item.label} className="dash-breakdown-row">
              <dt>{item.label}</dt>
              <dd>{formatAngka(item.value, 0)}</dd>
            </div>
          ))}
        </dl>
      </dd>
      {note ? <dd className="stat-note">{note}</dd> : null}
    </div>
  );
}

function Summary({ view }: { view: DashboardView }) {
  const { pledges } = view;
  return (
    <section aria-label="Ringkasan evaluasi">
      <dl className="stats dash-stats">
        <Stat label="Unit aktif" value={formatAngka(view.activeUnits, 0)} note="unit kerja pada data master" />
        <Stat label={`LKE tahun ${view.year}`} value={formatAngka(view.worksheets, 0)} note="lembar kerja evaluasi" />
        <Stat
          label="Rata-rata nilai"
          value={view.averageTotal === null ? '—' : formatAngka(view.averageTotal)}
          note="nilai total pada lapisan yang dinilai"
        />
        <Stat
          label="Pakta Integritas"
          wide
          value={pledges.total === 0 ? 'Belum ada pegawai aktif' : coverageText(pledges.signed, pledges.total, pledges.percent)}
          note={pledges.total === 0 ? 'tambahkan pegawai pada menu Pegawai' : `menandatangani untuk tahun ${view.year}`}
        />
        <Breakdown
          label="Status LKE"
          items={worksheetStatuses.map((status) => ({ label: worksheetStatusLabels[status], value: view.statusCounts[status] }))}
        />
        <Breakdown
          label="Predikat"
          items={[
            { label: 'WBBM', value: view.verdictCounts.WBBM },
            { label: 'WBK', value: view.verdictCounts.WBK },
            { label: 'Belum memenuhi', value: view.verdictCounts.BELUM },
            { label: 'Sementara', value: view.provisional },
          ]}
          note="sementara: lapisan yang dinilai belum terisi lengkap"
        />
      </dl>
    </section>
  );
}

function RowsTable({ view }: { view: DashboardView }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label={`Hasil evaluasi per unit kerja tahun ${view.year}`}>
        <thead>
          <tr>
            <th scope="col">Unit kerja</th>
            <th scope="col">Status</th>
            <th scope="col">Lapisan</th>
            <th scope="col" className="num">
              Nilai total
            </th>
            <th scope="col">Predikat</th>
            <th scope="col" className="num">
              Perubahan
            </th>
            <th scope="col" className="num">
              Cakupan Pakta
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.worksheetId}>
              <th scope="row" className="cell-main">
                <a href={worksheetHref(row.worksheetId)}>{row.unitName}</a>
              </th>
              <td>{worksheetStatusLabels[row.status]}</td>
              <td>{LAYER_LABEL[row.layer]}</td>
              <td className="num dash-num">{formatAngka(row.total)}</td>
              <td>
                <span className={`badge ${VERDICT_BADGE[row.verdict]}`}>{verdictText(row.verdict, row.complete)}</span>
              </td>
              <td className="num dash-num">
                {row.change === null ? (
                  <>
                    —<span className="visually-hidden"> (tidak ada nilai tahun {view.year - 1})</span>
                  </>
                ) : (
                  <span title={row.previousTotal === null ? undefined : `${view.year - 1}: ${formatAngka(row.previousTotal)}`}>
                    {formatChange(row.change)}
                  </span>
                )}
              </td>
              <td className="num dash-num">{formatPercent(row.pledgePercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Problems({ problems }: { problems: DashboardView['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <Alert variant="warning" title={`${formatAngka(problems.length, 0)} lembar kerja tidak dapat dibaca dan tidak dihitung:`}>
      <ul>
        {problems.map((problem) => (
          <li key={problem.id}>
            <code>{problem.id}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The screen of `#/laporan?tahun=…`. */
export function DashboardPage() {
  const active = useActiveYear();
  // Without a year in the address, a chosen active evaluation year opens the dashboard.
  const requested = useDashboardYear() ?? (active.chosen ? active.year : undefined);
  const load = useCallback(() => loadDashboard(requested), [requested]);
  const { data: view, error } = useLoad(load);
  const loading = view === undefined || (requested !== undefined && view.year !== requested);
  const selected = requested ?? view?.year;

  return (
    <>
      <PageHeader
        title="Laporan & Dasbor"
        description="Hasil evaluasi Zona Integritas per tahun: status lembar kerja, nilai, predikat, Pakta Integritas dan rekap tahunan."
      />
      <div className="toolbar">
        <YearSelect
          id="dash-tahun"
          className="dash-year-field"
          years={yearOptions([...(view?.years ?? []), thisYear()], selected)}
          value={selected}
          hrefOf={dashboardHref}
          disabled={view === undefined}
        />
        <p className="muted" role="status">
          {loading && !error ? <Spinner label="Memuat dasbor…" /> : null}
        </p>
      </div>
      {error ? <Alert>Dasbor belum dapat dimuat. {error.message}</Alert> : null}
      {view && !loading ? (
        <>
          <Problems problems={view.problems} />
          <Summary view={view} />
          {view.worksheets === 0 ? (
            <section className="panel panel-accent" aria-labelledby="dash-empty-title">
              <h2 id="dash-empty-title" className="panel-title">
                Belum ada lembar kerja tahun {view.year}
              </h2>
              <p>
                Dasbor dan rekap tahunan terisi setelah lembar kerja evaluasi (LKE) unit kerja dibuat untuk tahun ini.
              </p>
              <p>
                <a href={listHref(view.year)}>Buka Lembar Kerja (LKE)</a>
              </p>
            </section>
          ) : (
            <>
              <section aria-labelledby="dash-rows-title">
                <h2 id="dash-rows-title" className="section-title">
                  Unit kerja tahun {view.year}
                </h2>
                <RowsTable view={view} />
              </section>
              <section className="panel dash-chart-panel" aria-labelledby="dash-trend-title">
                <h2 id="dash-trend-title" className="panel-title">
                  Tren nilai per unit kerja
                </h2>
                <TrendChart trends={view.trends} year={view.year} />
              </section>
              <AnnualDocuments key={view.year} year={view.year} />
              <ProposalDeadline year={view.year} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
