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
            <Route path="/" element={<LeaderboardPage />} />
            <Route path="/sources/:handle" element={<SourcePage />} />
            <Route path="/claims/:id" element={<ClaimPage />} />
            <Route path="/publications" element={<PublicationsPage />} />
            <Route path="/publications/:id" element={<PublicationPage />} />
            <Route path="/ledger" element={<LedgerPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/setup" element={<SetupPage />} />
            <Route path="/editor/new" element={<NewIssuePage />} />
            <Route path="/review" element={<ReviewQueuePage />} />
            <Route path="/admin" element={<AdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Layout>
    </AuthProvider>
  );
}
