// Register the four tags this page uses (not the whole library) before React renders, so that
// React 19 finds the elements' properties (`'pageSize' in element`) and sets them as properties
// instead of attributes.
import '@mobility-kit/elements/provider/define.js';
import '@mobility-kit/elements/vacancies/define.js';
import '@mobility-kit/elements/stories/define.js';
import '@mobility-kit/elements/calculator/define.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiBaseUrl } from './api';
import { App } from './App';
import './portal.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App apiBaseUrl={apiBaseUrl()} />
  </StrictMode>,
);
