import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './state/status';
import './styles.css';
import { exposeForTests } from './testHook';

exposeForTests();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
