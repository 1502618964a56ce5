import { useCallback } from 'react';
import type { IntegrityNoticeYear } from '../../../../shared/pledges';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { useLoad } from '../../lib/useLoad';
import { pledgeTabHref } from '../pledges/route';

/** One sentence per year: what is wrong and how much of it. */
function yearText(year: IntegrityNoticeYear): string {
  const damaged = year.damaged > 0 ? ` ${year.damaged} pakta tidak utuh.` : '';
  return year.chainBroken
    ? `Riwayat status Pakta Integritas ${year.year} rusak: ${year.chainBroken}${damaged}`
    : `Data Pakta Integritas ${year.year} diubah di luar ZI Desk:${damaged}`;
}

/**
 * Shown on every screen while a year's pledge status log is broken or a pledge is not intact (the
 * background check at start, cached by main): like the storage recovery notice, it stays until the
 * data is whole again, and it leads to the registry, where the Keutuhan column names each pledge.
 */
export function IntegrityBanner() {
  const load = useCallback(() => api.pledges.integrityNotice(undefined), []);
  const { data } = useLoad(load);
  if (!data || data.years.length === 0) return null;
  return (
    <Alert
      variant="error"
      role="alert"
      label="Pemberitahuan keutuhan data pakta"
      icon="!"
      title="Riwayat status pakta rusak: data diubah di luar ZI Desk"
      actions={
        <a className="button button-secondary" href={pledgeTabHref('daftar')}>
          Buka daftar pakta
        </a>
      }
    >
      {data.years.map((year) => (
        <p key={year.year} data-testid="integritas-tahun">
          {yearText(year)}
        </p>
      ))}
      <p>Pakta yang isinya berubah tidak dapat dicetak ulang. Pulihkan folder data dari cadangan, atau hubungi pengelola ZI Desk.</p>
    </Alert>
  );
}
