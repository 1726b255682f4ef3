package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a user may tune in a {@link JdbiStorage}: SQLite's synchronous mode and page cache, how the
 * schema is handled on start, the number of read connections and how long to wait for a lock held
 * by another process. Immutable and thread-safe; made with {@link #builder()}, or {@link
 * #defaults()}.
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

  /** The most attempts at a unit of work that meets transaction conflicts. */
  public static final int MAX_ATTEMPTS = 100;

  /** The default table prefix. */
  public static final String DEFAULT_TABLE_PREFIX = "coplan_";

  /**
   * What a table prefix may be: a lower-case letter, then lower-case letters, digits and
   * underscores.
   */
  private static final java.util.regex.Pattern TABLE_PREFIX =
      java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,29}");

  /** The default page cache of each SQLite connection, in kibibytes: 64 MiB. */
  public static final int DEFAULT_SQLITE_PAGE_CACHE = 65_536;

  /** The largest page cache of a SQLite connection, in kibibytes: 4 GiB. */
  public static final int MAX_SQLITE_PAGE_CACHE = 4_194_304;

  /**
   * The default weight of the aggregate cache: how many participations, stops and plan parts it
   * holds.
   */
  public static final long DEFAULT_CACHE_WEIGHT = 200_000;

  private static final JdbiOptions DEFAULTS = new Builder().build();

  private final Synchronous synchronous;
  private final SchemaMode schemaMode;
  private final int readPoolSize;
  private final Duration busyTimeout;
  private final int maxAttempts;
  private final @Nullable Boolean aggregateCache;
  private final long aggregateCacheWeight;
  private final String tablePrefix;
  private final int sqlitePageCache;

  private JdbiOptions(Builder builder) {
    this.sqlitePageCache = builder.sqlitePageCache;
    this.tablePrefix = builder.tablePrefix;
    this.maxAttempts = builder.maxAttempts;
    this.aggregateCache = builder.aggregateCache;
    this.aggregateCacheWeight = builder.aggregateCacheWeight;
    this.synchronous = builder.synchronous;
    this.schemaMode = builder.schemaMode;
    this.readPoolSize = builder.readPoolSize;
    this.busyTimeout = builder.busyTimeout;
  }

  /**
   * The defaults: synchronous {@link Synchronous#FULL}, schema mode {@link SchemaMode#MIGRATE}, a
   * page cache of {@link #DEFAULT_SQLITE_PAGE_CACHE} kibibytes per SQLite connection, four read
   * connections, a busy timeout of 30 seconds, 8 attempts at a unit of work that meets transaction
   * conflicts, and the aggregate cache as each database's default ({@link
   * Builder#aggregateCache(boolean)}) with a weight of {@link #DEFAULT_CACHE_WEIGHT}.
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
   * How much memory each SQLite connection may keep of the file's pages, SQLite's {@code
   * cache_size}; PostgreSQL ignores it. The memory is taken as pages are read, up to this much per
   * connection (the writing one and each reading one), and a reading connection keeps its pages
   * from one unit of work to the next as long as nothing was written in between. SQLite's own
   * default is 2 MiB: a query that reads more than that, such as the candidates of a match among
   * 100,000 profiles, then reads its pages from the operating system each time.
   *
   * @return the page cache in kibibytes, 1 to {@link #MAX_SQLITE_PAGE_CACHE}; {@link
   *     #DEFAULT_SQLITE_PAGE_CACHE} by default
   */
  public int sqlitePageCache() {
    return sqlitePageCache;
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
   * connection that writes; on PostgreSQL opened with a JDBC URL, the store's reading pool holds
   * this many, and its writing pool this many plus one. A {@link javax.sql.DataSource} the user
   * supplies is pooled as the user configured it.
   *
   * @return the number of read connections, 1 to {@link #MAX_READ_POOL_SIZE}
   */
  public int readPoolSize() {
    return readPoolSize;
  }

  /**
   * How long SQLite waits for a lock that another process holds before it gives up with a {@link
   * io.github.coplan.domain.error.StorageException}. Within one process writers never wait on
   * SQLite locks: they take turns on the store's one writing connection.
   *
   * @return the timeout
   */
  public Duration busyTimeout() {
    return busyTimeout;
  }

  /**
   * How many times a unit of work runs at most when each attempt meets a transaction conflict it
   * did not cause: a serialization failure or a deadlock on PostgreSQL. The store runs the whole
   * unit again after a jittered pause that grows with each attempt; when the last attempt fails
   * too, the caller gets a {@link io.github.coplan.domain.error.ConflictException} of kind {@code
   * "transaction"}. A stale expected version is never retried: it is the caller's to resolve.
   *
   * @return 1 (no retry) to {@link #MAX_ATTEMPTS}; 8 by default
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Whether the store keeps committed activities and plans in its aggregate cache, on a given
   * database. The cache is checked against the version of the row every read still reads, so it is
   * exact as long as every change of a row raises its version, as Coplan's own writes do, from any
   * process or application instance. A row changed other than through Coplan without a new version
   * (a backup restored, an {@code UPDATE} typed by hand) is not seen while the cache holds the
   * aggregate: switch the cache off where that may happen, or call {@link
   * JdbiStorage#invalidateAll()} after it.
   *
   * <p>Unless set, it is on for SQLite and off for PostgreSQL. A SQLite file belongs to the
   * application that embeds it, and is restored or edited with the application stopped, which
   * empties the cache. A PostgreSQL database is typically shared and administered with its own
   * tools while the application runs; there the cache is a choice for those who know that every
   * write goes through Coplan.
   *
   * @param dialect the database
   * @return whether the cache is on
   */
  boolean aggregateCache(Dialect dialect) {
    return aggregateCache != null ? aggregateCache : dialect == Dialect.SQLITE;
  }

  /**
   * Whether the aggregate cache was switched on or off explicitly.
   *
   * @return {@code true} or {@code false} if set, empty for each database's default (see {@link
   *     Builder#aggregateCache(boolean)})
   */
  public java.util.Optional<Boolean> aggregateCache() {
    return java.util.Optional.ofNullable(aggregateCache);
  }

  /**
   * How much the aggregate cache holds at most: an activity weighs one plus its participations and
   * stops, a plan one plus its parties, content areas and documents. Past it the cache drops the
   * aggregates used least recently.
   *
   * @return the weight, 1 or more; {@link #DEFAULT_CACHE_WEIGHT} by default
   */
  public long aggregateCacheWeight() {
    return aggregateCacheWeight;
  }

  /**
   * What the names of Coplan's tables and indexes begin with, so that they live beside the tables
   * of the application in one database: {@code coplan_organisation}, {@code coplan_plan}, {@code
   * coplan_activity} and so on with the default, and {@code coplan_schema_history} for the schema's
   * history. On PostgreSQL the tables are in the schema the connection's search path names first
   * (set {@code currentSchema} in the JDBC URL of the pool to choose another). A store opened with
   * another prefix sees another set of tables. A database made by a version of Coplan whose tables
   * had no prefix gets them renamed, once, when a store with the default prefix opens it.
   *
   * @return the prefix; {@link #DEFAULT_TABLE_PREFIX} by default
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  /**
   * A builder holding these options, to change some of them.
   *
   * @return a filled builder
   */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .synchronous(synchronous)
            .sqlitePageCache(sqlitePageCache)
            .schemaMode(schemaMode)
            .readPoolSize(readPoolSize)
            .busyTimeout(busyTimeout)
            .maxAttempts(maxAttempts)
            .aggregateCacheWeight(aggregateCacheWeight)
            .tablePrefix(tablePrefix);
    builder.aggregateCache = aggregateCache;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JdbiOptions other
        && synchronous == other.synchronous
        && sqlitePageCache == other.sqlitePageCache
        && schemaMode == other.schemaMode
        && readPoolSize == other.readPoolSize
        && busyTimeout.equals(other.busyTimeout)
        && maxAttempts == other.maxAttempts
        && Objects.equals(aggregateCache, other.aggregateCache)
        && aggregateCacheWeight == other.aggregateCacheWeight
        && tablePrefix.equals(other.tablePrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        synchronous,
        sqlitePageCache,
        schemaMode,
        readPoolSize,
        busyTimeout,
        maxAttempts,
        aggregateCache,
        aggregateCacheWeight,
        tablePrefix);
  }

  @Override
  public String toString() {
    return "JdbiOptions[synchronous="
        + synchronous
        + ", sqlitePageCache="
        + sqlitePageCache
        + ", schemaMode="
        + schemaMode
        + ", readPoolSize="
        + readPoolSize
        + ", busyTimeout="
        + busyTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", aggregateCache="
        + (aggregateCache == null ? "default" : aggregateCache)
        + ", aggregateCacheWeight="
        + aggregateCacheWeight
        + ", tablePrefix="
        + tablePrefix
        + "]";
  }

  /** Builds {@link JdbiOptions}; not thread-safe. Every setter checks its value at once. */
  public static final class Builder {
    private Synchronous synchronous = Synchronous.FULL;
    private int sqlitePageCache = DEFAULT_SQLITE_PAGE_CACHE;
    private SchemaMode schemaMode = SchemaMode.MIGRATE;
    private int readPoolSize = 4;
    private Duration busyTimeout = Duration.ofSeconds(30);
    private int maxAttempts = 8;
    private @Nullable Boolean aggregateCache;
    private long aggregateCacheWeight = DEFAULT_CACHE_WEIGHT;
    private String tablePrefix = DEFAULT_TABLE_PREFIX;

    private Builder() {}

    /**
     * Sets what the names of Coplan's tables and indexes begin with.
     *
     * @param tablePrefix a lower-case letter, then up to 29 lower-case letters, digits and
     *     underscores; {@link #DEFAULT_TABLE_PREFIX} by default
     * @return this builder
     * @throws InvalidInputException if it is null or not of that form
     * @see JdbiOptions#tablePrefix()
     */
    public Builder tablePrefix(String tablePrefix) {
      required("tablePrefix", tablePrefix);
      if (!TABLE_PREFIX.matcher(tablePrefix).matches()) {
        throw InvalidInputException.of(
            "tablePrefix",
            Violation.MALFORMED,
            "a table prefix is a lower-case letter, then up to 29 lower-case letters, digits and underscores");
      }
      this.tablePrefix = tablePrefix;
      return this;
    }

    /**
     * Sets how many times a unit of work runs at most when it meets transaction conflicts.
     *
     * @param maxAttempts 1 (no retry) to {@link #MAX_ATTEMPTS}; 8 by default
     * @return this builder
     * @throws InvalidInputException if it is out of range
     * @see JdbiOptions#maxAttempts()
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = inRange("maxAttempts", maxAttempts, MAX_ATTEMPTS, "the attempts are");
      return this;
    }

    /**
     * Switches the aggregate cache on or off, on whichever database; unless set, it is on for
     * SQLite and off for PostgreSQL (see {@link JdbiOptions#aggregateCache()}).
     *
     * <p>With the cache on, a read of an activity or plan whose row is at the version the cache
     * holds skips rebuilding its participations or parts. A row changed other than through Coplan
     * without a new version (a backup restored, an {@code UPDATE} typed by hand) is not seen while
     * the aggregate is cached; {@link JdbiStorage#invalidateAll()} forgets every cached aggregate.
     *
     * @param enabled whether to keep committed activities and plans
     * @return this builder
     */
    public Builder aggregateCache(boolean enabled) {
      this.aggregateCache = enabled;
      return this;
    }

    /**
     * Sets how much the aggregate cache holds at most.
     *
     * @param weight 1 or more; {@link #DEFAULT_CACHE_WEIGHT} by default
     * @return this builder
     * @throws InvalidInputException if it is less than 1
     * @see JdbiOptions#aggregateCacheWeight()
     */
    public Builder aggregateCacheWeight(long weight) {
      if (weight < 1) {
        throw InvalidInputException.of(
            "aggregateCacheWeight",
            Violation.OUT_OF_RANGE,
            "the cache weight is at least 1, was " + weight);
      }
      this.aggregateCacheWeight = weight;
      return this;
    }

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
     * Sets how much memory each SQLite connection may keep of the file's pages.
     *
     * @param kibibytes 1 to {@link #MAX_SQLITE_PAGE_CACHE}; {@link #DEFAULT_SQLITE_PAGE_CACHE} by
     *     default
     * @return this builder
     * @throws InvalidInputException if it is out of range
     * @see JdbiOptions#sqlitePageCache()
     */
    public Builder sqlitePageCache(int kibibytes) {
      this.sqlitePageCache =
          inRange(
              "sqlitePageCache",
              kibibytes,
              MAX_SQLITE_PAGE_CACHE,
              "the page cache in kibibytes is");
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
      this.readPoolSize =
          inRange("readPoolSize", readPoolSize, MAX_READ_POOL_SIZE, "the read pool size is");
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
            "busyTimeout",
            Violation.OUT_OF_RANGE,
            "the busy timeout is 0 to " + MAX_BUSY_TIMEOUT + ", was " + busyTimeout);
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

    /** A value from 1 to a maximum, or the error that names it. */
    private static int inRange(String path, int value, int max, String what) {
      if (value < 1 || value > max) {
        throw InvalidInputException.of(
            path, Violation.OUT_OF_RANGE, what + " 1 to " + max + ", was " + value);
      }
      return value;
    }

    private static <T> T required(String path, @Nullable T value) {
      if (value == null) {
        throw InvalidInputException.of(path, Violation.REQUIRED, "a value is required");
      }
      return value;
    }
  }
}
