import "bootstrap-italia/dist/css/bootstrap-italia.min.css";
import "./styles/fonts.css";
import "./styles/app.css";
import "./styles/forms.css";
import "./styles/common.css";
import "./styles/note.css";
import "./styles/procedure.css";
import "./styles/sections.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { initI18n } from "./i18n/i18n.ts";
import { router } from "./router.tsx";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

await initI18n();
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
