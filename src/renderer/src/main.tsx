import '@vscode/codicons/dist/codicon.css';
import './workbench/theme/colors.css';
import './workbench/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWorkbenchRegistry } from './contrib/contributions';
import { createPlatformClient } from './platform';
import { resolveTheme, useThemeStore } from './workbench/theme/themeStore';
import { WorkbenchApp } from './workbench/WorkbenchApp';

// Paint the right theme from the first frame.
document.body.dataset.theme = resolveTheme(useThemeStore.getState().preference);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <WorkbenchApp client={createPlatformClient()} registry={createWorkbenchRegistry()} />
  </StrictMode>,
);
