import { useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { downloadFile } from '../lib/download.js';
import { removeUnreadable, type UnreadableCopy, useDraft } from '../state/store.js';
import { ConfirmDialog } from './ConfirmDialog.js';

/**
 * Notices about the stored answers that show on every view: earlier answers that could not be read
 * (kept aside, with a download), and answers changed in another tab. The live region is always in
 * the page, so a notice that appears later is announced.
 */
export function StorageNotices() {
  const { t, locale } = useI18n();
  const { unreadable, status } = useDraft();
  const [removing, setRemoving] = useState<UnreadableCopy | null>(null);
  const time = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  };
  const download = (copy: UnreadableCopy) =>
    downloadFile(`basisscan-unreadable-${copy.at.replace(/[^0-9A-Za-z-]/g, '-')}.txt`, copy.raw, 'text/plain;charset=utf-8');

  return (
    <>
      <div aria-live="polite" className="storage-notices">
        {unreadable.length > 0 && (
          <div className="error-box" data-testid="unreadable-notice">
            <p>
              <strong>{t('storage.unreadableHeading')}</strong>
            </p>
            {unreadable.map((copy) => (
              <div key={copy.key} data-key={copy.key}>
                <p>{copy.notKeptAside ? t('storage.notKeptAside', { detail: copy.notKeptAside }) : t('storage.unreadable')}</p>
                <p className="notice-buttons">
                  <button type="button" className="button" onClick={() => download(copy)}>
                    {t('storage.download', { time: time(copy.at) })}
                  </button>
                  {!copy.notKeptAside && (
                    <button type="button" className="button danger" onClick={() => setRemoving(copy)}>
                      {t('storage.remove')}
                    </button>
                  )}
                </p>
              </div>
            ))}
          </div>
        )}
        {status.state === 'synced' && (
          <p className="ok-box" data-testid="synced-notice">
            {t(status.cleared ? 'storage.syncedCleared' : 'storage.synced', { time: time(status.at) })}
          </p>
        )}
      </div>
      {/* Outside the live region: the dialog is announced as a dialog, not read out twice. */}
      <ConfirmDialog
        open={removing !== null}
        title={t('storage.removeTitle')}
        confirmLabel={t('storage.removeYes')}
        cancelLabel={t('storage.removeNo')}
        danger
        onConfirm={() => {
          if (removing) removeUnreadable(removing.key);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('storage.removeText', { time: removing ? time(removing.at) : '' })}</p>
      </ConfirmDialog>
    </>
  );
}
