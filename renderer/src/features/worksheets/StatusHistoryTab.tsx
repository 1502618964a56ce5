import { endSentence, formatTanggal } from '../../../../shared/format';
import { worksheetStatusLabels, type Worksheet } from '../../../../shared/worksheets';
import { DataTable } from '../../components/DataTable';

function timeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatTanggal(date)} ${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The workflow record of a worksheet: who moved it from which status to which, with comments. */
export function StatusHistoryTab({ worksheet }: { worksheet: Worksheet }) {
  const steps = [...worksheet.statusHistory].reverse();
  return (
    <section className="ws-panel" aria-label="Riwayat status">
      <h2 className="ws-section-title">Riwayat status</h2>
      <p className="muted">
        {endSentence(`Dibuat ${timeText(worksheet.createdAt)} oleh ${worksheet.createdBy}`)}{' '}
        {endSentence(`Terakhir diubah ${timeText(worksheet.updatedAt)} oleh ${worksheet.updatedBy}`)}
      </p>
      {steps.length === 0 ? (
        <p className="muted">Status belum pernah diubah (masih Draf).</p>
      ) : (
        <DataTable className="ws-simple-table" wrap="none" columns={['Waktu', 'Oleh', 'Perubahan', 'Catatan']}>
          {steps.map((step, index) => (
            <tr key={`${step.at}-${index}`}>
              <td>{timeText(step.at)}</td>
              <td>{step.by}</td>
              <td>
                {worksheetStatusLabels[step.from]} → {worksheetStatusLabels[step.to]}
              </td>
              <td>{step.note || '–'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
