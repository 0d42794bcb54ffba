/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the mobility-kit API, e.g. `https://api.hogeschool.nl`. */
  readonly VITE_MOBILITY_API?: string;
}

// For plain `tsc` (the repository's type-check), which does not read single-file components;
// vue-tsc resolves `.vue` imports to the real components and never uses this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
