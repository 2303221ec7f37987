/** What every route module receives from the app factory. */
import type { Logger } from 'pino';
import type { Executor } from '../graph/executor.js';
import type { ApiConfig } from './config.js';

export interface RouteDeps {
  executor: Executor;
  config: ApiConfig;
  logger: Logger;
  /** Registers cleanup to run when the server closes (the console's worker threads). */
  onClose?: (fn: () => Promise<void>) => void;
}
