import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AuthProvider } from './auth.js';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Status.js';
import { ClaimPage } from './pages/ClaimPage.js';
import { LeaderboardPage } from './pages/LeaderboardPage.js';
import { LedgerPage } from './pages/LedgerPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PublicationPage } from './pages/PublicationPage.js';
import { PublicationsPage } from './pages/PublicationsPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SourcePage } from './pages/SourcePage.js';
import { ClaimsPage } from './pages/ClaimsPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { MethodologyPage } from './pages/MethodologyPage.js';
import { PAGE_ROUTES } from '../shared/routes.js';

// Staff pages are split out of the readers' bundle.
const NewIssuePage = lazy(() => import('./pages/NewIssuePage.js').then((m) => ({ default: m.NewIssuePage })));
const ReviewQueuePage = lazy(() => import('./pages/ReviewQueuePage.js').then((m) => ({ default: m.ReviewQueuePage })));
const AdminPage = lazy(() => import('./pages/AdminPage.js').then((m) => ({ default: m.AdminPage })));
const SetupPage = lazy(() => import('./pages/SetupPage.js').then((m) => ({ default: m.SetupPage })));

export function App() {
  return (
    <AuthProvider>
      <Layout>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path={PAGE_ROUTES.leaderboard} element={<LeaderboardPage />} />
            <Route path={PAGE_ROUTES.source} element={<SourcePage />} />
            <Route path={PAGE_ROUTES.claims} element={<ClaimsPage />} />
            <Route path={PAGE_ROUTES.search} element={<SearchPage />} />
            <Route path={PAGE_ROUTES.methodology} element={<MethodologyPage />} />
            <Route path={PAGE_ROUTES.claim} element={<ClaimPage />} />
            <Route path={PAGE_ROUTES.publications} element={<PublicationsPage />} />
            <Route path={PAGE_ROUTES.publication} element={<PublicationPage />} />
            <Route path={PAGE_ROUTES.ledger} element={<LedgerPage />} />
            <Route path={PAGE_ROUTES.signin} element={<SignInPage />} />
            <Route path={PAGE_ROUTES.setup} element={<SetupPage />} />
            <Route path={PAGE_ROUTES.newIssue} element={<NewIssuePage />} />
            <Route path={PAGE_ROUTES.review} element={<ReviewQueuePage />} />
            <Route path={PAGE_ROUTES.admin} element={<AdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Layout>
    </AuthProvider>
  );
}
