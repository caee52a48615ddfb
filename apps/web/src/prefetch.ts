/**
 * The chunks a person needs right after signing in (the shell and the 工作台), fetched while the
 * login form waits for the password, so that on a slow phone line login → inbox costs the API
 * calls, not the downloads. The routes load them through the same functions (one module each).
 */
export const loadShell = () => import('./components/AppShell');
export const loadHome = () => import('./pages/home/HomePage');

export function prefetchSignedInPages(): void {
  const start = () => {
    void loadShell().catch(() => undefined);
    void loadHome().catch(() => undefined);
  };
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(start, { timeout: 1500 });
  else setTimeout(start, 300);
}
