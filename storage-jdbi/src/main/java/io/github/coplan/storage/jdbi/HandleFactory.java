package io.github.coplan.storage.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * Makes the JDBI handles of one store, all configured alike: prepared statements kept per
 * connection ({@link CachingStatementBuilder}), SQL passed to the driver as written (the store's
 * SQL has positional parameters only, bound by {@link Params}, and no templates), and no
 * complaint when a handle closes inside a transaction, since the store ends every transaction
 * itself. Thread-safe.
 *
 * <p>A handle is made around a connection the store opened itself or took from the user's data
 * source ({@link #wrap}).
 */
final class HandleFactory {

  private final ThreadLocal<Connection> handed = new ThreadLocal<>();
  /** Made when the first handle is: a store that runs only hot statements never sets JDBI up. */
  private volatile @Nullable Jdbi jdbi;

  HandleFactory() {}

  /** A handle around a connection; closing the handle closes the connection. */
  Handle wrap(Connection connection) {
    handed.set(connection);
    try {
      return jdbi().open();
    } finally {
      handed.remove();
    }
  }

  private Jdbi jdbi() {
    Jdbi j = jdbi;
    if (j == null) {
      synchronized (this) {
        j = jdbi;
        if (j == null) {
          j = create();
          jdbi = j;
        }
      }
    }
    return j;
  }

  private Jdbi create() {
    Jdbi j = Jdbi.create(new ConnectionFactory() {
      @Override
      public Connection openConnection() throws SQLException {
        Connection connection = handed.get();
        if (connection == null) {
          throw new SQLException("no connection was handed to the handle factory");
        }
        handed.remove();
        return connection;
      }

      @Override
      public void closeConnection(Connection toClose) throws SQLException {
        toClose.close();
      }
    });
    j.setStatementBuilderFactory(connection -> new CachingStatementBuilder());
    j.getConfig(SqlStatements.class).setTemplateEngine(new NoTemplateEngine()).setSqlParser(new AsWritten());
    j.getConfig(Handles.class).setForceEndTransactions(false);
    return j;
  }

  /** Passes SQL through unparsed: it has positional parameters only, which {@link Params} binds. */
  private static final class AsWritten implements SqlParser {
    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
      return ParsedSql.of(sql, ParsedParameters.positional(0));
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
      return "?";
    }
  }
}
