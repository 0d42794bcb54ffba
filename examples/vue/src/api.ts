/**
 * Where the mobility-kit API lives, in this order: the `?api=` query parameter (handy for a demo
 * against another server), `VITE_MOBILITY_API` at build time, and otherwise the page's own origin
 * (the reference server serving this page).
 */
export function apiBaseUrl(location: Location = window.location): string {
  const fromQuery = new URLSearchParams(location.search).get('api')?.trim();
  if (fromQuery) return fromQuery;
  const fromBuild = import.meta.env.VITE_MOBILITY_API?.trim();
  return fromBuild ? fromBuild : location.origin;
}
