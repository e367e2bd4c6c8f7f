// The web UI: `npm run build:web` builds web/ into web/dist, which `bilateral serve` serves.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // `vite` (dev) proxies the API to a running `bilateral serve`
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
