import './heads.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type HeadsNumbers, deriveHeads } from '../../lesson/heads/derive';
import { D_MODEL, HEADS_SEED, type HeadsState, TOKENS } from '../../lesson/heads/model';
import { concatTex, type HeadsTexLabels, headTex, shapesTex, shareTex } from '../../lesson/heads/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { ConcatDetail } from './ConcatDetail';
import { GqaPredict } from './GqaPredict';
import { GroupTable } from './GroupTable';
import { HeadMaps, KV_MARK } from './HeadMaps';
import { HeadsControls } from './HeadsControls';
import { MatrixCells } from './MatrixCells';
import { MlaDetail } from './MlaDetail';
import { ShapesTable } from './ShapesTable';

const TOKEN_LABELS = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
const DIMS = Array.from({ length: D_MODEL }, (_, j) => String(j + 1));

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
  const labels = (layers: number): HeadsTexLabels => ({
    head: t('heads.tex.head'),
    output: t('heads.tex.output'),
    numbers: t('heads.tex.numbers'),
    cache: t('heads.tex.cache'),
    macs: t('heads.tex.macs'),
    ratio: t('heads.tex.ratio'),
    perToken: t('heads.tex.perToken', { layers }),
  });
  const narrative = <Narrative step={step} params={{ d: n?.d ?? '—', kv: state.kvHeads }} />;
  if (step.id === 'cache-ratio') return <StepLayout narrative={narrative} panel={<GqaPredict labels={labels(1)} />} />;
  if (step.id === 'mla') return <StepLayout narrative={narrative} panel={<MlaDetail labels={labels} />} />;
  const share = step.id === 'share-kv';
  const headCol = (j: number) => (n ? `hc-${n.concatHead[j] % 4}` : undefined);
  const kvColClass = (j: number) => {
    const g = n?.kvCol[j];
    return g === null || g === undefined ? undefined : `hc-${g % 4}`;
  };
  const qLabels = n ? n.concatHead.map((h) => t('heads.W.headCol', { i: h + 1 })) : DIMS;
  const kvLabels = n ? n.kvCol.map((g, j) => (g === null ? t('heads.W.unusedCol', { j: j + 1 }) : t('heads.W.kvCol', { g: g + 1, mark: KV_MARK[g % 4] }))) : DIMS;
  const unused = n && n.kvColumns < D_MODEL ? (col: number) => col >= n.kvColumns : undefined;
  const unusedNote = unused && n ? t('heads.W.unused', { g: n.kvHeads, cols: n.kvColumns }) : undefined;
  const common = { state, onChange, rowLabels: DIMS };
  const caption = (name: string) => (n ? t('heads.W.caption', { name, d: n.d, own: n.owners.map((o) => t(o.from === o.to ? 'heads.W.ownsOne' : 'heads.W.owns', o)).join(t('heads.groups.sep')) }) : name);
  const matrices = (
    <>
      {step.id === 'split' && <MatrixCells {...common} target="X" name="X" caption={t('heads.X.caption')} rowLabels={TOKEN_LABELS} rowNames={TOKENS} colLabels={DIMS} />}
      {(step.id === 'per-head' || share) &&
        (['WQ', 'WK', 'WV'] as const)
          .filter((w) => !share || w !== 'WQ')
          .map((w) => {
            const name = `W_${w[1]}`;
            const isQ = w === 'WQ';
            return (
              <MatrixCells
                key={w}
                {...common}
                target={w}
                name={name}
                caption={caption(name)}
                colLabels={isQ ? qLabels : kvLabels}
                colClass={isQ ? headCol : kvColClass}
                unused={isQ ? undefined : unused}
                unusedNote={w === 'WV' ? unusedNote : undefined}
              />
            );
          })}
      {step.id === 'concat' && (
        <MatrixCells {...common} target="WO" name="W_O" caption={t('heads.WO.caption')} rowLabels={n ? n.concatHead.map((h, r) => t('heads.WO.row', { r: r + 1, i: h + 1 })) : DIMS} colLabels={DIMS.map((j) => t('heads.concat.out', { j }))} rowClass={headCol} />
      )}
    </>
  );
  const inputs = (
    <section className="inputs" aria-label={t('heads.inputs')}>
      <div className="heads-matrices">{matrices}</div>
      <p className="hint">{t('heads.hint', { seed: HEADS_SEED })} {t('cell.help')}</p>
    </section>
  );
  // The switches that drive the picture sit right above it.
  const controls = <HeadsControls state={state} onChange={onChange} showKv={share} />;
  if (!n || !result.ok) {
    const detail = result.ok ? '' : result.detail;
    return <StepLayout narrative={narrative} panel={<>{controls}<ComputeError detail={detail} /></>} inputs={inputs} />;
  }
  const l = labels(1);
  const tex = step.id === 'split' ? shapesTex(n) : step.id === 'concat' ? concatTex(n, l) : share ? shareTex(n, l) : headTex(n, l);
  return <StepLayout narrative={narrative} panel={<div className="detail">{controls}<Detail stepId={step.id} n={n} /></div>} formula={<Formula tex={tex} />} inputs={inputs} />;
}
