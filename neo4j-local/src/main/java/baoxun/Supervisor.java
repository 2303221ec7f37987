package baoxun;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the local Neo4j running: starts it in a child JVM and starts it again when it exits
 * without being asked to, with one log line each time. A child that fails within 30 s of its
 * start with a setup error (exit 2: a bad setting or a port in use; 3: the database did not
 * come up) is not restarted, nor one that failed quickly five times in a row: that would only
 * loop. A SIGTERM (or Ctrl-C) stops the child cleanly and then the supervisor.
 */
final class Supervisor {
  private static final long QUICK_SECONDS = 30;
  private static final int QUICK_FAILURES_MAX = 5;

  private Supervisor() {}

  static void run(String[] childJvmArgs) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(List.of(childJvmArgs));
    cmd.add("-Dbaoxun.supervised=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Neo4jLocal.class.getName());

    AtomicBoolean stopping = new AtomicBoolean(false);
    AtomicReference<Process> current = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      Process p = current.get();
      if (p == null) return;
      p.destroy(); // SIGTERM: the child's own hook shuts the databases down
      try {
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "neo4j-local-supervisor-stop"));

    int restarts = 0;
    int quickFailures = 0;
    for (;;) {
      long started = System.nanoTime();
      // stdin stays a pipe that only this process holds: the child halts when it closes.
      Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      current.set(child);
      int code = child.waitFor();
      if (stopping.get()) return;
      long upSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      boolean quick = upSeconds < QUICK_SECONDS;
      if (quick && (code == 2 || code == 3)) {
        System.err.println("neo4j-local: Neo4j could not start (exit " + code + "); not restarting");
        System.exit(code);
      }
      quickFailures = quick ? quickFailures + 1 : 0;
      if (quickFailures >= QUICK_FAILURES_MAX) {
        System.err.println("neo4j-local: Neo4j exited " + quickFailures + " times within " + QUICK_SECONDS
            + " s of its start (last exit " + code + "); giving up");
        System.exit(code == 0 ? 1 : code);
      }
      restarts++;
      long wait = quick ? Math.min(30, 1L << quickFailures) : 1;
      System.err.println("neo4j-local: Neo4j exited with code " + code + " after " + upSeconds
          + " s; restarting in " + wait + " s (restart " + restarts + ")");
      System.err.flush();
      TimeUnit.SECONDS.sleep(wait);
      if (stopping.get()) return;
    }
  }
}
