import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/code.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
