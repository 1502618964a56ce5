import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { externalHostOf, openExternalUrl } from './openThings';
import './documents.css';

/**
 * A web address from the data (an evidence reference): shown as a link, opened outside ZI Desk only
 * after a confirmation that names its host — the address was typed by someone else and may not be
 * what its text suggests. Text that is no http(s) address stays plain text.
 */
export function ExternalLink({ url }: { url: string }) {
  const [asking, setAsking] = useState(false);
  const host = externalHostOf(url);
  if (host === null) return <span title={url}>{url}</span>;
  return (
    <>
      <a
        href={url}
        title={url}
        rel="noreferrer noopener"
        onClick={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      >
        {url}
      </a>
      {asking ? (
        <ConfirmDialog
          title="Buka alamat web?"
          confirmLabel="Buka di peramban"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            const outcome = await openExternalUrl(url);
            if (outcome.error !== null) return outcome.error;
            setAsking(false);
            return undefined;
          }}
        >
          <p>
            Alamat ini dibuka di peramban web, di luar ZI Desk, pada situs <strong>{host}</strong>:
          </p>
          <p className="external-url">
            <code>{url}</code>
          </p>
          <p>Buka hanya bila Anda mengenal dan memercayai situs tersebut.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
