import { useEffect, useRef } from 'react';
import { useOutputStore } from '../output/outputStore';

const stamp = (date: Date) => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
};

/** The log of what the app did, newest at the bottom; follows new lines while scrolled to the end. */
export function OutputView() {
  const lines = useOutputStore((s) => s.lines);
  const log = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    const node = log.current;
    if (node && pinned.current) node.scrollTop = node.scrollHeight;
  }, [lines]);

  if (lines.length === 0) return <p className="panel-empty">Nothing has happened yet. Every action Loupe takes is logged here.</p>;
  return (
    <div
      ref={log}
      className="output-log mono selectable"
      role="log"
      aria-label="Output"
      tabIndex={0}
      onScroll={(e) => {
        const node = e.currentTarget;
        pinned.current = node.scrollHeight - node.scrollTop - node.clientHeight < 8;
      }}
    >
      {lines.map((line) => (
        <div key={line.id} className={`output-line ${line.level}`}>
          <span className="output-time">{stamp(line.time)}</span>
          <span className="output-level">[{line.level}]</span>
          <span className="output-message">{line.message}</span>
        </div>
      ))}
    </div>
  );
}
