import type { MouseEvent } from 'react';
import { useCallback, useState } from 'react';

export interface MenuPosition {
  readonly x: number;
  readonly y: number;
  readonly above?: boolean;
}

/** Open/close state for a menu anchored to a button or a right-click. */
export function useMenu() {
  const [position, setPosition] = useState<MenuPosition | undefined>(undefined);
  const close = useCallback(() => setPosition(undefined), []);
  const openAtEvent = useCallback((event: MouseEvent) => {
    event.preventDefault();
    setPosition({ x: event.clientX, y: event.clientY });
  }, []);
  const openBelow = useCallback((element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    setPosition({ x: rect.left, y: rect.bottom + 2 });
  }, []);
  const openAbove = useCallback((element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    setPosition({ x: rect.right + 4, y: rect.bottom, above: true });
  }, []);
  return { position, close, openAtEvent, openBelow, openAbove };
}
