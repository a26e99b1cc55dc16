import type { TestProject } from 'vitest/node';
import { startThrowawayCluster } from '../scripts/pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

// One throwaway PostgreSQL cluster for the whole test run; `.ci/run` installs the package when missing.
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startThrowawayCluster();
  project.provide('postgresUrl', cluster.url);
  return cluster.stop;
}
