import { createBrowserRouter } from "react-router-dom";
import { AccountPage, accountLoader } from "./account/AccountPage.tsx";
import { AdminPage, adminLoader } from "./admin/AdminPage.tsx";
import { SignInLinkPage, signInLinkLoader } from "./admin/SignInLinkPage.tsx";
import { AuditPage, auditLoader } from "./audit/AuditPage.tsx";
import { HomePage, homeLoader } from "./home/HomePage.tsx";
import { InvitationPage, invitationLoader } from "./invitation/InvitationPage.tsx";
import { Layout } from "./layout/Layout.tsx";
import { NotFoundPage } from "./layout/NotFoundPage.tsx";
import { PageError } from "./layout/PageError.tsx";
import { MeetingsPage } from "./meetings/MeetingsPage.tsx";
import { OidcErrorPage } from "./oidc/OidcErrorPage.tsx";
import { PartnersPage } from "./partners/PartnersPage.tsx";
import { PeoplePage, peopleLoader } from "./people/PeoplePage.tsx";
import { CreateProcedurePage } from "./procedure/CreateProcedurePage.tsx";
import { EditProcedurePage } from "./procedure/EditProcedurePage.tsx";
import { OverviewPage } from "./procedure/OverviewPage.tsx";
import { ProcedureError } from "./procedure/ProcedureError.tsx";
import { procedureLoader } from "./procedure/useProcedure.ts";
import { rootLoader } from "./session/session.ts";

/**
 * The app's pages, all inside the common layout; the root loads who is signed in. Under
 * `/procedure/:pid` the procedure's loader feeds every section. The note page (and Yjs) loads
 * on demand.
 */
export const router = createBrowserRouter([
  {
    id: "root",
    loader: rootLoader,
    element: <Layout />,
    // The first load waits for the session (a few milliseconds on a local server).
    hydrateFallbackElement: <div className="tavolo-main" aria-busy="true" />,
    errorElement: <PageError standalone />,
    children: [
      {
        errorElement: <PageError />,
        children: [
          { index: true, loader: homeLoader, element: <HomePage /> },
          { path: "procedure/nuova", element: <CreateProcedurePage /> },
          { path: "account", loader: accountLoader, element: <AccountPage /> },
          {
            id: "procedure",
            path: "procedure/:pid",
            loader: procedureLoader,
            errorElement: <ProcedureError />,
            children: [
              { index: true, element: <OverviewPage /> },
              { path: "enti", element: <PartnersPage /> },
              { path: "persone", loader: peopleLoader, element: <PeoplePage /> },
              { path: "incontri", element: <MeetingsPage /> },
              { path: "registro", loader: auditLoader, element: <AuditPage /> },
              { path: "dati", element: <EditProcedurePage /> },
              {
                path: "nota/:room",
                lazy: async () => ({ Component: (await import("./note/NotePage.tsx")).NotePage }),
              },
              {
                path: "lavagna/:room",
                lazy: async () => ({
                  Component: (await import("./boards/BoardPage.tsx")).BoardPage,
                }),
              },
              {
                path: "documento/:room",
                lazy: async () => ({
                  Component: (await import("./documents/DocumentPage.tsx")).DocumentPage,
                }),
              },
              {
                path: "documento/:room/versioni",
                lazy: async () => {
                  const page = await import("./versions/VersionsPage.tsx");
                  return { loader: page.versionsLoader, Component: page.VersionsPage };
                },
              },
              {
                path: "verifica",
                lazy: async () => {
                  const page = await import("./versions/VerifyPage.tsx");
                  return { loader: page.verifyLoader, Component: page.VerifyPage };
                },
              },
            ],
          },
          { path: "invito/:token", loader: invitationLoader, element: <InvitationPage /> },
          { path: "accesso/oidc", element: <OidcErrorPage /> },
          { path: "accesso/:token", loader: signInLinkLoader, element: <SignInLinkPage /> },
          { path: "amministrazione", loader: adminLoader, element: <AdminPage /> },
          {
            // Public: anyone who received an exported file verifies it, without signing in.
            path: "verifica",
            lazy: async () => ({
              Component: (await import("./versions/PublicVerifyPage.tsx")).PublicVerifyPage,
            }),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
