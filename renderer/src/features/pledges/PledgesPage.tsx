import './pledges.css';
import { PageHeader } from '../../components/PageHeader';
import { BatchTab } from './BatchTab';
import { PledgeForm } from './PledgeForm';
import { RegistryTab } from './RegistryTab';
import { PLEDGE_TABS, PLEDGE_TAB_LABEL, pledgeTabHref, usePledgePrefillKey, usePledgeTab } from './route';
import { TemplatesTab } from './TemplatesTab';

/**
 * *Pakta Integritas*: make one pledge, follow the registry and coverage per unit and
 * year, print in bulk, and edit the wording as new template versions.
 */
export function PledgesPage() {
  const tab = usePledgeTab();
  const prefill = usePledgePrefillKey();
  return (
    <div className="pakta-page">
      <PageHeader
        title="Pakta Integritas"
        description="Pakta Integritas setiap pegawai per tahun (PermenPANRB 49/2011): tanda tangan digital, pindaian atau basah, dengan kode verifikasi."
      />
      <nav className="tabs" aria-label="Bagian Pakta Integritas">
        {PLEDGE_TABS.map((entry) => (
          <a key={entry} className="tab" href={pledgeTabHref(entry)} aria-current={tab === entry ? 'page' : undefined}>
            {PLEDGE_TAB_LABEL[entry]}
          </a>
        ))}
      </nav>
      <div className="tabpanel">
        {tab === 'buat' ? <PledgeForm key={prefill} /> : null}
        {tab === 'daftar' ? <RegistryTab /> : null}
        {tab === 'massal' ? <BatchTab /> : null}
        {tab === 'templat' ? <TemplatesTab /> : null}
      </div>
    </div>
  );
}
