import { useMemo, useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import { planImprovements, verdict, type Predicate, type Template, type ThresholdSet, type WorksheetScore } from '../../../../shared/lke';
import { LAYER_LABEL, LAYERS, type Layer } from './model/answers';
import { worksheetHref } from './route';

interface PlannerTabProps {
  worksheetId: string;
  template: Template;
  scores: Readonly<Record<Layer, WorksheetScore>>;
  thresholds: ThresholdSet;
  layer: Layer;
  onLayer(layer: Layer): void;
}

/** How many items the table shows per criterion before "tampilkan semua". */
const FIRST_ITEMS = 8;

/**
 * "Menuju WBK/WBBM": for every failing criterion, the items that could still add points to it,
 * ranked by weight share × (1 − value), so the inspector can tell the unit what to fix
 * first. Computed locally from the answers on screen, so it follows every edit.
 */
export function PlannerTab({ worksheetId, template, scores, thresholds, layer, onLayer }: PlannerTabProps) {
  const [predicate, setPredicate] = useState<Predicate>('WBK');
  const [showAll, setShowAll] = useState<ReadonlySet<string>>(() => new Set());
  const score = scores[layer];
  const plan = useMemo(() => {
    const set = predicate === 'WBK' ? thresholds.wbk : thresholds.wbbm;
    return planImprovements(template, score, verdict(score, set));
  }, [template, score, thresholds, predicate]);

  return (
    <section className="ws-panel ws-planner" aria-label="Menuju WBK/WBBM">
      <div className="ws-planner-head">
        <div>
          <h2 className="ws-section-title">Menuju {predicate}</h2>
          <p className="muted">
            Butir yang paling banyak menambah nilai pada setiap kriteria yang belum terpenuhi, dihitung dari jawaban {LAYER_LABEL[layer]}{' '}
            (bobot butir × (1 − nilai sekarang)).
          </p>
        </div>
        <div className="ws-toolbar">
          <div className="ws-toolbar-group" role="group" aria-label="Predikat">
            <span className="ws-toolbar-label">Predikat</span>
            <div className="ws-segmented">
              {(['WBK', 'WBBM'] as const).map((entry) => (
                <button key={entry} type="button" className={`ws-segment${predicate === entry ? ' is-active' : ''}`} aria-pressed={predicate === entry} onClick={() => setPredicate(entry)}>
                  {entry}
                </button>
              ))}
            </div>
          </div>
          <div className="ws-toolbar-group" role="group" aria-label="Lapisan perencanaan">
            <span className="ws-toolbar-label">Lapisan</span>
            <div className="ws-segmented">
              {LAYERS.map((entry) => (
                <button key={entry} type="button" className={`ws-segment${layer === entry ? ' is-active' : ''}`} aria-pressed={layer === entry} onClick={() => onLayer(entry)}>
                  {LAYER_LABEL[entry]}
                </button>
              ))}
            </div>
          </div>
        </div>
      </div>

      {plan.groups.length === 0 ? (
        <p className="ws-planner-ok" role="status">
          Semua kriteria nilai {predicate === 'WBK' ? 'Menuju WBK' : 'Menuju WBBM'} sudah terpenuhi pada lapisan {LAYER_LABEL[layer]}.
        </p>
      ) : (
        <ol className="ws-plan-groups" aria-label={`Kriteria ${predicate} yang belum terpenuhi`}>
          {plan.groups.map((group) => {
            const { criterion } = group;
            const all = showAll.has(criterion.id);
            const items = all ? group.items : group.items.slice(0, FIRST_ITEMS);
            return (
              <li key={criterion.id} className="ws-plan-group">
                <h3 className="ws-plan-title">
                  <span className="ws-mark is-fail" aria-hidden="true">
                    ✗
                  </span>
                  {criterion.label}
                </h3>
                <p className="ws-plan-summary">
                  Nilai {formatAngka(criterion.value)} dari minimal {formatAngka(criterion.minimum)} — kurang <strong>{formatAngka(criterion.shortfall)}</strong>.{' '}
                  {group.reachable && group.itemsToClose !== null
                    ? `Dapat ditutup dengan memperbaiki ${group.itemsToClose} butir teratas.`
                    : `Seluruh butir hanya dapat menambah ${formatAngka(group.totalPotential)}; kekurangan tidak dapat ditutup dari kriteria ini saja.`}
                </p>
                {group.items.length > 0 ? (
                  <table className="table ws-simple-table ws-plan-table">
                    <thead>
                      <tr>
                        <th scope="col" className="num">
                          #
                        </th>
                        <th scope="col">Kode</th>
                        <th scope="col">Butir</th>
                        <th scope="col" className="num">
                          Nilai
                        </th>
                        <th scope="col" className="num">
                          Bobot
                        </th>
                        <th scope="col" className="num">
                          Potensi
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((item, index) => (
                        <tr key={item.code} className={group.itemsToClose !== null && index < group.itemsToClose ? 'is-key' : undefined}>
                          <td className="num">{index + 1}</td>
                          <td className="ws-code">
                            <a href={worksheetHref(worksheetId, 'isian', item.code)}>{item.code}</a>
                          </td>
                          <td>
                            <span className="ws-plan-text">{item.text}</span>
                            <span className="ws-plan-path">{item.path}</span>
                          </td>
                          <td className="num">{item.answered ? formatAngka(item.currentValue) : 'belum diisi'}</td>
                          <td className="num">{formatAngka(item.weightShare)}</td>
                          <td className="num ws-potential">+{formatAngka(item.potential)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {group.items.length > FIRST_ITEMS ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      setShowAll((previous) => {
                        const next = new Set(previous);
                        if (all) next.delete(criterion.id);
                        else next.add(criterion.id);
                        return next;
                      })
                    }
                  >
                    {all ? 'Tampilkan lebih sedikit' : `Tampilkan semua ${group.items.length} butir`}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
