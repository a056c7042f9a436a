// Import and export. Drop a file (or choose it), read the dry-run preview with duplicates
// flagged, confirm, follow the progress bar, then read what was created, updated, merged and
// rejected, with reasons. Exports are plain download links.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { apiUrl, type ApiError } from '../api';
import { ErrorNote } from '../components/feedback';
import { useI18n, type Translate } from '../i18n/i18n';
import { kindOf, runImport, type ImportKind } from '../import-job';
import { Link } from '../router';
import type { ImportJob, ImportSummary, SourcePlace } from '../types';
import { asApiError } from '../use-resource';
import { labelOf } from '../vocab';

type Step = { at: 'idle' } | { at: 'running'; dryRun: boolean; job: ImportJob | null } | { at: 'preview' | 'done'; summary: ImportSummary };

const KINDS: ImportKind[] = ['linkedin', 'vcard', 'csv'];
const SHOWN = 200;

export function Imports() {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind>('linkedin');
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const [over, setOver] = useState(false);
  const stop = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { document.title = `${t('imports.title')} · Maillon`; }, [t]);
  useEffect(() => () => stop.current?.abort(), []);

  const run = async (chosen: File, chosenKind: ImportKind, dryRun: boolean) => {
    stop.current?.abort();
    const controller = new AbortController();
    stop.current = controller;
    setError(null);
    setStep({ at: 'running', dryRun, job: null });
    try {
      const job = await runImport(chosen, chosenKind, dryRun, (j) => { setStep({ at: 'running', dryRun, job: j }); }, controller.signal);
      if (controller.signal.aborted) return;
      if (job.state === 'failed' || !job.summary) {
        setError(asApiError(new Error(t('imports.failed', { message: job.error?.message ?? job.state }))));
        setStep({ at: 'idle' });
      } else {
        setStep({ at: dryRun ? 'preview' : 'done', summary: job.summary });
      }
    } catch (e) {
      setError(asApiError(e));
      setStep({ at: 'idle' });
    }
  };
  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const guessed = kindOf(chosen.name);
    setFile(chosen);
    setKind(guessed);
    void run(chosen, guessed, true);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    choose(event.dataTransfer.files[0]);
  };
  const again = () => {
    setFile(null);
    setStep({ at: 'idle' });
    if (input.current) input.current.value = '';
  };

  return (
    <>
      <h1>{t('imports.title')}</h1>
      <section aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`} className="visually-hidden">{t('imports.title')}</h2>
        <div className={over ? 'drop over' : 'drop'} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => { setOver(false); }} onDrop={drop}>
          <p><strong>{t('imports.drop')}</strong></p>
          <p className="muted">{t('imports.dropHint')}</p>
          <input id={`${id}-file`} ref={input} className="visually-hidden file-input" type="file" accept=".zip,.csv,.vcf,.vcard,text/csv,text/vcard,application/zip"
            onChange={(e) => { choose(e.target.files?.[0]); }} />
          <label htmlFor={`${id}-file`} className="button">{t('imports.choose')}</label>
          {file && <p>{file.name}</p>}
        </div>
        {file && step.at !== 'running' && step.at !== 'done' && (
          <div className="row">
            <label htmlFor={`${id}-kind`}>{t('imports.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => { const k = e.target.value as ImportKind; setKind(k); void run(file, k, true); }}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`imports.kind.${k}`)}</option>)}
            </select>
          </div>
        )}
        <ErrorNote error={error} />
        {step.at === 'running' && file && (
          <div className="card" aria-live="polite">
            <p>{t(step.dryRun ? 'imports.previewing' : 'imports.importing', { name: file.name })}</p>
            <label htmlFor={`${id}-progress`}>{t('imports.progress')}</label>
            <progress id={`${id}-progress`} max={step.job?.progress.total ?? 100} value={step.job?.progress.done ?? 0} />
            {step.job?.progress.contacts !== undefined && <p className="muted">{t('imports.contacts', { count: step.job.progress.contacts })}</p>}
          </div>
        )}
        {step.at === 'preview' && file && (
          <section className="card" aria-labelledby={`${id}-preview`}>
            <h2 id={`${id}-preview`}>{t('imports.previewTitle', { name: file.name })}</h2>
            <Summary summary={step.summary} t={t} />
            <div className="actions">
              <button type="button" className="primary" onClick={() => { void run(file, kind, false); }}>{t('imports.confirm')}</button>
              <button type="button" onClick={again}>{t('common.cancel')}</button>
            </div>
          </section>
        )}
        {step.at === 'done' && (
          <section className="card" aria-labelledby={`${id}-done`}>
            <h2 id={`${id}-done`}>{t('imports.summaryTitle')}</h2>
            <Summary summary={step.summary} t={t} />
            <div className="actions">
              <Link to="/people" className="button primary">{t('nav.people')}</Link>
              <button type="button" onClick={again}>{t('imports.again')}</button>
            </div>
          </section>
        )}
      </section>
      <Exports />
    </>
  );
}

const place = (t: Translate, at: SourcePlace) => {
  const where = at.row !== undefined ? t('imports.row', { n: at.row }) : at.card !== undefined ? t('imports.card', { n: at.card }) : at.line !== undefined ? t('imports.line', { n: at.line }) : '';
  return [at.file.split(/[\\/]/).pop(), where].filter(Boolean).join(', ');
};

function Summary({ summary, t }: { summary: ImportSummary; t: Translate }) {
  const counts: [string, number][] = [
    [summary.dryRun ? t('imports.wouldCreate') : t('imports.created'), summary.created],
    [summary.dryRun ? t('imports.wouldUpdate') : t('imports.updated'), summary.updated],
    [summary.dryRun ? t('imports.wouldMerge') : t('imports.merged'), summary.merged],
    [t('imports.skipped'), summary.skipped],
    [t('imports.rejected'), summary.rejected],
    [t('imports.duplicates'), summary.possibleDuplicates],
  ];
  const total = summary.created + summary.updated + summary.merged + summary.skipped + summary.rejected;
  // Flagged rows first: they are the ones to read before confirming.
  const actions = [...summary.actions].sort((a, b) => Number(b.possibleDuplicates.length > 0 || b.action === 'merge') - Number(a.possibleDuplicates.length > 0 || a.action === 'merge'));
  return (
    <>
      {total === 0 && <p className="empty">{t('imports.nothing')}</p>}
      <ul className="counts">{counts.map(([label, n]) => <li key={label}><strong>{n}</strong>{label}</li>)}</ul>
      {summary.rejections.length > 0 && (
        <>
          <h3>{t('imports.rejections')}</h3>
          <ul>{summary.rejections.slice(0, SHOWN).map((r, i) => <li key={i}><span className="muted">{place(t, r.at)}</span>: {r.reason}</li>)}</ul>
          {summary.rejections.length > SHOWN && <p className="muted">{t('imports.more', { count: summary.rejections.length - SHOWN })}</p>}
        </>
      )}
      {actions.length > 0 && (
        <>
          <h3>{t('imports.actions')}</h3>
          <table>
            <thead><tr><th scope="col">{t('imports.what')}</th><th scope="col">{t('imports.who')}</th><th scope="col">{t('imports.where')}</th></tr></thead>
            <tbody>
              {actions.slice(0, SHOWN).map((a, i) => (
                <tr key={i}>
                  <td>{labelOf(t, 'action', a.action)}</td>
                  <td>
                    {a.person.name}
                    {a.merged.length > 0 && <div className="muted">{t('imports.mergedWith', { names: a.merged.map((m) => m.name).join(', ') })}</div>}
                    {a.possibleDuplicates.length > 0 && (
                      <div className="flag">{t('imports.possibleDuplicate', { names: a.possibleDuplicates.map((d) => `${d.name} (${Math.round(d.confidence * 100)} %)`).join(', ') })}</div>
                    )}
                  </td>
                  <td className="muted">{place(t, a.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {actions.length > SHOWN && <p className="muted">{t('imports.more', { count: actions.length - SHOWN })}</p>}
        </>
      )}
    </>
  );
}

function Exports() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="exports-h">
      <h2 id="exports-h">{t('exports.title')}</h2>
      <ul>
        <li><a href={apiUrl('/export/backup.json')} download>{t('exports.backup')}</a></li>
        <li><a href={apiUrl('/export/contacts.vcf')} download>{t('exports.vcard')}</a></li>
        <li><a href={apiUrl('/export/agenda.ics')} download>{t('exports.ics')}</a></li>
      </ul>
    </section>
  );
}
