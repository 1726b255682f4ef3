package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a user may tune in a {@link JdbiStorage}: SQLite's synchronous mode, how the schema is
 * handled on start, the number of read connections and how long to wait for a lock held by another
 * process. Immutable and thread-safe; made with {@link #builder()}, or {@link #defaults()}.
 *
 * <pre>{@code
 * JdbiOptions options = JdbiOptions.builder()
 *     .synchronous(JdbiOptions.Synchronous.NORMAL)
 *     .readPoolSize(8)
 *     .build();
 * Storage storage = JdbiStorage.sqlite(Path.of("coplan.db"), options);
 * }</pre>
 */
public final class JdbiOptions {

  /** How SQLite makes a committed unit of work durable (its {@code synchronous} setting). */
  public enum Synchronous {
    /**
     * Every commit is on disk before it returns: a power loss loses nothing committed. The default.
     */
    FULL,
    /**
     * Commits are synced at checkpoints only, which makes small units of work much faster: a power
     * loss (not a crash of the application) may lose the last commits, but never corrupts the file.
     */
    NORMAL
  }

  /** What the store does with the database schema when it opens. */
  public enum SchemaMode {
    /**
     * Creates the schema in an empty database and applies any migration the database lacks. The
     * default.
     */
    MIGRATE,
    /**
     * Only checks that the schema is at this library's version, for users who run the migration
     * scripts themselves; the store refuses to open otherwise.
     */
    VALIDATE
  }

  /** The largest read pool. */
  public static final int MAX_READ_POOL_SIZE = 64;
  /** The longest busy timeout. */
  public static final Duration MAX_BUSY_TIMEOUT = Duration.ofMinutes(10);

  private static final JdbiOptions DEFAULTS = new Builder().build();

  private final Synchronous synchronous;
  private final SchemaMode schemaMode;
  private final int readPoolSize;
  private final Duration busyTimeout;

  private JdbiOptions(Builder builder) {
    this.synchronous = builder.synchronous;
    this.schemaMode = builder.schemaMode;
    this.readPoolSize = builder.readPoolSize;
    this.busyTimeout = builder.busyTimeout;
  }

  /**
   * The defaults: synchronous {@link Synchronous#FULL}, schema mode {@link SchemaMode#MIGRATE}, four
   * read connections and a busy timeout of 30 seconds.
   *
   * @return the default options
   */
  public static JdbiOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * SQLite's synchronous mode; PostgreSQL ignores it.
   *
   * @return the mode
   */
  public Synchronous synchronous() {
    return synchronous;
  }

  /**
   * What the store does with the schema when it opens.
   *
   * @return the mode
   */
  public SchemaMode schemaMode() {
    return schemaMode;
  }

  /**
   * How many connections serve read-only units of work at once. On SQLite they come besides the one
   * connection that writes; on PostgreSQL opened with a JDBC URL, the store's pool holds this many
   * plus one connections, shared by every unit of work. A {@link javax.sql.DataSource} the user
   * supplies is pooled as the user configured it.
   *
   * @return the number of read connections, 1 to {@link #MAX_READ_POOL_SIZE}
   */
  public int readPoolSize() {
    return readPoolSize;
  }

  /**
   * How long SQLite waits for a lock that another process holds before it gives up with a {@link
   * io.github.coplan.domain.error.StorageException}. Within one process writers never wait on SQLite
   * locks: they take turns on the store's one writing connection.
   *
   * @return the timeout
   */
  public Duration busyTimeout() {
    return busyTimeout;
  }

  /**
   * A builder holding these options, to change some of them.
   *
   * @return a filled builder
   */
  public Builder toBuilder() {
    return new Builder().synchronous(synchronous).schemaMode(schemaMode).readPoolSize(readPoolSize).busyTimeout(busyTimeout);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JdbiOptions other
        && synchronous == other.synchronous
        && schemaMode == other.schemaMode
        && readPoolSize == other.readPoolSize
        && busyTimeout.equals(other.busyTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(synchronous, schemaMode, readPoolSize, busyTimeout);
  }

  @Override
  public String toString() {
    return "JdbiOptions[synchronous=" + synchronous + ", schemaMode=" + schemaMode
        + ", readPoolSize=" + readPoolSize + ", busyTimeout=" + busyTimeout + "]";
  }

  /** Builds {@link JdbiOptions}; not thread-safe. Every setter checks its value at once. */
  public static final class Builder {
    private Synchronous synchronous = Synchronous.FULL;
    private SchemaMode schemaMode = SchemaMode.MIGRATE;
    private int readPoolSize = 4;
    private Duration busyTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets SQLite's synchronous mode.
     *
     * @param synchronous {@link Synchronous#FULL} (the default) or {@link Synchronous#NORMAL}
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder synchronous(Synchronous synchronous) {
      this.synchronous = required("synchronous", synchronous);
      return this;
    }

    /**
     * Sets what the store does with the schema when it opens.
     *
     * @param schemaMode {@link SchemaMode#MIGRATE} (the default) or {@link SchemaMode#VALIDATE}
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder schemaMode(SchemaMode schemaMode) {
      this.schemaMode = required("schemaMode", schemaMode);
      return this;
    }

    /**
     * Sets how many connections serve read-only units of work at once.
     *
     * @param readPoolSize 1 to {@link #MAX_READ_POOL_SIZE}; 4 by default
     * @return this builder
     * @throws InvalidInputException if it is out of range
     */
    public Builder readPoolSize(int readPoolSize) {
      if (readPoolSize < 1 || readPoolSize > MAX_READ_POOL_SIZE) {
        throw InvalidInputException.of(
            "readPoolSize", Violation.OUT_OF_RANGE, "the read pool size is 1 to " + MAX_READ_POOL_SIZE + ", was " + readPoolSize);
      }
      this.readPoolSize = readPoolSize;
      return this;
    }

    /**
     * Sets how long SQLite waits for a lock held by another process.
     *
     * @param busyTimeout zero to {@link #MAX_BUSY_TIMEOUT}; 30 seconds by default
     * @return this builder
     * @throws InvalidInputException if it is null, negative or longer than the maximum
     */
    public Builder busyTimeout(Duration busyTimeout) {
      required("busyTimeout", busyTimeout);
      if (busyTimeout.isNegative() || busyTimeout.compareTo(MAX_BUSY_TIMEOUT) > 0) {
        throw InvalidInputException.of(
            "busyTimeout", Violation.OUT_OF_RANGE, "the busy timeout is 0 to " + MAX_BUSY_TIMEOUT + ", was " + busyTimeout);
      }
      this.busyTimeout = busyTimeout;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public JdbiOptions build() {
      return new JdbiOptions(this);
    }

    private static <T> T required(String path, @Nullable T value) {
      if (value == null) {
        throw InvalidInputException.of(path, Violation.REQUIRED, "a value is required");
      }
      return value;
    }
  }
}
