/**
 * Where the API is. Build time: `VITE_API_URL` (default http://localhost:5000). Run time, for
 * tests and for one build served against several APIs: `window.__INKWELL_API__`, set by a script
 * that runs before the app (Playwright's `addInitScript`).
 *
 * Deliberately not a `?api=` query parameter: a link could then point a signed-in reader's app at
 * somebody else's server, and the app would send it their token.
 */
declare global {
  interface Window {
    __INKWELL_API__?: string
  }
}

export const API_URL: string = (window.__INKWELL_API__ ?? import.meta.env.VITE_API_URL ?? 'http://localhost:5000').replace(
  /\/+$/,
  '',
)
