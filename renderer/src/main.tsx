import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import './styles/app.css';

// The CSP forbids eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('ZI Desk: elemen #root tidak ditemukan.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
