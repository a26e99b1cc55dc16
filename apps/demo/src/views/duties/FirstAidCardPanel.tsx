import { type CardSupplier, firstAidCard, renderFirstAidCard } from '@lsh-cyber/duties';
import type { OrganisationProfile } from '@lsh-cyber/schema';
import { useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { downloadFile } from '../../lib/download.js';
import { dutiesText, fill } from './text.js';

/** The organisation's first-aid card: a print-ready preview, print, and downloads. */
export function FirstAidCardPanel({
  profile,
  suppliers,
  insurer,
  onInsurer,
}: {
  profile: OrganisationProfile;
  suppliers: CardSupplier[];
  insurer: string;
  onInsurer: (name: string) => void;
}) {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const id = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  const [busy, setBusy] = useState(false);
  const card = useMemo(
    () => firstAidCard(profile, { suppliers, ...(insurer.trim() ? { insurer: { name: insurer.trim() } } : {}) }),
    [profile, suppliers, insurer],
  );
  const html = useMemo(() => renderFirstAidCard(card, { locale, format: 'html' }), [card, locale]);
  const base = `ehbo-kaart-${profile.id}-${locale}`;
  const docx = async () => {
    setBusy(true);
    try {
      downloadFile(
        `${base}.docx`,
        await renderFirstAidCard(card, { locale, format: 'docx' }),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card" data-testid="first-aid-card">
      <h2 id={`${id}-h`}>{T.cardHeading}</h2>
      <p>{T.cardIntro}</p>
      <p data-testid="card-suppliers">
        {suppliers.length ? fill(T.suppliersFound, { names: suppliers.map((s) => s.name).join(', ') }) : T.suppliersNone}
      </p>
      <p>
        <label htmlFor={`${id}-insurer`}>{T.insurer}</label>
        <input id={`${id}-insurer`} type="text" maxLength={200} value={insurer} onChange={(e) => onInsurer(e.target.value)} />
      </p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={() => frame.current?.contentWindow?.print()}>
          {T.print}
        </button>
        <button type="button" className="button" onClick={() => downloadFile(`${base}.html`, html, 'text/html')}>
          {T.downloadHtml}
        </button>
        <button type="button" className="button" disabled={busy} onClick={docx}>
          {T.downloadDocx}
        </button>
      </p>
      <iframe
        ref={frame}
        title={T.preview}
        srcDoc={html}
        className="card-preview"
        data-testid="card-preview"
        style={{ width: '100%', height: '80rem', border: '1px solid #999' }}
      />
    </section>
  );
}
