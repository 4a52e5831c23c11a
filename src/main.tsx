import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/ui/app';
import { parseHash } from '@/app/route';
import { preloadScreen } from '@/ui/screens';
import '@/styles/app.css';

const root = document.getElementById('root');
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // The opened screen's chunk first, so the first render draws it instead of a fallback;
  // should the chunk fail to load, render anyway and let the lazy screen report it.
  preloadScreen(parseHash(window.location.hash).name).then(render, render);
}
