import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import './sash.css';

interface SashProps {
  /** 'vertical' sits between columns (drag left/right); 'horizontal' between rows. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** True when dragging towards the start (left/up) makes the value grow (the panel). */
  readonly invert?: boolean;
  readonly label: string;
  readonly onChange: (value: number) => void;
  readonly onReset: () => void;
}

/**
 * A drag handle between two parts. Keyboard resizable: arrows move 10px (Shift: 50px),
 * Home/End go to the limits, Enter or a double-click resets the default size.
 */
export function Sash({ orientation, value, min, max, invert, label, onChange, onReset }: SashProps) {
  const drag = useRef<{ start: number; value: number } | undefined>(undefined);
  const sign = invert ? -1 : 1;
  const coordinate = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { start: coordinate(e), value };
    document.body.classList.add(orientation === 'vertical' ? 'resizing-columns' : 'resizing-rows');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(drag.current.value + sign * (coordinate(e) - drag.current.start));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = undefined;
    e.currentTarget.releasePointerCapture(e.pointerId);
    document.body.classList.remove('resizing-columns', 'resizing-rows');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 50 : 10;
    // The sash moves with the arrow; the value grows or shrinks accordingly.
    const moves = orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 };
    const direction = moves[e.key as keyof typeof moves];
    if (direction !== undefined) onChange(value + direction * sign * step);
    else if (e.key === 'Home') onChange(min);
    else if (e.key === 'End') onChange(max);
    else if (e.key === 'Enter') onReset();
    else return;
    e.preventDefault();
  };

  return (
    <div
      className={`sash sash-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      title={`${label} (drag, or focus and use the arrow keys; double-click to reset)`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
