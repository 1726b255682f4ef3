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
 * them ({@code V1__init.sql}), listed in {@link #SCRIPTS} and applied in order. Table names carry the
 * placeholder {@code ${prefix}} (Flyway's syntax), replaced by the store's table prefix. Each script
 * ends by recording its version in {@code <prefix>schema_history}, so a schema that a user migrated
 * with a tool of their own is recognised too; the store then records the script's checksum (the
 * CRC-32 of its text as shipped, before the placeholder is replaced, as Flyway computes it) beside
 * it, and refuses to open a database where a script it applied has changed since: what that database
 * holds may not be what this library's scripts make. A version recorded by another tool has no
 * checksum, and is not checked.
 *
 * <p>Opening a store whose schema is current costs three small queries and takes no lock: only a
 * database that lacks migrations is locked (SQLite's write lock, a PostgreSQL advisory lock), checked
 * again, and migrated in one transaction, so that stores opening at the same time migrate once.
 *
 * <p>A database made by a version of Coplan whose tables had no prefix (its history has no checksum
 * column) gets its tables and indexes renamed with the prefix, in the same transaction, by {@code
 * sql/<database>/upgrade/prefix_tables.sql}; its scripts' checksums are recorded then.
 *
 * <p>A database whose schema is newer than this library's is refused, in either mode: this library
 * could damage data it does not know.
 */
final class Migrator {

  /** The migration scripts, oldest first; their versions must be 1, 2, 3, … in this order. */
  static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__window_search_indexes.sql");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

  private Migrator() {}

  /** The schema version this library needs. */
  static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * What the history of a database says: its version (-1 without a history, 0 with an empty one),
   * the checksum recorded per version (null where none was), and whether it predates checksums and
   * table prefixes.
   */
  record History(int version, Map<Integer, @Nullable Long> checksums, boolean unprefixed) {}

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
    if (history.version() == latest && !history.unprefixed()) {
      return 0;
    }
    if (mode == JdbiOptions.SchemaMode.VALIDATE) {
      String where = "io/github/coplan/storage/jdbi/sql/" + dialect.directory() + "/migration";
      throw new StorageException(history.version() < 0
          ? "the " + name + " database has no Coplan schema; open the store in schema mode MIGRATE, or run the"
              + " migration scripts under " + where + " first"
          : history.unprefixed()
          ? "the " + name + " database was made by an earlier version of Coplan whose tables have no prefix; open the store"
              + " in schema mode MIGRATE once to rename them"
          : "the " + name + " database's Coplan schema is at version " + history.version() + " but this library needs version "
              + latest + "; open the store in schema mode MIGRATE, or run the migration scripts under " + where,
          null);
    }
    // READ COMMITTED on PostgreSQL, so that the history read again after the lock sees what another store committed
    // meanwhile; a SQLite transaction is serializable and holds the write lock from its start.
    TransactionIsolationLevel level = dialect == Dialect.POSTGRES ? TransactionIsolationLevel.READ_COMMITTED : TransactionIsolationLevel.SERIALIZABLE;
    int applied = database.withHandle(false, handle -> handle.inTransaction(level, h -> {
      if (dialect == Dialect.POSTGRES) {
        h.createQuery(sql.get("schema.lock")).mapTo(String.class).one();
      }
      // Another store may have migrated while this one waited for the lock.
      History now = history(h, sql);
      check(now, sql);
      if (now.unprefixed()) {
        h.createScript(sql.withPrefix(script(sql, "upgrade/prefix_tables.sql"))).execute();
        for (int v = 1; v <= now.version(); v++) {
          record(h, sql, v);
        }
        LOG.log(System.Logger.Level.INFO, "renamed the tables of the {0} database with the prefix {1}", name, sql.prefix());
      }
      int count = 0;
      for (int v = Math.max(now.version(), 0) + 1; v <= latest; v++) {
        apply(h, sql, v);
        count++;
      }
      return count;
    }));
    if (applied > 0) {
      LOG.log(System.Logger.Level.INFO, "migrated the {0} database''s Coplan schema to version {1}: {2} migration(s) applied", name,
          latest, applied);
    }
    return applied;
  }

  /** Reads the history of a database. */
  static History history(Handle handle, Sql sql) {
    if (handle.createQuery(sql.get("schema.historyExists")).mapTo(Integer.class).one() == 0) {
      return new History(-1, Map.of(), false);
    }
    if (handle.createQuery(sql.get("schema.hasChecksums")).mapTo(Integer.class).one() == 0) {
      return new History(handle.createQuery(sql.get("schema.version")).mapTo(Integer.class).one(), Map.of(), true);
    }
    Map<Integer, @Nullable Long> checksums = new HashMap<>();
    int[] version = {0};
    handle.createQuery(sql.get("schema.history")).map((rs, ctx) -> {
      int v = rs.getInt(1);
      long checksum = rs.getLong(2);
      checksums.put(v, rs.wasNull() ? null : checksum);
      version[0] = Math.max(version[0], v);
      return v;
    }).list();
    return new History(version[0], checksums, false);
  }

  /** The schema version recorded in the database: -1 without a history table, 0 with an empty one. */
  static int version(Handle handle, Sql sql) {
    return history(handle, sql).version();
  }

  /** Refuses a schema newer than this library's, or one a script of which changed since it was applied. */
  private static void check(History history, Sql sql) {
    String name = sql.dialect().displayName();
    int latest = latestVersion();
    if (history.version() > latest) {
      throw new StorageException("the " + name + " database's Coplan schema is at version " + history.version()
          + ", newer than version " + latest + " that this library knows; open it with a newer Coplan", null);
    }
    history.checksums().forEach((version, recorded) -> {
      if (recorded != null && version >= 1 && version <= latest) {
        String script = SCRIPTS.get(version - 1);
        long now = checksum(script(sql, "migration/" + script));
        if (recorded != now) {
          throw new StorageException("the migration " + script + " was changed after it was applied to the " + name + " database"
              + " (checksum " + recorded + " recorded, " + now + " now); the database may not hold what this library's scripts make,"
              + " so the store does not open it", null);
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
      throw new StorageException("the migration " + name + " did not record version " + version + " in " + sql.prefix() + "schema_history",
          null);
    }
    record(handle, sql, version);
    LOG.log(System.Logger.Level.DEBUG, "applied the migration {0}", name);
  }

  /** Records the checksum of a version's script beside the version. */
  private static void record(Handle handle, Sql sql, int version) {
    long checksum = checksum(script(sql, "migration/" + SCRIPTS.get(version - 1)));
    handle.createUpdate(sql.get("schema.recordChecksum")).bind(0, checksum).bind(1, version).execute();
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
