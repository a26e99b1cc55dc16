import type { Assessment, BenchmarkSubmission, ScoreReport } from '@lsh-cyber/schema';
import { toBenchmarkSubmission } from '@lsh-cyber/scoring';
import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { num, SIZE_LABELS, SUBSECTOR_LABELS } from '../../i18n/labels.js';
import type { MessageKey } from '../../i18n/messages.js';
import { catalog } from '../../lib/catalog.js';
import {
  type CentreConsent,
  type CentreFailure,
  type CentreReceipt,
  fetchConsent,
  receiptText,
  shareSubmission,
  withdrawSubmission,
} from '../../lib/centre.js';
import { downloadFile } from '../../lib/download.js';

const RECEIPT_KEY = 'lsh-cyber-demo:centre-receipt';

function storedReceipt(origin: string): CentreReceipt | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(RECEIPT_KEY) ?? 'null') as CentreReceipt | null;
    return value && value.centre === origin && typeof value.id === 'string' && typeof value.receipt === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function keepReceipt(receipt: CentreReceipt | undefined): void {
  try {
    if (receipt) localStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt));
    else localStorage.removeItem(RECEIPT_KEY);
  } catch {
    // The download and the printout are her copies; the stored one only spares her a search.
  }
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed'; failure: CentreFailure; action: 'consent' | 'share' | 'withdraw' }
  | { kind: 'withdrawn' };

/**
 * "Share my result anonymously with the centre": shows the reduced submission field by field, the
 * purpose, retention and how to withdraw (from the centre's versioned consent text); sends only on
 * her click; then gives the id and receipt to download or print, and withdraws with it.
 */
