package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Brings a database's schema to this library's version, or checks that it is there.
 *
 * <p>The migrations are SQL scripts under {@code sql/<database>/migration}, named as Flyway names
 * them ({@code V1__init.sql}), listed in {@link #SCRIPTS} and applied in order. Table names carry
 * the placeholder {@code ${prefix}} (Flyway's syntax), replaced by the store's table prefix. Each
 * script ends by recording its version in {@code <prefix>schema_history}, so a schema that a user
 * migrated with a tool of their own is recognised too; the store then records the script's checksum
 * (the CRC-32 of its text as shipped, before the placeholder is replaced, as Flyway computes it)
 * beside it, and refuses to open a database where a script it applied has changed since: what that
 * database holds may not be what this library's scripts make. A version recorded by another tool
 * has no checksum, and is not checked.
 *
 * <p>Opening a store whose schema is current costs three small queries and takes no lock: only a
 * database that lacks migrations is locked (SQLite's write lock, a PostgreSQL advisory lock),
 * checked again, and migrated in one transaction, so that stores opening at the same time migrate
 * once.
 *
 * <p>A database made by a version of Coplan whose tables had no prefix (its history has no checksum
 * column) gets its tables and indexes renamed with the prefix, in the same transaction, by {@code
 * sql/<database>/upgrade/prefix_tables.sql}; its scripts' checksums are recorded then.
 *
 * <p>A migration may also have a {@linkplain Step step in Java}, for what SQL cannot do the same on
 * every database: migration 3 folds the stored search text again by this library's {@link
 * io.github.coplan.domain.shared.SearchFolding} ({@link Refolding}); migration 4 fills the look-up
 * columns it adds to plans, organisations and people ({@link LookupColumns}); migration 10 fills
 * the meeting days and stop visits it adds to activities ({@link NetworkColumns}). The step runs
 * after its script, in the same transaction, before the checksum is recorded. A version whose
 * script another tool applied has no checksum, so the store knows that its step has not run: a
 * store that opens such a database in schema mode {@code MIGRATE} runs the step then, and records
 * the checksum; in mode {@code VALIDATE} it opens the database and logs a warning.
 *
 * <p>A database whose schema is newer than this library's is refused, in either mode: this library
 * could damage data it does not know.
 */
final class Migrator {

  /**
   * Work in Java that a migration does after its script, in the migrating transaction. It must be
   * safe to run again on data it already migrated. When another tool applied the scripts, a step
   * runs on the schema of the latest version that tool reached, so a step touches only what later
   * migrations keep (a later migration that drops or renames it must say so and adapt the step).
   */
  @FunctionalInterface
  interface Step {

    /**
     * Does the work.
     *
     * @param handle the migrating transaction's handle
     * @param sql the store's statements, with its table prefix
     */
    void run(Handle handle, Sql sql);
  }

  /**
   * One migration: its script under {@code sql/<database>/migration}, and a step in Java or none.
   *
   * @param script the script's name, as Flyway names it
   * @param step what runs after the script, or null
   */
  record Migration(String script, @Nullable Step step) {}

  /** The migrations, oldest first; their versions must be 1, 2, 3, … in this order. */
  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration("V1__init.sql", null),
          new Migration("V2__window_search_indexes.sql", null),
          new Migration("V3__refold_search_text.sql", Refolding::refold),
          new Migration("V4__lookup_indexes.sql", LookupColumns::fill),
          new Migration("V5__history.sql", null),
          new Migration("V6__plan_access.sql", null),
          new Migration("V7__market.sql", null),
          new Migration("V8__profile_match_index.sql", null),
          new Migration("V9__itinerary.sql", null),
          new Migration("V10__network.sql", NetworkColumns::fill),
          new Migration("V11__results.sql", null),
          new Migration("V12__derived_indicators.sql", null));

  /** The migration scripts, oldest first. */
  static final List<String> SCRIPTS = MIGRATIONS.stream().map(Migration::script).toList();

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

  private Migrator() {}

  /** The schema version this library needs. */
  static int latestVersion() {
    return MIGRATIONS.size();
  }

  /**
   * What the history of a database says: its version (-1 without a history, 0 with an empty one),
   * the checksum recorded per version (null where none was), and whether it predates checksums and
   * table prefixes.
   */
  record History(int version, Map<Integer, @Nullable Long> checksums, boolean unprefixed) {

    /**
     * The versions at or below this one whose step has not run: another tool applied their scripts.
     */
    List<Integer> pendingSteps() {
      List<Integer> pending = new ArrayList<>();
      for (int v = 1; v <= Math.min(version, latestVersion()); v++) {
        if (MIGRATIONS.get(v - 1).step() != null
            && !unprefixed
            && checksums.containsKey(v)
            && checksums.get(v) == null) {
          pending.add(v);
        }
      }
      return pending;
    }
  }

  /**
   * Checks the schema, migrating it if the mode allows.
   *
   * @param database the database
   * @param sql the store's statements, with its table prefix
   * @param mode migrate or only validate
   * @return how many migrations were applied
   * @throws StorageException if the schema is newer than this library's, or a script it applied
   *     changed since, or (when only validating) it is missing or older, or a migration fails
   */
  static int run(Database database, Sql sql, JdbiOptions.SchemaMode mode) {
    Dialect dialect = database.dialect();
    String name = dialect.displayName();
    int latest = latestVersion();
    History history = database.withHandle(false, handle -> history(handle, sql));
    check(history, sql);
    boolean current = history.version() == latest && !history.unprefixed();
    if (current && history.pendingSteps().isEmpty()) {
      return 0;
    }
    if (current && mode == JdbiOptions.SchemaMode.VALIDATE) {
      LOG.log(
          System.Logger.Level.WARNING,
          "the {0} database''s Coplan schema was migrated by another tool, which could not run the"
              + " Java steps of migration(s) {1}; open the store in schema mode MIGRATE once to run them (until then a search may miss"
              + " activities whose text folds differently now)",
          name,
          history.pendingSteps());
      return 0;
    }
    if (mode == JdbiOptions.SchemaMode.VALIDATE) {
      String where = "io/github/coplan/storage/jdbi/sql/" + dialect.directory() + "/migration";
      throw new StorageException(
          history.version() < 0
              ? "the "
                  + name
                  + " database has no Coplan schema; open the store in schema mode MIGRATE, or run the"
                  + " migration scripts under "
                  + where
                  + " first"
              : history.unprefixed()
                  ? "the "
                      + name
                      + " database was made by an earlier version of Coplan whose tables have no prefix; open the store"
                      + " in schema mode MIGRATE once to rename them"
                  : "the "
                      + name
                      + " database's Coplan schema is at version "
                      + history.version()
                      + " but this library needs version "
                      + latest
                      + "; open the store in schema mode MIGRATE, or run the migration scripts under "
                      + where,
          null);
    }
    // READ COMMITTED on PostgreSQL, so that the history read again after the lock sees what another
    // store committed
    // meanwhile; a SQLite transaction is serializable and holds the write lock from its start.
    TransactionIsolationLevel level =
        dialect == Dialect.POSTGRES
            ? TransactionIsolationLevel.READ_COMMITTED
            : TransactionIsolationLevel.SERIALIZABLE;
    int applied =
        database.withHandle(
            false,
            handle ->
                handle.inTransaction(
                    level,
                    h -> {
                      if (dialect == Dialect.POSTGRES) {
                        h.createQuery(sql.get("schema.lock")).mapTo(String.class).one();
                      }
                      // Another store may have migrated while this one waited for the lock.
                      History now = history(h, sql);
                      check(now, sql);
                      if (now.unprefixed()) {
                        h.createScript(sql.withPrefix(script(sql, "upgrade/prefix_tables.sql")))
                            .execute();
                        for (int v = 1; v <= now.version(); v++) {
                          step(h, sql, v);
                          record(h, sql, v);
                        }
                        LOG.log(
                            System.Logger.Level.INFO,
                            "renamed the tables of the {0} database with the prefix {1}",
                            name,
                            sql.prefix());
                      }
                      int count = 0;
                      for (int v : now.pendingSteps()) {
                        step(h, sql, v);
                        record(h, sql, v);
                        count++;
                      }
                      for (int v = Math.max(now.version(), 0) + 1; v <= latest; v++) {
                        apply(h, sql, v);
                        count++;
                      }
                      return count;
                    }));
    if (applied > 0) {
      LOG.log(
          System.Logger.Level.INFO,
          "migrated the {0} database''s Coplan schema to version {1}: {2} migration(s) applied",
          name,
          latest,
          applied);
    }
    return applied;
  }

  /** Reads the history of a database. */
  static History history(Handle handle, Sql sql) {
    if (handle.createQuery(sql.get("schema.historyExists")).mapTo(Integer.class).one() == 0) {
      return new History(-1, Map.of(), false);
    }
    if (handle.createQuery(sql.get("schema.hasChecksums")).mapTo(Integer.class).one() == 0) {
      return new History(
          handle.createQuery(sql.get("schema.version")).mapTo(Integer.class).one(), Map.of(), true);
    }
    Map<Integer, @Nullable Long> checksums = new HashMap<>();
    int[] version = {0};
    handle
        .createQuery(sql.get("schema.history"))
        .map(
            (rs, ctx) -> {
              int v = rs.getInt(1);
              long checksum = rs.getLong(2);
              checksums.put(v, rs.wasNull() ? null : checksum);
              version[0] = Math.max(version[0], v);
              return v;
            })
        .list();
    return new History(version[0], checksums, false);
  }

  /**
   * The schema version recorded in the database: -1 without a history table, 0 with an empty one.
   */
  static int version(Handle handle, Sql sql) {
    return history(handle, sql).version();
  }

  /**
   * Refuses a schema newer than this library's, or one a script of which changed since it was
   * applied.
   */
  private static void check(History history, Sql sql) {
    String name = sql.dialect().displayName();
    int latest = latestVersion();
    if (history.version() > latest) {
      throw new StorageException(
          "the "
              + name
              + " database's Coplan schema is at version "
              + history.version()
              + ", newer than version "
              + latest
              + " that this library knows; open it with a newer Coplan",
          null);
    }
    history
        .checksums()
        .forEach(
            (version, recorded) -> {
              if (recorded != null && version >= 1 && version <= latest) {
                String script = SCRIPTS.get(version - 1);
                long now = checksum(script(sql, "migration/" + script));
                if (recorded != now) {
                  throw new StorageException(
                      "the migration "
                          + script
                          + " was changed after it was applied to the "
                          + name
                          + " database"
                          + " (checksum "
                          + recorded
                          + " recorded, "
                          + now
                          + " now); the database may not hold what this library's scripts make,"
                          + " so the store does not open it",
                      null);
                }
              }
            });
  }

  private static void apply(Handle handle, Sql sql, int version) {
    String name = SCRIPTS.get(version - 1);
    Matcher m = NAME.matcher(name);
    if (!m.matches() || Integer.parseInt(m.group(1)) != version) {
      throw new StorageException("the migration " + name + " is not version " + version, null);
    }
    handle.createScript(sql.withPrefix(script(sql, "migration/" + name))).execute();
    if (version(handle, sql) != version) {
      throw new StorageException(
          "the migration "
              + name
              + " did not record version "
              + version
              + " in "
              + sql.prefix()
              + "schema_history",
          null);
    }
    step(handle, sql, version);
    record(handle, sql, version);
    LOG.log(System.Logger.Level.DEBUG, "applied the migration {0}", name);
  }

  /** Runs the step in Java of a version, if it has one. */
  private static void step(Handle handle, Sql sql, int version) {
    Step step = MIGRATIONS.get(version - 1).step();
    if (step != null) {
      step.run(handle, sql);
      LOG.log(
          System.Logger.Level.DEBUG,
          "ran the Java step of the migration {0}",
          SCRIPTS.get(version - 1));
    }
  }

  /** Records the checksum of a version's script beside the version. */
  private static void record(Handle handle, Sql sql, int version) {
    long checksum = checksum(script(sql, "migration/" + SCRIPTS.get(version - 1)));
    handle
        .createUpdate(sql.get("schema.recordChecksum"))
        .bind(0, checksum)
        .bind(1, version)
        .execute();
  }

  /** A script of the database, by its path under {@code sql/<database>}, as shipped. */
  private static String script(Sql sql, String path) {
    String full = "sql/" + sql.dialect().directory() + "/" + path;
    String script = Sql.resource(full);
    if (script == null) {
      throw new StorageException("the migration " + full + " is missing from the class path", null);
    }
    return script;
  }

  /** The CRC-32 of a script's UTF-8 bytes. */
  static long checksum(String script) {
    CRC32 crc = new CRC32();
    crc.update(script.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The versions of the migration scripts, for tests. */
  static List<Integer> versions() {
    List<Integer> versions = new ArrayList<>();
    for (String name : SCRIPTS) {
      Matcher m = NAME.matcher(name);
      versions.add(m.matches() ? Integer.parseInt(m.group(1)) : -1);
    }
    return versions;
  }
}
