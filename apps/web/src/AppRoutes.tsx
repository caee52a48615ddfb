import { Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import LoginPage from './pages/login/LoginPage';
import { loadHome, loadShell } from './prefetch';

// The shell (menus, header) and every page load on demand: the login page needs none of them.
const AppShell = lazy(() => loadShell().then((m) => ({ default: m.AppShell })));
const HomePage = lazy(loadHome);
const SuggestionListPage = lazy(() => import('./pages/suggestions/SuggestionListPage'));
const SuggestionDetailPage = lazy(() => import('./pages/suggestions/SuggestionDetailPage'));
const SuggestionFormPage = lazy(() => import('./pages/suggestions/SuggestionFormPage'));
const DeliveryListPage = lazy(() => import('./pages/deliveries/DeliveryListPage'));
const DeliveryPage = lazy(() => import('./pages/deliveries/DeliveryPage'));
const StatsPage = lazy(() => import('./pages/stats/StatsPage'));
const SearchPage = lazy(() => import('./pages/search/SearchPage'));
const LeadsPage = lazy(() => import('./pages/cases/LeadsPage'));
const CaseImportPage = lazy(() => import('./pages/cases/CaseImportPage'));
const OrganizationsPage = lazy(() => import('./pages/admin/OrganizationsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const MailsPage = lazy(() => import('./pages/admin/MailsPage'));

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { me, ready } = useAuth();
  const location = useLocation();
  if (!ready) return <Spin style={{ display: 'block', margin: '30vh auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: '30vh auto' }} />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="suggestions" element={<SuggestionListPage />} />
          <Route path="suggestions/new" element={<SuggestionFormPage />} />
          <Route path="suggestions/:id" element={<SuggestionDetailPage />} />
          <Route path="suggestions/:id/edit" element={<SuggestionFormPage />} />
          <Route path="deliveries" element={<DeliveryListPage />} />
          <Route path="deliveries/:id" element={<DeliveryPage />} />
          <Route path="stats" element={<StatsPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="cases/leads" element={<LeadsPage />} />
          <Route path="cases/import" element={<CaseImportPage />} />
          <Route path="admin/organizations" element={<OrganizationsPage />} />
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/calendar" element={<CalendarPage />} />
          <Route path="admin/mails" element={<MailsPage />} />
          <Route path="*" element={<Result status="404" title="页面不存在" />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
