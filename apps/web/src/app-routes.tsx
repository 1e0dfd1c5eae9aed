import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Shell } from './components/shell';
import { SignInPage } from './pages/sign-in-page';
import { homeOf, useSession } from './session/session';

// Pages load on first visit: the first page ships only what it shows (the charts come with the metrics).
const DeskPage = lazy(() => import('./pages/desk/desk-page'));
const SubmitPage = lazy(() => import('./pages/desk/submit-page'));
const DossierPage = lazy(() => import('./pages/dossier/dossier-page'));
const SupervisorPage = lazy(() => import('./pages/supervisor/supervisor-page'));
const MetricsPage = lazy(() => import('./pages/metrics/metrics-page'));
const LookupPage = lazy(() => import('./pages/lookup/lookup-page'));
const NationalSyncPage = lazy(() => import('./pages/admin/national-sync-page'));
const FeedbackPage = lazy(() => import('./pages/feedback/feedback-page'));
const PublicFeedbackPage = lazy(() => import('./pages/feedback/public-feedback-page'));

/** A page that needs a signed-in person: others go to the sign-in page. */
function Signed({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (!session) return <Navigate to="/dang-nhap" replace />;
  return <>{children}</>;
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session ? homeOf(session.role) : '/dang-nhap'} replace />;
}

const loading = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin aria-label="Đang tải" />
  </div>
);

/** The pages, by their Vietnamese paths (the API answers each with this app: see apps/api web-pages.ts). */
export function AppRoutes() {
  return (
    <Shell>
      <Suspense fallback={loading}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/dang-nhap" element={<SignInPage />} />
          <Route
            path="/ban-lam-viec"
            element={
              <Signed>
                <DeskPage />
              </Signed>
            }
          />
          <Route
            path="/ban-lam-viec/tiep-nhan"
            element={
              <Signed>
                <SubmitPage />
              </Signed>
            }
          />
          <Route
            path="/ho-so/:code"
            element={
              <Signed>
                <DossierPage />
              </Signed>
            }
          />
          <Route
            path="/giam-sat"
            element={
              <Signed>
                <SupervisorPage />
              </Signed>
            }
          />
          <Route
            path="/chi-so-766"
            element={
              <Signed>
                <MetricsPage />
              </Signed>
            }
          />
          <Route
            path="/quan-tri/dong-bo-cong-quoc-gia"
            element={
              <Signed>
                <NationalSyncPage />
              </Signed>
            }
          />
          <Route
            path="/phan-anh-kien-nghi"
            element={
              <Signed>
                <FeedbackPage />
              </Signed>
            }
          />
          <Route path="/tra-cuu" element={<LookupPage />} />
          <Route path="/gui-phan-anh" element={<PublicFeedbackPage />} />
          <Route path="*" element={<Home />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
