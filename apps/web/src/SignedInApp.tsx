import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { chineseAccessibleNames } from './accessible-names';
import { AppShell } from './components/AppShell';
import HomePage from './pages/home/HomePage';

dayjs.locale('zh-cn');
chineseAccessibleNames();

// The shell and the 工作台 come with this module (the login page fetches it while the password is
// typed); every other page loads on demand.
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

/** Everything a signed-in person sees: antd's theme and locale, the shell and the pages. */
export function SignedInApp() {
  return (
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <AntApp>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '30vh auto' }} />}>
          <Routes>
            <Route element={<AppShell />}>
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
      </AntApp>
    </ConfigProvider>
  );
}
