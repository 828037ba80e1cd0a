/**
 * The dashboard runs on the packages' TypeScript sources (no build step of the packages), and its
 * production build carries a strict Content Security Policy, the one intranets such as SharePoint Online
 * enforce. Vite's dev server injects inline scripts and styles for hot reload, so only the build gets it.
 */
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { sourceAliases } from "../../vitest.shared.js";

/**
 * The policy of the built page: nothing but our own files, no inline script or style, no eval. The one opening is
 * `connect-src` to a reference server on this machine (`?server=http://localhost:8787`, `pnpm serve`), the demo's
 * shared workspace; an intranet names its own back end there instead.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' http://localhost:* http://127.0.0.1:*; object-src 'none'; base-uri 'self'; form-action 'self'; require-trusted-types-for 'script'";

function strictContentSecurityPolicy(): Plugin {
  return {
    name: "systemledning:strict-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [react(), strictContentSecurityPolicy()],
  resolve: { alias: sourceAliases },
  server: { host: "localhost", port: 5173 },
  preview: { host: "localhost" },
  build: {
    target: "es2022",
    // A data: URL for small assets would need img-src data: under the policy above.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
