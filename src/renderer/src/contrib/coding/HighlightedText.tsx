import { useMemo } from 'react';
import type { TextSpan } from '../../../../shared/coding';
import { fromFirstHit, highlightText, searchTerms } from './highlight';

/** How far into a clamped cell a search hit may sit before the text is shown from just before it. */
const SNIPPET_AT = 60;

/**
 * A verbatim's text with search hits and keyphrases marked, as React elements (never HTML). In a
 * `snippet`, a first hit that a two-line cell would hide is brought forward ("… just before it").
 */
export function HighlightedText({ text, query, keyphrases, snippet = false }: { text: string; query?: string; keyphrases: readonly TextSpan[]; snippet?: boolean }) {
  const pieces = useMemo(() => {
    const all = highlightText(text, searchTerms(query), keyphrases);
    return snippet ? fromFirstHit(all, SNIPPET_AT) : all;
  }, [text, query, keyphrases, snippet]);
  return (
    <>
      {pieces.map((piece, i) => {
        if (!piece.hit && !piece.keyphrase) return <span key={i}>{piece.text}</span>;
        const className = `${piece.hit ? 'search-hit' : ''}${piece.keyphrase ? ' keyphrase' : ''}`.trim();
        return piece.hit ? (
          <mark key={i} className={className} title={piece.keyphrase ? `keyphrase: ${piece.keyphrase}` : undefined}>
            {piece.text}
          </mark>
        ) : (
          <span key={i} className={className} title={`keyphrase: ${piece.keyphrase}`}>
            {piece.text}
          </span>
        );
      })}
    </>
  );
}
