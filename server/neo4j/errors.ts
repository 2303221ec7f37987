import { UserError } from '../cli-errors.js';

/**
 * The local Neo4j could not be built, started, found or reached. A UserError, so the CLI
 * prints its one-line message (which says what to do) instead of a stack trace.
 */
export class Neo4jSetupError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jSetupError';
  }
}
