import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import 'antd/dist/reset.css';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from './api/client';
import { AppRoutes } from './app-routes';
import { SessionProvider } from './session/session';

dayjs.locale('vi');

/**
 * Red of the national emblem's field; sans-serif faces with every Vietnamese glyph first; secondary,
 * placeholder and empty-state texts dark enough for WCAG AA contrast (4.5:1) on white.
 */
const THEME = {
  colorPrimary: '#b71c1c',
  colorLink: '#8c1010',
  borderRadius: 4,
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  fontFamily: "'Segoe UI', Roboto, 'Open Sans', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
};

/**
 * People who ask their system for less motion get none: dialogs, drawers and notifications appear at
 * once (the charts honour it too). It also means a dialog's buttons are where they will stay when shown.
 */
const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Refusals are answers, not outages: retry only what may pass on a second try (network, 503). */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) =>
        failures < 2 && error instanceof ApiProblem && (error.code === 'NETWORK' || error.status === 503),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={{ token: { ...THEME, motion: !prefersReducedMotion } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