export function Share({ origin, assessment, report }: { origin: string; assessment: Assessment; report: ScoreReport }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [consent, setConsent] = useState<CentreConsent | undefined>();
  const [receipt, setReceipt] = useState<CentreReceipt | undefined>(() => storedReceipt(origin));
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [loadTick, setLoadTick] = useState(0);
  const submission = useMemo(() => {
    try {
      return toBenchmarkSubmission(report, assessment.organisation);
    } catch {
      return undefined;
    }
  }, [report, assessment]);

  useEffect(() => {
    let live = true;
    void loadTick;
    fetchConsent(origin).then((r) => {
      if (!live) return;
      if (r.ok) setConsent(r.value);
      else setPhase({ kind: 'failed', failure: r.failure, action: 'consent' });
    });
    return () => {
      live = false;
    };
  }, [origin, loadTick]);

  const share = async () => {
    if (!submission || !consent) return;
    setPhase({ kind: 'busy' });
    const r = await shareSubmission(origin, submission, consent, new Date());
    if (!r.ok) return setPhase({ kind: 'failed', failure: r.failure, action: 'share' });
    keepReceipt(r.value);
    setReceipt(r.value);
    setPhase({ kind: 'idle' });
  };

  const withdraw = async () => {
    if (!receipt) return;
    setPhase({ kind: 'busy' });
    const r = await withdrawSubmission(origin, receipt);
    // Not found means it is gone already (withdrawn elsewhere): the outcome she asked for.
    if (!r.ok && r.failure !== 'not-found') return setPhase({ kind: 'failed', failure: r.failure, action: 'withdraw' });
    keepReceipt(undefined);
    setReceipt(undefined);
    setPhase({ kind: 'withdrawn' });
  };

  const download = () => {
    if (receipt)
      downloadFile(
        `ontvangstbewijs-${receipt.id}.txt`,
        receiptText(receipt, t('share.receiptFileHeading'), t('share.receiptFileWithdraw')),
        'text/plain',
      );
  };

  const state = receipt ? 'shared' : phase.kind === 'withdrawn' ? 'withdrawn' : consent ? 'ready' : 'loading';
  return (
    <section aria-labelledby="share-h" data-testid="share" data-share-state={state}>
      <h2 id="share-h">{t('share.heading')}</h2>
      <div aria-live="polite">
        {phase.kind === 'failed' && (
          <p className="callout" role="alert" data-testid="share-error">
            {t(`share.failed.${phase.action}.${phase.failure}` as MessageKey)} {t('share.answersSafe')}
          </p>
        )}
        {phase.kind === 'withdrawn' && <p data-testid="share-withdrawn">{t('share.withdrawn')}</p>}
      </div>
      {receipt ? (
        <div data-testid="share-receipt" data-submission-id={receipt.id}>
          <p>{t('share.sharedIntro')}</p>
          <dl className="facts">
            <dt>{t('share.receiptId')}</dt>
            <dd>
              <code>{receipt.id}</code>
            </dd>
            <dt>{t('share.receiptSecret')}</dt>
            <dd>
              <code data-testid="share-receipt-secret">{receipt.receipt}</code>
            </dd>
          </dl>
          <p className="hint">{t('share.keepReceipt')}</p>
          <p className="actions">
            <button type="button" className="button primary" onClick={download}>
              {t('share.download')}
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('share.print')}
            </button>
            <button type="button" className="button" onClick={withdraw} disabled={phase.kind === 'busy'}>
              {t('share.withdraw')}
            </button>
          </p>
        </div>
      ) : !submission ? (
        <p>{t('share.notScored')}</p>
      ) : !consent ? (
        phase.kind === 'failed' ? (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPhase({ kind: 'idle' });
                setLoadTick((n) => n + 1);
              }}
            >
              {t('share.retry')}
            </button>
          </p>
        ) : (
          <p>{t('share.loading')}</p>
        )
      ) : (
        <>
          <p>{t('share.intro')}</p>
          <h3 id={`${id}-what`}>{t('share.whatHeading')}</h3>
          <SubmissionFields submission={submission} labelledBy={`${id}-what`} />
          <h3>{t('share.termsHeading')}</h3>
          <dl className="facts" data-testid="share-terms">
            <dt>{t('share.purpose')}</dt>
            <dd>{t('share.purposeText')}</dd>
            <dt>{t('share.retention')}</dt>
            <dd data-testid="share-retention">{t('share.retentionText', { months: consent.retention.months })}</dd>
            <dt>{t('share.howWithdraw')}</dt>
            <dd>{t('share.howWithdrawText')}</dd>
          </dl>
          <h3>{t('share.consentHeading', { version: consent.textVersion })}</h3>
          <blockquote lang={locale} data-testid="share-consent-text">
            {consent.text[locale]}
          </blockquote>
          <p>
            <button type="button" className="button primary" onClick={share} disabled={phase.kind === 'busy'} data-testid="share-send">
              {t('share.send')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/** The reduced submission, field by field, in plain words. */
function SubmissionFields({ submission, labelledBy }: { submission: BenchmarkSubmission; labelledBy: string }) {
  const { t, locale } = useI18n();
  const domainTitle = (domainId: string) => catalog.domains.find((d) => d.id === domainId)?.title[locale] ?? domainId;
  const questionText = (questionId: string) => catalog.questions.find((q) => q.id === questionId)?.text[locale] ?? questionId;
  const c = submission.counts;
  return (
    <dl className="facts" aria-labelledby={labelledBy} data-testid="share-fields">
      <dt>{t('share.field.subsector')}</dt>
      <dd>{SUBSECTOR_LABELS[submission.subsector][locale]}</dd>
      <dt>{t('share.field.sizeClass')}</dt>
      <dd>{SIZE_LABELS[submission.sizeClass][locale]}</dd>
      <dt>{t('share.field.region')}</dt>
      <dd>{submission.region ?? t('share.field.regionNone')}</dd>
      <dt>{t('share.field.catalog')}</dt>
      <dd>
        {submission.catalog.id} {submission.catalog.version}
      </dd>
      <dt>{t('share.field.method')}</dt>
      <dd>{submission.method}</dd>
      <dt>{t('share.field.overall')}</dt>
      <dd data-testid="share-field-overall">{num(submission.overall, locale, 1)}</dd>
      <dt>{t('share.field.level')}</dt>
      <dd>{submission.level}</dd>
      <dt>{t('share.field.domains')}</dt>
      <dd>
        <ul>
          {submission.domains.map((d) => (
            <li key={d.id}>
              {domainTitle(d.id)}: {d.score === null ? t('share.field.notScored') : num(d.score, locale, 1)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('share.field.criticalGaps')}</dt>
      <dd>
        {submission.criticalGaps.length === 0 ? (
          t('share.field.none')
        ) : (
          <ul>
            {submission.criticalGaps.map((q) => (
              <li key={q}>{questionText(q)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('share.field.counts')}</dt>
      <dd>
        {t('share.field.countsText', {
          questions: c.questions,
          applicable: c.applicable,
          answered: c.answered,
          unknown: c.unknown,
          unanswered: c.unanswered,
          notApplicable: c.notApplicable,
          excluded: c.excluded,
        })}
      </dd>
      <dt>{t('share.field.selfRating')}</dt>
      <dd>{submission.selfRating ?? t('share.field.notGiven')}</dd>
      <dt>{t('share.field.notSent')}</dt>
      <dd>{t('share.field.notSentText')}</dd>
    </dl>
  );
}
