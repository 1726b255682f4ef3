package io.github.coplan.storage.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * JDBI's statement builder for one SQLite connection that keeps its prepared statements open for
 * reuse, by SQL text, so that a statement is compiled once per connection rather than once per
 * call. sqlite-jdbc has no statement cache of its own, and compiling costs about as much as running
 * the statements of a read by id (measured in {@code docs/benchmarks.md}); PostgreSQL's driver
 * keeps its server-side statements itself and does not need this.
 *
 * <p>At most {@link #CAPACITY} statements are kept; the least recently used one is closed first. A
 * statement still in use when the same SQL is asked for again is not shared: the second caller gets
 * one of its own, closed after use. Statements that return generated keys or updatable results are
 * built and closed as JDBI's default builder does. Like the handle it belongs to, not thread-safe.
 */
final class CachingStatementBuilder extends DefaultStatementBuilder {

  /** Builds one per handle; JDBI closes it, and its statements, with the handle. */
  static final StatementBuilderFactory FACTORY = connection -> new CachingStatementBuilder();

  /** How many prepared statements a connection keeps. */
  static final int CAPACITY = 256;

  private final Set<Statement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
  private final LinkedHashMap<String, PreparedStatement> cache =
      new LinkedHashMap<>(64, 0.75f, true);

  @Override
  public PreparedStatement create(Connection conn, String sql, StatementContext ctx)
      throws SQLException {
    if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
      return super.create(conn, sql, ctx);
    }
    PreparedStatement cached = cache.get(sql);
    if (cached != null && !cached.isClosed()) {
      if (inUse.contains(cached)) {
        return conn.prepareStatement(sql);
      }
      inUse.add(cached);
      return cached;
    }
    PreparedStatement statement = conn.prepareStatement(sql);
    cache.put(sql, statement);
    inUse.add(statement);
    evict();
    return statement;
  }

  @Override
  public void close(Connection conn, String sql, Statement stmt) throws SQLException {
    if (inUse.remove(stmt) && cache.get(sql) == stmt && !stmt.isClosed()) {
      // The parameters stay bound until the next use binds them all again: clearing them would make
      // SQLite compile
      // the statement again at its next step (sqlite3_clear_bindings expires a statement whose plan
      // depends on a
      // parameter), which tripled the time of a read by id in the profile of docs/benchmarks.md.
      stmt.clearWarnings();
      return;
    }
    stmt.close();
  }

  @Override
  public void close(Connection conn) {
    for (PreparedStatement statement : cache.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // the connection closes next and releases whatever is left
      }
    }
    cache.clear();
    inUse.clear();
  }

  private void evict() {
    Iterator<Map.Entry<String, PreparedStatement>> it = cache.entrySet().iterator();
    while (cache.size() > CAPACITY && it.hasNext()) {
      PreparedStatement eldest = it.next().getValue();
      if (!inUse.contains(eldest)) {
        it.remove();
        try {
          eldest.close();
        } catch (SQLException e) {
          // an evicted statement that cannot close is left to the connection
        }
      }
    }
  }
}
