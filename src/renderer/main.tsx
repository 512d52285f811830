import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/setup.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/components.css';
import './styles/list.css';
import './styles/form.css';
import './styles/detail.css';
import { App } from './app/App.tsx';
import { syncServerClock } from './app/serverClock.ts';
import { loadPreferences } from './app/preferences.ts';
import './styles/dashboard.css';
import './styles/settings.css';

// The server's clock decides "today"; knowing it before the first dialog opens keeps prefilled dates right.
// The settings give the language and theme, so the first paint is already in them.
void Promise.allSettled([syncServerClock(), loadPreferences()]).finally(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
