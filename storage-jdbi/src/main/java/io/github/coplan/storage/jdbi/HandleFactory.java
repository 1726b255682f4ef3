package io.github.coplan.storage.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
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
 * <p>A handle is made either around a connection the store opened itself ({@link #wrap}) or with a
 * connection from the user's {@link DataSource} ({@link #open}).
 */
final class HandleFactory {

  private final Jdbi jdbi;
  private final ThreadLocal<Connection> handed = new ThreadLocal<>();

  HandleFactory(@Nullable DataSource dataSource) {
    this.jdbi = Jdbi.create(new ConnectionFactory() {
      @Override
      public Connection openConnection() throws SQLException {
        Connection connection = handed.get();
        if (connection != null) {
          handed.remove();
          return connection;
        }
        if (dataSource == null) {
          throw new SQLException("no connection was handed to the handle factory");
        }
        return dataSource.getConnection();
      }

      @Override
      public void closeConnection(Connection toClose) throws SQLException {
        toClose.close();
      }
    });
    jdbi.setStatementBuilderFactory(connection -> new CachingStatementBuilder());
    jdbi.getConfig(SqlStatements.class).setTemplateEngine(new NoTemplateEngine()).setSqlParser(new AsWritten());
    jdbi.getConfig(Handles.class).setForceEndTransactions(false);
  }

  /** A handle around a connection the store opened; closing the handle closes the connection. */
  Handle wrap(Connection connection) {
    handed.set(connection);
    try {
      return jdbi.open();
    } finally {
      handed.remove();
    }
  }

  /** A handle with a connection from the data source; closing the handle gives it back. */
  Handle open() {
    return jdbi.open();
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
