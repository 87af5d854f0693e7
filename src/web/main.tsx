import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App.js';
import { readPreloaded } from './api/preloaded.js';
import './styles.css';

// A data router, so a page can hold the reader back from leaving (the editor's unpublished drafts).
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

readPreloaded();
const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
