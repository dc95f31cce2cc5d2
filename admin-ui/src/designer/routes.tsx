import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from 'react-admin';
import { Route } from 'react-router-dom';

/* bpmn-js is large: the designer and the viewer load on first use. */
const DesignerPage = lazy(() => import('./DesignerPage').then((m) => ({ default: m.DesignerPage })));
const VersionViewerPage = lazy(() => import('./VersionViewerPage').then((m) => ({ default: m.VersionViewerPage })));
const loading = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** The designer's CustomRoutes (inside the layout). */
export const designerRoutes = [
  <Route key="design" path="/procedures/:id/design" element={loading(<DesignerPage />)} />,
  <Route key="version" path="/procedures/:id/versions/:version" element={loading(<VersionViewerPage />)} />,
];
