import './heads.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type HeadsNumbers, deriveHeads } from '../../lesson/heads/derive';
import { GQA_LINKS, headsLinks } from '../../lesson/heads/links';
import { mergeGraphs } from '../../lesson/links';
import { D_MODEL, HEADS_SEED, type HeadsState, TOKENS } from '../../lesson/heads/model';
import { concatTex, type HeadsTexLabels, headTex, shapesTex, shareTex } from '../../lesson/heads/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { Stage } from '../stage/Stage';
import { useViewPrefs } from '../ViewContext';
import { ConcatDetail } from './ConcatDetail';
import { GqaPredict } from './GqaPredict';
import { KV_MARK } from './HeadMaps';
import { HeadsStage } from './HeadsStage';
import { MatrixCells } from './MatrixCells';
import { MlaDetail } from './MlaDetail';
import { ShapesTable } from './ShapesTable';
import { plainText, richText } from '../common/richText';

const TOKEN_LABELS = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
const DIMS = Array.from({ length: D_MODEL }, (_, j) => String(j + 1));

/** The live panel of each step. */
function Detail({ stepId, n }: { stepId: string; n: HeadsNumbers }) {
  switch (stepId) {
    case 'split':
      return <ShapesTable n={n} />;
    case 'concat':
      return <ConcatDetail n={n} />;
    default:
      return null;
  }
}

/** Multi-head attention: split into heads, per-head weights, concat · W_O, shared K/V (MHA/GQA/MQA), MLA. */
export function HeadsView({ chapter, step, state, onChange }: ChapterViewProps<HeadsState>) {
  const { t } = useI18n();
  // On a projector W_O's row labels name each row's head: its caption is shortened.
  const { projector } = useViewPrefs();
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
  const links = useMemo(() => (n ? headsLinks(n.groups, n.d) : undefined), [n]);
  // The grouping question (cache-ratio) links its own fixed example's numbers too.
  const askLinks = useMemo(() => (links ? mergeGraphs(links, GQA_LINKS) : GQA_LINKS), [links]);
  const share = step.id === 'share-kv';
  const headCol = (j: number) => (n ? `hc-${n.concatHead[j] % 4}` : undefined);
  const kvColClass = (j: number) => {
    const g = n?.kvCol[j];
    return g === null || g === undefined ? undefined : `hc-${g % 4}`;
  };
  const qLabels = n ? n.concatHead.map((h) => t('heads.W.headCol', { i: h + 1 })) : DIMS;
  const kvLabels = n ? n.kvCol.map((g, j) => (g === null ? t('heads.W.unusedCol', { j: j + 1 }) : t('heads.W.kvCol', { g: g + 1, mark: KV_MARK[g % 4] }))) : DIMS;
  const unused = n && n.kvColumns < D_MODEL ? (col: number) => col >= n.kvColumns : undefined;
  const unusedNote = unused && n ? t(n.kvColumns === 1 ? 'heads.W.unusedOne' : 'heads.W.unused', { g: n.kvHeads, cols: n.kvColumns }) : undefined;
  const common = { state, onChange, rowLabels: DIMS };
  // W_Q's columns belong to query heads; W_K's and W_V's to K/V heads (fewer when they are shared).
  const caption = (name: string, kv: boolean) => {
    if (!n) return name;
    const [owners, one, many] = kv ? [n.kvOwners, 'heads.W.kvOwnsOne', 'heads.W.kvOwns'] as const : [n.owners, 'heads.W.ownsOne', 'heads.W.owns'] as const;
    return t('heads.W.caption', { name, d: n.d, own: owners.map((o) => t(o.from === o.to ? one : many, o)).join(t('heads.groups.sep')) });
  };
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
                caption={caption(name, !isQ && n !== null && n.kvHeads < n.h)}
                colLabels={isQ ? qLabels : kvLabels}
                colClass={isQ ? headCol : kvColClass}
                unused={isQ ? undefined : unused}
                unusedNote={w === 'WV' ? unusedNote : undefined}
              />
            );
          })}
      {step.id === 'concat' && (
        <MatrixCells {...common} target="WO" name="W_O" caption={t(projector ? 'heads.WO.captionShort' : 'heads.WO.caption')} rowLabels={n ? n.concatHead.map((h, r) => t('heads.WO.row', { r: r + 1, i: h + 1 })) : DIMS} colLabels={projector ? DIMS : DIMS.map((j) => t('heads.concat.out', { j }))} rowClass={headCol} />
      )}
    </>
  );
  const editable = step.id === 'split' || step.id === 'per-head' || share || step.id === 'concat';
  // The step's matrices sit on the stage under the heads they feed; the choices of h and K/V heads on top of it.
  const stage = (
    <Stage chapter={chapter} step={step}>
      <HeadsStage
        state={state}
        onChange={onChange}
        n={n}
        showMaps={step.id === 'per-head' || share}
        brief={step.id === 'mla' || step.id === 'cache-ratio'}
        matrices={
          editable && (
            <section aria-label={plainText(t('heads.inputs'))}>
              <div className="heads-matrix-row">{matrices}</div>
              <p className="hint">
                {richText(t('heads.hint', { seed: HEADS_SEED }))} {richText(t('cell.help'))}
              </p>
            </section>
          )
        }
      />
    </Stage>
  );
  if (step.id === 'cache-ratio') return <StepLayout narrative={narrative} stage={stage} panel={<GqaPredict labels={labels(1)} />} links={askLinks} />;
  if (step.id === 'mla')
    return (
      <StepLayout
        narrative={narrative}
        stage={stage}
        panel={
          <div className="detail">
            <MlaDetail labels={labels} />
          </div>
        }
        links={links}
      />
    );
  if (!n || !result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.ok ? '' : result.detail} />} />;
  const l = labels(1);
  const tex = step.id === 'split' ? shapesTex(n) : step.id === 'concat' ? concatTex(n, l) : share ? shareTex(n, l) : headTex(n, l);
  const detail = step.id === 'split' || step.id === 'concat';
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      links={links}
      panel={
        detail && (
          <div className="detail">
            <Detail stepId={step.id} n={n} />
          </div>
        )
      }
      formula={<Formula tex={tex} />}
    />
  );
}
