/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The regional centre's address (build setting); without it the demo has no share step. */
  readonly VITE_CENTRE_URL?: string;
}
