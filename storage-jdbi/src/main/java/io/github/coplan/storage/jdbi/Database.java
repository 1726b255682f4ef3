package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Where a store's units of work run: JDBI over a SQLite file ({@link SqliteDatabase}) or a
 * PostgreSQL data source ({@link PostgresDatabase}). Implementations are thread-safe.
 */
interface Database {

  /** Which database it is. */
  Dialect dialect();

  /**
   * Runs work in one transaction on one handle: committed if the work returns, rolled back if it
   * throws. A read-only transaction reads one snapshot; a writing one is serializable.
   *
   * @throws StorageException if the store is closed or no connection can be had
   */
  <T> T inTransaction(boolean readOnly, HandleCallback<T, RuntimeException> work);

  /** Runs work on a handle outside any transaction of the store's: the schema check, tests. */
  <T> T withHandle(boolean readOnly, HandleCallback<T, RuntimeException> work);

  /**
   * Called once a unit of work that erased data from the history has committed, outside any
   * transaction: clears, as far as the database allows, what it keeps of the erased values outside
   * its tables. Never throws; a failure is logged, since the erasure itself has committed.
   */
  default void afterErasure() {}

  /** Closes what the store opened; units of work that are running finish first. */
  void close();

  /** The error of every call on a closed store. */
  static StorageException closed() {
    return new StorageException("the store is closed", null);
  }

  /**
   * Configures a store's {@link Jdbi}: Coplan's types ({@link CoplanTypes}); SQL as written in the
   * store's resources, which use no templates ({@link NoTemplateEngine}), parsed by JDBI's {@link
   * ColonPrefixSqlParser} for its {@code ?} parameters, which keeps the parsed form of the last
   * 1,000 statements it saw (the store runs far fewer distinct ones), so that a statement is parsed
   * once.
   */
  static Jdbi configure(Jdbi jdbi, Dialect dialect) {
    jdbi.installPlugin(new CoplanTypes(dialect));
    jdbi.getConfig(SqlStatements.class)
        .setTemplateEngine(new NoTemplateEngine())
        .setSqlParser(new ColonPrefixSqlParser());
    return jdbi;
  }
}
