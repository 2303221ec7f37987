package baoxun;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Ends this JVM when the default database stops answering (after an out-of-memory error in a
 * kernel thread Neo4j marks the database unhealthy and refuses every transaction, but the
 * process lives on), so that the supervisor starts a healthy one. One check every 10 s
 * (available, and a `RETURN 1` within 10 s); six failures in a row, a minute, end it.
 */
final class Watchdog {
  static volatile boolean stopping = false;
  private static final int FAILURES_MAX = 6;

  private Watchdog() {}

  static void start(DatabaseManagementService dbms, CountDownLatch stopped) {
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    Thread t = new Thread(() -> {
      int failures = 0;
      String why = null;
      while (!stopping && stopped.getCount() > 0) {
        try {
          TimeUnit.SECONDS.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
        if (stopping) return;
        why = check(db);
        failures = why == null ? 0 : failures + 1;
        if (failures >= FAILURES_MAX) {
          System.err.println("neo4j-local: the database has not answered " + failures + " checks in a row (" + why
              + "); exiting so that it is restarted");
          System.err.flush();
          Thread halt = new Thread(() -> {
            try {
              TimeUnit.SECONDS.sleep(30);
            } catch (InterruptedException e) {
              return;
            }
            Runtime.getRuntime().halt(70); // the clean shutdown hung
          }, "neo4j-local-halt");
          halt.setDaemon(true);
          halt.start();
          System.exit(70);
        }
      }
    }, "neo4j-local-watchdog");
    t.setDaemon(true);
    t.start();
  }

  private static String check(GraphDatabaseService db) {
    try {
      if (!db.isAvailable(TimeUnit.SECONDS.toMillis(10))) return "not available";
      try (Transaction tx = db.beginTx(10, TimeUnit.SECONDS)) {
        tx.execute("RETURN 1").close();
        tx.commit();
      }
      return null;
    } catch (Exception | Error e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
