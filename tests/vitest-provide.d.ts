/** What the Vitest projects provide to their tests (vitest.config.ts, `provide`). */
declare module "vitest" {
  export interface ProvidedContext {
    /** The React major version the project runs ("18" or "19"). */
    reactMajor: string;
    /** In the React 18 projects: each React module path resolved to React 18 (vitest.shared.ts). */
    react18Paths: Readonly<Record<string, string>>;
  }
}

export {};
