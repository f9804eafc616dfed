import { Fragment } from 'react';
import { richText } from './richText';

/** A translated sentence with one placeholder's value set as code (an identifier such as a repository name; kept in its own language). */
export function WithCode({ text, code, mark = '\u0000' }: { text: string; code: string; mark?: string }) {
  const parts = text.split(mark);
  return (
    <>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence, in order
        <Fragment key={i}>
          {richText(p)}
          {i < parts.length - 1 && <code lang="en">{code}</code>}
        </Fragment>
      ))}
    </>
  );
}
