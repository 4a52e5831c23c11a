// Modules made by the build (vite.config.ts), not files in src/.
declare module 'virtual:built-in-scenarios' {
  import type { Catalog } from '@/app/scenario-catalog';
  /** buildCatalog() over scenarios/*.yaml, run when the app was built. */
  const catalog: Catalog;
  export default catalog;
}
