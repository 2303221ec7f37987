package baoxun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * baoxun's local Neo4j: Neo4j Community 5.26 embedded, with Bolt on 127.0.0.1.
 *
 * <p>Run as {@code Neo4jLocal --supervise JVM-ARGS…} it is a small supervisor instead: it starts
 * the database in a child JVM with those arguments and starts it again whenever it exits
 * without being asked to (an out-of-memory exit, a kill, a database that panicked), printing
 * one "neo4j-local: … restarting" line each time. A SIGTERM to the supervisor stops the child
 * cleanly; a supervised child stops when its supervisor dies.
 *
 * <p>Environment: BAOXUN_HOME (default ./.baoxun; the store is $BAOXUN_HOME/neo4j),
 * BAOXUN_NEO4J_PORT (default 7687), NEO4J_PASSWORD (else generated once and kept in
 * $BAOXUN_HOME/neo4j-password, mode 600), BAOXUN_NEO4J_PAGECACHE (MiB, default 512),
 * BAOXUN_NEO4J_TX_MEMORY (MiB one transaction may track, default 35% of the heap; all
 * transactions together 50%), BAOXUN_NEO4J_TX_TIMEOUT (seconds any transaction may run,
 * default 600; 0 for none).
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections; a SIGTERM shuts
 * the databases down cleanly through the shutdown hook. The heap is set by the caller (-Xmx).
 */
public final class Neo4jLocal {
  private static final String USER = "neo4j";

  private Neo4jLocal() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--supervise")) {
      Supervisor.run(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    try {
      if (Boolean.getBoolean("baoxun.supervised")) {
        // The supervisor's death must not leave a database nobody can stop. A supervisor that
        // dies unasked was killed (SIGKILL): the database goes the same way, at once, as it did
        // before there was a supervisor (recovery on the next start is Neo4j's own). Its death
        // closes our stdin (a pipe only it holds), which a blocked read sees at once.
        Thread orphan = new Thread(() -> {
          try {
            while (System.in.read() >= 0) { /* the supervisor never writes */ }
          } catch (IOException e) { /* closed */ }
          if (!Watchdog.stopping) Runtime.getRuntime().halt(137);
        }, "neo4j-local-orphan-check");
        orphan.setDaemon(true);
        orphan.start();
      }
      run();
    } catch (IllegalArgumentException e) {
      // A setting the user gave is wrong: one line, no stack trace (the TS side shows the log tail).
      System.err.println("neo4j-local: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run() throws Exception {
    Path home = Path.of(env("BAOXUN_HOME", ".baoxun")).toAbsolutePath().normalize();
    int port = intEnv("BAOXUN_NEO4J_PORT", 7687);
    Path store = home.resolve("neo4j");
    Files.createDirectories(store);

    String password = password(home);
    Path applied = store.resolve("auth-applied");
    if (!sha256(password).equals(readOrEmpty(applied))) {
      // Set the password with Bolt off, so no client ever sees the default neo4j/neo4j.
      applyPassword(store, password);
      writeAtomically(applied, sha256(password));
    }

    DatabaseManagementService dbms;
    try {
      dbms = builder(store).setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .build();
    } catch (RuntimeException e) {
      String why = rootMessage(e);
      String hint = why.contains("Address already in use")
          ? " (another program holds the port: set BAOXUN_NEO4J_PORT to a free one)" : "";
      System.err.println("neo4j-local: could not start Neo4j on 127.0.0.1:" + port + ": " + why + hint);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Watchdog.stopping = true;
      System.out.println("STOPPING");
      dbms.shutdown();
      System.out.println("STOPPED");
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(Duration.ofMinutes(2).toMillis())) {
      System.err.println("neo4j-local: the default database did not become available");
      System.exit(3);
    }
    waitForPort(port, Duration.ofMinutes(1));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Watchdog.start(dbms, stopped);
    stopped.await();
  }

  /**
   * Settings shared by both phases: store place, auth, file URLs off, memory for a 2-core 24 GiB
   * box, and the bounds on one transaction: the memory it may track (db.memory.transaction.max,
   * dbms.memory.transaction.total.max; sized from this JVM's heap, so a 768 MiB test heap gets
   * proportionate limits) and how long any transaction may run (db.transaction.timeout).
   */
  private static DatabaseManagementServiceBuilder builder(Path store) {
    long pageCacheMiB = intEnv("BAOXUN_NEO4J_PAGECACHE", 512);
    long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long txMiB = intEnv("BAOXUN_NEO4J_TX_MEMORY", (int) (heapMiB * 35 / 100));
    long totalMiB = Math.max(txMiB, heapMiB / 2);
    int txTimeoutS = intEnv("BAOXUN_NEO4J_TX_TIMEOUT", 600);
    Map<org.neo4j.graphdb.config.Setting<?>, Object> cfg = Map.of(
        GraphDatabaseSettings.auth_enabled, true,
        GraphDatabaseSettings.allow_file_urls, false,
        GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB),
        GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(totalMiB),
        GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMiB),
        GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS),
        GraphDatabaseSettings.keep_logical_logs, "256M size",
        // Both default to 5 s each and would make every stop take over 10 s.
        BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1),
        BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    return new DatabaseManagementServiceBuilder(store).setConfig(cfg);
  }

  private static void applyPassword(Path store, String password) {
    DatabaseManagementService dbms = builder(store).setConfig(BoltConnector.enabled, false).build();
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } finally {
      dbms.shutdown();
    }
  }

  /** NEO4J_PASSWORD wins; otherwise the kept one; otherwise a new random one. Always kept, mode 600. */
  private static String password(Path home) throws IOException {
    Path file = home.resolve("neo4j-password");
    String given = System.getenv("NEO4J_PASSWORD");
    String password;
    if (given != null && !given.isEmpty()) {
      password = given;
    } else if (Files.exists(file) && !readOrEmpty(file).isEmpty()) {
      return readOrEmpty(file);
    } else {
      byte[] bytes = new byte[18];
      new SecureRandom().nextBytes(bytes);
      password = HexFormat.of().formatHex(bytes);
    }
    if (password.length() < 8) {
      throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    }
    writeAtomically(file, password);
    return password;
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void waitForPort(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not accept connections on port " + port);
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static String sha256(String s) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static int intEnv(String name, int fallback) {
    String v = env(name, String.valueOf(fallback));
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
