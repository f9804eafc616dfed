import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MsgKey, MsgParams } from '../../i18n';
import type { QuantityId } from '../../lesson/links';
import { richText } from './richText';

/**
 * A number (or word) in running text that takes part in linked highlighting: its quantity id, focusable.
 * It never breaks across lines (chrome.css, `.linked-q`) unless `wraps` (a phrase that may).
 */
export function Q({ q, children, wraps = false }: { q: QuantityId; children: ReactNode; wraps?: boolean }) {
  return (
    <span className={wraps ? 'linked-q wraps' : 'linked-q'} data-q={q} tabIndex={0}>
      {children}
    </span>
  );
}

const SLOT = /\uE000(\w+)\uE001/;

interface Props {
  k: MsgKey;
  params: MsgParams;
  /** Parameters drawn as linked numbers (Q), by name; an undefined id leaves that parameter plain text. */
  links: Readonly<Record<string, QuantityId | undefined>>;
  /** Parameters that may break across lines (a phrase such as "sinks + window B = 8"). */
  wraps?: readonly string[];
  /** Parameters drawn as the given nodes instead of text: a message inside the message (a nested LinkedText). */
  nodes?: Readonly<Record<string, ReactNode>>;
}

/**
 * A catalog message whose parameters named in `links` are drawn as linked numbers (Q): the message is filled
 * with markers where those parameters go, so each language keeps its own word order. A number never breaks across
 * lines; the parameters named in `wraps` may. Parameters named in `nodes` are drawn as those nodes.
 */
export function LinkedText({ k, params, links, wraps = [], nodes = {} }: Props) {
  const { t } = useI18n();
  const marked: MsgParams = { ...params };
  for (const [name, q] of Object.entries(links)) if (q && name in params) marked[name] = `\uE000${name}\uE001`;
  for (const name of Object.keys(nodes)) marked[name] = `\uE000${name}\uE001`;
  const parts = t(k, marked).split(SLOT); // text, name, text, name, …, text
  return (
    <>
      {parts.map((part, i) => {
        const slot = i % 2 === 1;
        const q = slot ? links[part] : undefined;
        const node =
          slot && part in nodes ? (
            nodes[part]
          ) : q ? (
            <Q q={q} wraps={wraps.includes(part)}>
              {String(params[part])}
            </Q>
          ) : (
            richText(part)
          );
        // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts are fixed by its template
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}
