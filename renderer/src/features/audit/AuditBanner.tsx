import { useCallback, useEffect } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { hrefOf } from '../../lib/route';
import { useLoad } from '../../lib/useLoad';

/** While main is still verifying the logs at start, ask again this often. */
const CHECKING_POLL_MS = 1_000;

/** Shown on every screen while a log of the audit trail is broken (like the recovery notices). */
export function AuditBanner() {
  const status = useLoad(useCallback(() => api.audit.status(undefined), []));
  const { reload } = status;
  const checking = status.data?.checking === true;
  useEffect(() => {
    if (!checking) return undefined;
    const timer = setTimeout(reload, CHECKING_POLL_MS);
    return () => clearTimeout(timer);
  }, [checking, reload, status.data]);
  const broken = status.data?.chains.filter((chain) => chain.state === 'broken') ?? [];
  if (broken.length === 0) return null;
  return (
    <Alert variant="error" role="alert" label="Peringatan riwayat audit" icon="!" title="Riwayat audit tidak utuh">
      {broken.map((chain) => (
        <p key={chain.installationId}>
          {chain.label}: {chain.reason}
        </p>
      ))}
      <p>
        Lihat rinciannya di <a href={hrefOf({ page: 'riwayat' })}>Riwayat &amp; audit</a>, lalu hubungi pengelola aplikasi.
      </p>
    </Alert>
  );
}
