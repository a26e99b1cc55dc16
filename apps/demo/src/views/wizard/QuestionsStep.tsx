import type { Domain, Question } from '@lsh-cyber/schema';
import { GlossaryTerms } from '../../components/CatalogNotes.js';
import { useI18n } from '../../i18n/context.js';
import { updateDraft, useDraft } from '../../state/store.js';

/** One domain of the scan: its questions with their help text and answer options. */
export function QuestionsStep({ domain, questions }: { domain: Domain; questions: readonly Question[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      {domain.description && <p>{domain.description[locale]}</p>}
      {questions.length === 0 && <p>{t('question.none')}</p>}
      <ol className="questions">
        {questions.map((q, i) => (
          <li key={q.id}>
            <QuestionField question={q} index={i} count={questions.length} />
          </li>
        ))}
      </ol>
    </>
  );
}

function QuestionField({ question: q, index, count }: { question: Question; index: number; count: number }) {
  const { t, locale } = useI18n();
  const { draft } = useDraft();
  const answer = Object.hasOwn(draft.answers, q.id) ? draft.answers[q.id] : undefined;
  const chosen = answer?.value;
  const helpId = `help-${q.id}`;
  const name = `q-${q.id}`;
  const choose = (value: string) =>
    updateDraft((d) => {
      const note = d.answers[q.id]?.note;
      return { ...d, answers: { ...d.answers, [q.id]: note === undefined ? { value } : { value, note } } };
    });
  const options: { value: string; label: string; extra?: boolean }[] = [
    ...q.options.map((o) => ({ value: o.value, label: o.label[locale] })),
    { value: 'unknown', label: t('question.unknown'), extra: true },
    ...(q.notApplicableAllowed ? [{ value: 'na', label: t('question.na'), extra: true }] : []),
  ];
  return (
    <fieldset className="question" aria-describedby={helpId} data-question={q.id}>
      <legend>
        <span className="visually-hidden">{t('question.count', { n: index + 1, total: count })}: </span>
        {q.text[locale]}
        {q.critical && <span className="badge">{t('question.critical')}</span>}
      </legend>
      <p className="help" id={helpId}>
        <strong>{t('question.help')}:</strong> {q.help[locale]}
      </p>
      <GlossaryTerms texts={[q.text[locale], q.help[locale], ...q.options.map((o) => o.label[locale])]} />
      <div className="options">
        {options.map((o) => (
          <label key={o.value} className={o.extra ? 'choice extra' : 'choice'}>
            <input type="radio" name={name} value={o.value} checked={chosen === o.value} onChange={() => choose(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {answer?.note && (
        <p className="answer-note" data-testid="answer-note">
          <strong>{t('question.note')}:</strong> {answer.note}
        </p>
      )}
    </fieldset>
  );
}
