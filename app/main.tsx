import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { validation } from './lazyParts.ts';
import { readSavedDesign, settleUnreadable, startAutosave } from './store/persistence.ts';
import { currentDesign, resetDesignStore, useDesignStore } from './store/designStore.ts';
import { notify, reportUnreadable } from './store/uiStore.ts';
import { installTestHooks } from './testing/testHooks.ts';

let warned = false;
function autosave(): void {
  startAutosave(
    (listener) => useDesignStore.subscribe((s, prev) => s.history.present !== prev.history.present && listener(s.history.present)),
    currentDesign,
    localStorage,
    () => {
      if (warned) return;
      warned = true;
      notify('This browser refused to save the design (storage full or disabled); keep a copy with the downloads.', 'error');
    },
  );
}

const saved = readSavedDesign(localStorage);
resetDesignStore(saved.design);
if (saved.unreadableText === undefined) autosave();
else {
  // Nothing is saved until the text has been read fully (and set aside when it is unreadable).
  const { unreadableText } = saved;
  const initial = saved.design;
  void validation.start().then(({ parseDesignText }) => {
    const settled = settleUnreadable(localStorage, unreadableText, parseDesignText);
    if ('unreadable' in settled) reportUnreadable(settled.unreadable);
    else if (currentDesign() === initial) resetDesignStore(settled.design);
    autosave();
  });
}
installTestHooks();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
