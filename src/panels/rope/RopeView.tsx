import './rope.css';
import { type ReactNode, useMemo } from 'react';
import type { Model } from '../../core/model';
import { type I18n, useI18n } from '../../i18n/I18nContext';
import { headOf, type RopeContext, ropeContext } from '../../lesson/rope/context';
import { deriveStep, type RopeNumbers } from '../../lesson/rope/derive';
import { DEFAULT_SENTENCE, GEN_STEPS, MAX_TOKENS, type RopeState, sentenceIn, withSentence } from '../../lesson/rope/model';
import { lexiconOf, readSentence } from '../../lesson/real-model/sentence';
import { bugTex, cacheTex, fixTex, moveTex, pairTex, relativeTex } from '../../lesson/rope/tex';
import type { StepDef } from '../../lesson/types';
import { fmtInt, fmtShort } from '../../lesson/format';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { BugPanel } from './BugPanel';
import { CachePanel } from './CachePanel';
import { MovePanel } from './MovePanel';
import { RopeStage } from './RopeStage';
import { Stage } from '../stage/Stage';
import { bq, bugLinks, cacheLinks, cq, moveLinks, mq, pairsLinks, relativeLinks, rq } from '../../lesson/rope/links';
import type { LinkGraph } from '../../lesson/links';
import { PairsPanel } from './PairsPanel';
import { RelativePanel } from './RelativePanel';
import { TokenComposer } from '../common/TokenComposer';
import { useRealModel } from '../common/useRealModel';
import { richText } from '../common/richText';

type Props = ChapterViewProps<RopeState> & { model: Model };
type Words = { word: string; lang: string }[];

/** The step's panel and formula, from the numbers the lesson layer derived for it (no hooks: called while rendering RopeReady). */
function stepBody(x: Props & { nums: RopeNumbers; ctx: RopeContext; words: Words; t: I18n['t'] }): { panel: ReactNode; formula: ReactNode } {
  const { step, state, onChange, model, nums, ctx, words, t } = x;
  const { headDim: hd, ropeBase: base } = model.config;
  const lang = (id: number) => model.languages[id];
  const hidden = (tex: string) => (
    <AfterGuess placeholder={<HiddenUntilGuess />}>
      <Formula tex={tex} />
    </AfterGuess>
  );
  switch (nums.kind) {
    case 'relative':
      return { panel: <RelativePanel r={nums.r} state={state} onChange={onChange} words={words} />, formula: hidden(relativeTex(nums.r)) };
    case 'cache': {
      const row = Math.min(state.kRow, ctx.T - 1);
      // The formula states the answer (the cached key equals the recomputed one): it waits for the guess.
      return { panel: <CachePanel c={nums.c} state={state} onChange={onChange} word={words[row].word} lang={lang} />, formula: hidden(cacheTex(nums.c, row, words[row].word, hd)) };
    }
    case 'bug': {
      const maxGen = Math.min(GEN_STEPS[1], model.config.maxSeqLen - ctx.T);
      const ask = step.id === 'wrong-position';
      const labels = { right: t('rope.bug.labelRight'), wrong: t('rope.bug.labelWrong') };
      return {
        panel: <BugPanel b={nums.b} state={state} onChange={onChange} ask={ask} maxGen={maxGen} lang={lang} />,
        formula: ask ? hidden(bugTex(nums.b, ctx.T, labels)) : <Formula tex={fixTex(nums.b, ctx.T)} />,
      };
    }
    case 'move':
      return { panel: <MovePanel m={nums.m} state={state} onChange={onChange} words={words} />, formula: <Formula tex={moveTex(nums.m)} /> };
    case 'pairs':
      return {
        panel: <PairsPanel n={nums.n} state={state} onChange={onChange} words={words} emph={step.highlight?.includes('positions') ?? false} />,
        formula: <Formula tex={pairTex(nums.n, Math.min(state.pair, nums.n.pairs.length - 1), base, hd)} />,
      };
  }
}

/** The step's link graph (which number feeds which), from its numbers; lesson/rope/links.ts. */
function linksOf(nums: RopeNumbers, hd: number, rows: number): LinkGraph {
  switch (nums.kind) {
    case 'pairs':
      return pairsLinks(nums.n.pairs.length);
    case 'relative':
      return relativeLinks(nums.r.at.pairs.length);
    case 'cache':
      return cacheLinks(nums.c.rows.length);
    case 'bug':
      return bugLinks(nums.b.gen, nums.b.at, nums.b.mode, nums.b.rightTop.length, rows);
    case 'move':
      return moveLinks(hd);
  }
}

