package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Brings a database's schema to this library's version, or checks that it is there.
 *
 * <p>The migrations are SQL scripts under {@code sql/<database>/migration}, named as Flyway names
 * them ({@code V1__init.sql}), listed in {@link #SCRIPTS} and applied in order. Each script ends by
 * recording its version in {@code coplan_schema_history}, so a schema that a user migrated with a
 * tool of their own is recognised too. Opening a store whose schema is current costs two small
 * queries and takes no lock: only a database that lacks migrations is locked (SQLite's write lock,
 * a PostgreSQL advisory lock), checked again, and migrated in one transaction, so that stores opening
 * at the same time migrate once.
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
   * Checks the schema, migrating it if the mode allows.
   *
   * @param database the database
   * @param mode migrate or only validate
   * @return how many migrations were applied
   * @throws StorageException if the schema is newer than this library's, or (when only validating)
   *     missing or older, or a migration fails
   */
  static int run(Database database, JdbiOptions.SchemaMode mode) {
    Dialect dialect = database.dialect();
    Sql sql = Sql.of(dialect);
    String name = dialect.displayName();
    int latest = latestVersion();
    int current = database.withHandle(false, handle -> version(handle, sql));
    if (current > latest) {
      throw newer(name, current, latest);
    }
    if (current == latest) {
      return 0;
    }
    if (mode == JdbiOptions.SchemaMode.VALIDATE) {
      String where = "io/github/coplan/storage/jdbi/sql/" + dialect.directory() + "/migration";
      throw new StorageException(current < 0
          ? "the " + name + " database has no Coplan schema; open the store in schema mode MIGRATE, or run the"
              + " migration scripts under " + where + " first"
          : "the " + name + " database's Coplan schema is at version " + current + " but this library needs version "
              + latest + "; open the store in schema mode MIGRATE, or run the migration scripts under " + where,
          null);
    }
    // READ COMMITTED on PostgreSQL, so that the version read again after the lock sees what another store committed
    // meanwhile; a SQLite transaction is serializable and holds the write lock from its start.
    TransactionIsolationLevel level = dialect == Dialect.POSTGRES ? TransactionIsolationLevel.READ_COMMITTED : TransactionIsolationLevel.SERIALIZABLE;
    int applied = database.withHandle(false, handle -> handle.inTransaction(level, h -> {
      if (dialect == Dialect.POSTGRES) {
        h.createQuery(sql.get("schema.lock")).mapTo(Integer.class).one();
      }
      // Another store may have migrated while this one waited for the lock.
      int now = version(h, sql);
      if (now > latest) {
        throw newer(name, now, latest);
      }
      int count = 0;
      for (int v = Math.max(now, 0) + 1; v <= latest; v++) {
        apply(h, sql, v);
        count++;
      }
      return count;
    }));
    if (applied > 0) {
      LOG.log(System.Logger.Level.INFO, "migrated the {0} database''s Coplan schema to version {1}: {2} migration(s) applied", name, latest,
          applied);
    }
    return applied;
  }

  /** The schema version recorded in the database: -1 without a history table, 0 with an empty one. */
  static int version(Handle handle, Sql sql) {
    int tables = handle.createQuery(sql.get("schema.historyExists")).mapTo(Integer.class).one();
    if (tables == 0) {
      return -1;
    }
    return handle.createQuery(sql.get("schema.version")).mapTo(Integer.class).one();
  }

  private static void apply(Handle handle, Sql sql, int version) {
    String name = SCRIPTS.get(version - 1);
    Matcher m = NAME.matcher(name);
    if (!m.matches() || Integer.parseInt(m.group(1)) != version) {
      throw new StorageException("the migration " + name + " is not version " + version, null);
    }
    String path = "sql/" + sql.dialect().directory() + "/migration/" + name;
    String script = Sql.resource(path);
    if (script == null) {
      throw new StorageException("the migration " + path + " is missing from the class path", null);
    }
    handle.createScript(script).execute();
    if (version(handle, sql) != version) {
      throw new StorageException("the migration " + name + " did not record version " + version + " in coplan_schema_history", null);
    }
    LOG.log(System.Logger.Level.DEBUG, "applied the migration {0}", name);
  }

  private static StorageException newer(String database, int current, int latest) {
    return new StorageException("the " + database + " database's Coplan schema is at version " + current
        + ", newer than version " + latest + " that this library knows; open it with a newer Coplan", null);
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
