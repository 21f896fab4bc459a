import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadDesign, startAutosave } from './store/persistence.ts';
import { resetDesignStore, useDesignStore } from './store/designStore.ts';
import { notify, reportUnreadable } from './store/uiStore.ts';
import { installTestHooks } from './testing/testHooks.ts';

const loaded = loadDesign(localStorage);
resetDesignStore(loaded.design);
reportUnreadable(loaded.unreadable);
let warned = false;
startAutosave(
  (listener) => useDesignStore.subscribe((s, prev) => s.history.present !== prev.history.present && listener(s.history.present)),
  () => useDesignStore.getState().history.present,
  localStorage,
  () => {
    if (warned) return;
    warned = true;
    notify('This browser refused to save the design (storage full or disabled); keep a copy with the downloads.', 'error');
  },
);
installTestHooks();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
