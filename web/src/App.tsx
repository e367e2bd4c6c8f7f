// The page chooser and the frame around every page.
import { useEffect, useRef } from "react";
import { Link, useLocation } from "./router.js";
import { Home } from "./pages/Home.js";
import { PairPage } from "./pages/Pair.js";
import { CountryPage } from "./pages/Country.js";
import { AddArticle } from "./pages/AddArticle.js";
import { NamesProvider } from "./names.js";

function route(path: string) {
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "pair" && parts.length === 3) return { page: <PairPage a={parts[1]!} b={parts[2]!} />, title: `${parts[1]}–${parts[2]}` };
  if (parts[0] === "country" && parts.length === 2) return { page: <CountryPage code={parts[1]!} />, title: parts[1]! };
  if (parts[0] === "add" && parts.length === 1) return { page: <AddArticle />, title: "Add an article" };
  if (parts.length === 0) return { page: <Home />, title: "" };
  return { page: <p role="alert">No such page. <Link to="/">Back to the map</Link>.</p>, title: "Not found" };
}

export function App() {
  const location = useLocation();
  const { page, title } = route(location.pathname);
  useEffect(() => {
    document.title = title ? `${title} · bilateral` : "bilateral";
  }, [title]);
  // after a navigation, keyboard and screen-reader users start at the new page's content
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) firstPage.current = false;
    else document.getElementById("main")?.focus({ preventScroll: true });
  }, [location.pathname]);
  return (
    <NamesProvider>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          bilateral
        </Link>
        <nav aria-label="Main">
          <Link to="/">Map</Link>
          <Link to="/add">Add an article</Link>
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </NamesProvider>
  );
}
