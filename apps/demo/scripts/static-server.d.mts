/** A running static server. */
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
/** Serves a folder on 127.0.0.1; port 0 picks a free port. */
export function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer>;
