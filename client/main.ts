/** Entry point: the explorer starts here (styles are linked from index.html). */
import { start } from './app.js';

start().catch((err: unknown) => {
  console.error(err);
});
