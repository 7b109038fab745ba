import { useMemo } from 'react';
import type { TextSpan } from '../../../../shared/coding';
import { fromFirstHit, highlightText, searchTerms } from './highlight';

const NO_EXCERPTS: readonly (TextSpan & { readonly color: string })[] = [];

/** How far into a clamped cell a search hit may sit before the text is shown from just before it. */
const SNIPPET_AT = 60;

/**
 * A verbatim's text with search hits and keyphrases marked, as React elements (never HTML). In a
 * `snippet`, a first hit that a two-line cell would hide is brought forward ("… just before it").
 */
export function HighlightedText({
  text,
  query,
  keyphrases,
  excerpts = NO_EXCERPTS,
  snippet = false,
}: {
  text: string;
  query?: string;
  keyphrases: readonly TextSpan[];
  /** Coded excerpts, marked in their theme's colour. */
  excerpts?: readonly (TextSpan & { readonly color: string })[];
  snippet?: boolean;
}) {
  const pieces = useMemo(() => {
    const all = highlightText(text, searchTerms(query), keyphrases, excerpts);
    return snippet ? fromFirstHit(all, SNIPPET_AT) : all;
  }, [text, query, keyphrases, excerpts, snippet]);
  return (
    <>
      {pieces.map((piece, i) => {
        if (piece.excerpt) {
          return (
            <span key={i} className={`excerpt${piece.hit ? ' search-hit' : ''}`} style={{ background: `${piece.excerpt.color}40`, borderBottom: `2px solid ${piece.excerpt.color}` }} title={`coded: ${piece.excerpt.label}`}>
              {piece.text}
            </span>
          );
        }
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
