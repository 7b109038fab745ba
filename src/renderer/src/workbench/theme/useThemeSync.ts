import { useEffect } from 'react';
import { useEffectiveTheme } from './themeStore';

/** Puts the effective theme on <body data-theme> so the CSS variables follow it. */
export function useThemeSync(): void {
  const theme = useEffectiveTheme();
  useEffect(() => {
    document.body.dataset.theme = theme;
  }, [theme]);
}
