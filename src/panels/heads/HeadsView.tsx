import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type HeadsNumbers, deriveHeads } from '../../lesson/heads/derive';
import { identicalKV } from '../../lesson/heads/edits';
import { type HeadsState, TOKENS } from '../../lesson/heads/model';
import { concatTex, headTex, shapesTex, shareTex } from '../../lesson/heads/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { ConcatDetail } from './ConcatDetail';
import { GroupTable } from './GroupTable';
import { HeadMaps } from './HeadMaps';
import { HeadsControls } from './HeadsControls';
import { MatrixCells } from './MatrixCells';
import { MlaDetail } from './MlaDetail';
import { RatioPredict } from './RatioPredict';
import { ShapesTable } from './ShapesTable';
import { ComputeError } from '../common/ComputeError';

const TOKEN_LABELS = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
const ROWS = ['1', '2', '3', '4'];

/** The live panel of each step. */
function Detail({ stepId, n }: { stepId: string; n: HeadsNumbers }) {
  const { t } = useI18n();
  switch (stepId) {
    case 'split':
      return <ShapesTable n={n} />;
    case 'per-head':
      return <HeadMaps n={n} />;
    case 'concat':
      return <ConcatDetail n={n} />;
    case 'share-kv':
      return (
        <>
          <GroupTable n={n} />
          <p data-value="share.cache">{t('heads.share.cache', { g: n.kvHeads, d: n.d, n: n.toyElements, h: n.h, mha: n.toyElementsMha })}</p>
          <HeadMaps n={n} />
        </>
      );
    default:
      return null;
  }
}

/** Multi-head attention: split into heads, per-head weights, concat · W_O, shared K/V (MHA/GQA/MQA), MLA. */
export function HeadsView({ step, state, onChange }: ChapterViewProps<HeadsState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveHeads(state), [state]);
  const n = result.ok ? result.n : null;
  const narrative = <Narrative step={step} params={{ d: n?.d ?? '—' }} />;
  if (step.id === 'cache-ratio') return <StepLayout narrative={narrative} panel={<RatioPredict />} />;
  if (step.id === 'mla') return <StepLayout narrative={narrative} panel={<MlaDetail />} />;
  const colLabels = n ? n.concatHead.map((h) => t('heads.W.headCol', { i: h + 1 })) : ROWS;
  const common = { state, onChange, colLabels, rowLabels: ROWS };
  const share = step.id === 'share-kv';
  const unused = share && n ? (col: number) => col >= n.kvColumns : undefined;
  const unusedNote = share && n && n.kvColumns < 4 ? t('heads.W.unused', { g: n.kvHeads, cols: n.kvColumns }) : undefined;
  const matrices = (
    <>
      {step.id === 'split' && <MatrixCells {...common} target="X" name="X" caption={t('heads.X.caption')} rowLabels={TOKEN_LABELS} colLabels={['1', '2', '3', '4']} />}
      {(step.id === 'per-head' || share) &&
        (['WQ', 'WK', 'WV'] as const)
          .filter((w) => !share || w !== 'WQ')
          .map((w) => {
            const name = `W_${w[1]}`;
            return <MatrixCells key={w} {...common} target={w} name={name} caption={t('heads.W.caption', { name })} unused={w === 'WQ' ? undefined : unused} unusedNote={w === 'WV' ? unusedNote : undefined} />;
          })}
      {step.id === 'concat' && <MatrixCells {...common} target="WO" name="W_O" caption={t('heads.WO.caption')} colLabels={['1', '2', '3', '4']} />}
      {share && (
        <button type="button" onClick={() => onChange(identicalKV(state))}>
          {t('heads.identical')}
        </button>
      )}
    </>
  );
  const inputs = (
    <section className="inputs">
      <HeadsControls state={state} onChange={onChange} showKv={share} />
      {matrices}
      <p className="hint">{t('heads.hint')} {t('cell.help')}</p>
    </section>
  );
  if (!n || !result.ok) {
    const detail = result.ok ? '' : result.detail;
    return <StepLayout narrative={narrative} panel={<ComputeError detail={detail} />} inputs={inputs} />;
  }
  const tex = step.id === 'split' ? shapesTex(n) : step.id === 'concat' ? concatTex(n) : share ? shareTex(n) : headTex(n);
  return <StepLayout narrative={narrative} panel={<div className="detail"><Detail stepId={step.id} n={n} /></div>} formula={<Formula tex={tex} />} inputs={inputs} />;
}
