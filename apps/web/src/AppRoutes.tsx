import { useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import LoginPage from './pages/login/LoginPage';
import { loadSignedIn, signedInLoaded } from './prefetch';

/** A spinner without antd (the first chunk carries none). */
export function BootSpinner() {
  return <div className="boot-spin" role="status" aria-label="加载中" />;
}

/**
 * Every page but the login one lives in the signed-in app (SignedInApp.tsx), a chunk of its own.
 * When the login page has fetched it already, it renders at once (no Suspense pass, whose reveal
 * React holds back for a moment).
 */
function SignedIn() {
  const [mod, setMod] = useState(signedInLoaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (mod) return;
    let live = true;
    loadSignedIn().then(
      (m) => live && setMod(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mod]);
  if (failed) {
    return (
      <div className="boot-failed" role="alert">
        页面加载失败，请检查网络后
        <button type="button" onClick={() => window.location.reload()}>
          刷新页面
        </button>
      </div>
    );
  }
  return mod ? <mod.SignedInApp /> : <BootSpinner />;
}

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { me, ready } = useAuth();
  const location = useLocation();
  if (!ready) return <BootSpinner />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="*"
        element={
          <RequireAuth>
            <SignedIn />
          </RequireAuth>
        }
      />
    </Routes>
  );
}
