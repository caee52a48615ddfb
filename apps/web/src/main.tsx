import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { AuthProvider } from './auth/AuthContext';
import { prefetchSignedIn } from './prefetch';
import './styles.css';

/**
 * The first thing a phone loads: React, the router, the session and the login form — no antd.
 * Everything a signed-in person sees (antd's theme and locale, the shell, the pages) comes in
 * later chunks (SignedInApp.tsx), asked for now: the network is free (this chunk and React are
 * in) while the login form renders and waits for the password, and every path needs them.
 */
prefetchSignedIn();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