/** Quantity id of the stage's position of row i, where the step's panel shows that position too. */
function stagePosQ(nums: RopeNumbers): ((i: number) => string | undefined) | undefined {
  if (nums.kind === 'cache') return cq.pos;
  // The stage prints each row's own position: it is m (n) when the query (key) sits at its own position.
  const at = nums.kind === 'pairs' ? nums.n : nums.kind === 'relative' ? nums.r.at : null;
  if (at) return (i) => (i === at.qRow && at.m === i ? rq.m : i === at.kRow && at.n === i ? rq.n : undefined);
  if (nums.kind === 'move') return (i) => (i === nums.m.row && nums.m.from === i ? mq.from : undefined);
  if (nums.kind === 'bug') return bq.row;
  return undefined;
}

/** The chapter once the real model has loaded: the sentence, the head, and the step's picture. */
function RopeReady({ chapter, step, state, onChange, model }: Props) {
  const { t, lang } = useI18n();
  const lexicon = lexiconOf(model);
  const { text, words: typedWords } = sentenceIn(state, lang);
  const reading = useMemo(() => readSentence({ text, words: typedWords }, lexicon, MAX_TOKENS, DEFAULT_SENTENCE[lang]), [text, typedWords, lexicon, lang]);
  const ctx = useMemo(() => ropeContext(model, [...reading.tokens]), [model, reading]);
  const words = reading.tokens.map((x) => ({ word: x.word, lang: model.languages[x.id] }));
  const head = headOf(ctx, state);
  const nums = useMemo(() => deriveStep(step.id, ctx, state), [step.id, ctx, state]);
  const links = useMemo(() => linksOf(nums, model.config.headDim, ctx.T), [nums, model.config.headDim, ctx.T]);
  const body = stepBody({ chapter, step, state, onChange, model, nums, ctx, words, t });
  const inputs = (
    <div className="inputs rope-inputs">
      <TokenComposer
        key={lang}
        value={sentenceIn(state, lang)}
        onChange={(v) => onChange(withSentence(state, lang, v))}
        lexicon={lexicon}
        maxTokens={MAX_TOKENS}
        fallback={DEFAULT_SENTENCE[lang]}
        label={t('rope.sentence.label', { max: MAX_TOKENS })}
        name="rope"
        examples={[DEFAULT_SENTENCE[lang]]}
      />
    </div>
  );
  const { headDim, ropeBase, maxSeqLen } = model.config;
  const params = { T: ctx.T, hd: headDim, pairs: ctx.theta.length, base: fmtInt(ropeBase), thetas: ctx.theta.map((x) => fmtShort(x)).join(t('rope.listSep')), ctx: maxSeqLen };
  const rows = nums.kind === 'pairs' ? { qRow: nums.n.qRow, kRow: nums.n.kRow } : nums.kind === 'relative' ? { qRow: ctx.T - 1, kRow: Math.min(state.kRow, ctx.T - 1) } : {};
  const stage = (
    <Stage chapter={chapter} step={step}>
      <RopeStage
        words={words}
        {...rows}
        state={state}
        onChange={onChange}
        layers={model.config.nLayers}
        heads={model.config.nHeads}
        group={head.group}
        pickHead={step.id !== 'wrong-position' && step.id !== 'fix'}
        dupTokens={step.id === 'cache'}
        cacheRows={nums.kind === 'cache' ? nums.c.rows.length : undefined}
        posQ={stagePosQ(nums)}
      />
    </Stage>
  );
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params} />}
      stage={stage}
      panel={<div className="detail rope-detail">{body.panel}</div>}
      formula={body.formula}
      inputs={inputs}
      links={links}
    />
  );
}

/** Chapter "Positions: RoPE and the cache", on the real model (loaded on first use). */
export function RopeView({ chapter, step, state, onChange }: ChapterViewProps<RopeState>) {
  const { t } = useI18n();
  const load = useRealModel();
  if (load.status === 'ready') return <RopeReady chapter={chapter} step={step} state={state} onChange={onChange} model={load.model} />;
  return (
    <StepLayout
      narrative={<Narrative step={step as StepDef} />}
      panel={
        load.status === 'loading' ? (
          <p className="loading">{richText(t('rope.loading'))}</p>
        ) : (
          <p className="error" role="alert">
            {richText(t('rope.loadFailed'))}{' '}
            <button type="button" onClick={load.retry}>
              {richText(t('rope.retry'))}
            </button>
          </p>
        )
      }
    />
  );
}
