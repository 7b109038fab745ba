/** A label with the fuzzy-matched characters emphasised (as React text, never HTML). */
export function HighlightedLabel({ text, highlights }: { text: string; highlights: readonly number[] }) {
  if (highlights.length === 0) return <>{text}</>;
  const marked = new Set(highlights);
  const runs: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const match = marked.has(i);
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += text[i];
    else runs.push({ text: text[i] ?? '', match });
  }
  return (
    <>
      {runs.map((run, i) =>
        run.match ? (
          <span key={i} className="quick-input-highlight">
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
