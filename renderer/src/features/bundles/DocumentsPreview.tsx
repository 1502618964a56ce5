import { formatWaktu } from '../../../../shared/backups';
import type { BundleDocumentChange, BundleDocumentsPreview, BundleDocumentsResult, BundleLogState } from '../../../../shared/bundles';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';

/**
 * The "Pakta & piagam" part of a bundle's preview and of the apply summary: pledges and
 * declarations issued on the sender's laptop, taken as they are (never merged, never re-signed
 * here), with the sender's status log checked first.
 */

const CHANGE_LABELS: Record<BundleDocumentChange['change'], string> = { new: 'Baru', status: 'Status baru', updated: 'Versi baru' };

const LOG_LABELS: Record<BundleLogState, string> = {
  new: 'riwayat status baru',
  extends: 'riwayat status berlanjut',
  same: 'riwayat status sama',
  older: 'paket lebih lama dari yang sudah diterima',
};

export function DocumentsSection({ documents, from }: { documents: BundleDocumentsPreview; from: string }) {
  if (documents.state === 'none') return null;
  return (
    <div className="bundle-sheet">
      <h3 className="bundle-sheet-title">Pakta &amp; piagam</h3>
      {documents.state === 'own' ? <p className="muted small">Pakta dan piagam dalam berkas ini diterbitkan di laptop ini: tidak ada yang perlu diterima.</p> : null}
      {documents.state === 'refused' ? <Alert variant="warning">{documents.reason}</Alert> : null}
      {documents.state === 'valid' ? (
        <>
          <p className="muted small">
            Diterbitkan di {from}; disimpan terpisah dari pakta milik laptop ini dan hanya dapat dibaca di sini.{' '}
            {documents.years.map((year) => `Pakta ${year.year}: ${year.pledges} (${LOG_LABELS[year.log]})`).join('; ')}
            {documents.years.length > 0 ? '. ' : ''}
            {documents.declarations > 0 ? `${documents.declarations} piagam pencanangan. ` : ''}
            {documents.unchanged > 0 ? `${documents.unchanged} sudah tersimpan dan tidak berubah.` : ''}
          </p>
          {documents.changes.length === 0 ? <p className="muted small">Tidak ada pakta atau piagam baru.</p> : null}
          {documents.changes.length > 0 ? (
            <DataTable label="Pakta dan piagam dari rekan" columns={['Dokumen', 'Jenis', 'Status', 'Waktu']} wrap="none" className="bundle-changes">
              {documents.changes.map((change) => (
                <tr key={`${change.kind}-${change.id}`}>
                  <th scope="row">{change.label}</th>
                  <td>{CHANGE_LABELS[change.change]}</td>
                  <td>{change.detail}</td>
                  <td>{formatWaktu(change.at)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </>
      ) : null}
      {documents.refused.map((refusal) => (
        <Alert key={`${refusal.kind}-${refusal.id}`} variant="warning">
          {refusal.label} tidak diterima: {refusal.reason}
        </Alert>
      ))}
    </div>
  );
}

export function DocumentsResult({ result }: { result: BundleDocumentsResult }) {
  const taken = result.pledgesAdded + result.statusChanges + result.declarationsAdded + result.declarationsUpdated;
  return (
    <>
      {taken > 0 ? (
        <p>
          Pakta &amp; piagam: {result.pledgesAdded} pakta baru, {result.statusChanges} status pakta berubah, {result.declarationsAdded} piagam baru, {result.declarationsUpdated} piagam diperbarui.
        </p>
      ) : null}
      {result.skipped ? <Alert variant="warning">{result.skipped}</Alert> : null}
      {result.refused.map((refusal) => (
        <Alert key={`${refusal.kind}-${refusal.id}`} variant="warning">
          {refusal.label} tidak diterima: {refusal.reason}
        </Alert>
      ))}
    </>
  );
}
