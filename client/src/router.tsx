import { createBrowserRouter } from "react-router-dom";
import { HomePage } from "./home/HomePage.tsx";
import { Layout } from "./layout/Layout.tsx";
import { NotFoundPage } from "./layout/NotFoundPage.tsx";

/** The app's pages, all inside the common layout. The note page (and Yjs) loads on demand. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: "nota/:room",
        lazy: async () => ({ Component: (await import("./note/NotePage.tsx")).NotePage }),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
