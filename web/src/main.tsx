import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient, refetchFailed } from './api/queryClient';
import { App } from './App';
import { CanvasProvider } from './graph/CanvasContext';
import { onRecovery } from './state/status';
import './styles.css';

onRecovery(refetchFailed);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <CanvasProvider>
          <App />
        </CanvasProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
