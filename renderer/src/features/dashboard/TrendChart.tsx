import { formatAngka } from '../../../../shared/format';
import { VERDICT_TEXT, type DashboardTrend } from '../../../../shared/reports';
import { layoutTrendChart, trendSummary } from './model';

const VERDICT_CLASS = { WBBM: 'dash-bar-wbbm', WBK: 'dash-bar-wbk', BELUM: 'dash-bar-belum' } as const;

/**
 * Totals of each unit of the year across every evaluation year: small multiples of bars on one
 * 0–100 scale, values and years as text. The SVG is one image with a summarising name; the same
 * numbers follow in a visually hidden table for screen readers that browse tables.
 */
export function TrendChart({ trends, year }: { trends: readonly DashboardTrend[]; year: number }) {
  const layout = layoutTrendChart(trends, year);
  if (layout.panels.length === 0) return null;
  return (
    <figure className="dash-chart">
      <svg
        className="dash-chart-svg"
        role="img"
        aria-label={trendSummary(trends)}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
      >
        {layout.panels.map((panel) => (
          <g key={panel.unitId} transform={`translate(${panel.x} ${panel.y})`}>
            <rect className="dash-panel" x={4} y={4} width={panel.width - 8} height={panel.height - 8} rx={4} />
            <text className="dash-panel-title" x={panel.width / 2} y={24} textAnchor="middle">
              {panel.title}
            </text>
            <line className="dash-gridline" x1={12} x2={panel.width - 12} y1={panel.top} y2={panel.top} />
            <line className="dash-axis" x1={12} x2={panel.width - 12} y1={panel.baseline} y2={panel.baseline} />
            {panel.bars.map((bar) => (
              <g key={bar.year}>
                <rect
                  className={`dash-bar ${VERDICT_CLASS[bar.verdict]}${bar.current ? ' dash-bar-current' : ''}`}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(bar.height, 1)}
                />
                <text className="dash-bar-value" x={bar.centerX} y={bar.y - 4} textAnchor="middle">
                  {formatAngka(bar.total)}
                </text>
              </g>
            ))}
            {panel.yearLabels.map((label) => (
              <text
                key={label.year}
                className={label.year === year ? 'dash-year dash-year-current' : 'dash-year'}
                x={label.centerX}
                y={panel.baseline + 16}
                textAnchor="middle"
              >
                {label.year}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="dash-chart-caption">
        <span className="muted small">Nilai total pada lapisan yang dinilai, skala 0–100; tahun {year} ditebalkan.</span>
        <ul className="dash-legend" aria-label="Keterangan warna">
          {(['WBBM', 'WBK', 'BELUM'] as const).map((verdict) => (
            <li key={verdict}>
              <span className={`dash-swatch ${VERDICT_CLASS[verdict]}`} aria-hidden="true" />
              {VERDICT_TEXT[verdict]}
            </li>
          ))}
        </ul>
      </figcaption>
      <table className="visually-hidden">
        <caption>Nilai total LKE per unit kerja dan tahun</caption>
        <thead>
          <tr>
            <th scope="col">Unit kerja</th>
            {layout.years.map((entry) => (
              <th key={entry} scope="col">
                {entry}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.map((trend) => (
            <tr key={trend.unitId}>
              <th scope="row">{trend.unitName}</th>
              {layout.years.map((entry) => {
                const point = trend.points.find((candidate) => candidate.year === entry);
                return <td key={entry}>{point ? `${formatAngka(point.total)} (${VERDICT_TEXT[point.verdict]})` : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
