/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the mobility-kit API, e.g. `https://api.hogeschool.nl`. */
  readonly VITE_MOBILITY_API?: string;
}
