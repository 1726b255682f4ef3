package io.github.coplan.storage.jdbi;

import java.sql.CallableStatement;
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
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the prepared statements of one connection open for reuse, by SQL text, so that a statement
 * is parsed and planned once per connection rather than once per call. At most {@link #CAPACITY}
 * statements are kept; the least recently used one is closed first. A statement that is still in use
 * when the same SQL is asked for again is not shared: the second caller gets a statement of its
 * own, closed after use. Like the JDBI handle it belongs to, not thread-safe.
 */
final class CachingStatementBuilder implements StatementBuilder {

  /** How many prepared statements a connection keeps. */
  static final int CAPACITY = 256;

  private final Set<Statement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
  private final LinkedHashMap<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true);

  @Override
  public Statement create(Connection conn, StatementContext ctx) throws SQLException {
    return conn.createStatement();
  }

  @Override
  public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
    if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
      return conn.prepareStatement(sql);
    }
    PreparedStatement cached = cache.get(sql);
    if (cached != null) {
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
  public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
    return conn.prepareCall(sql);
  }

  @Override
  public void close(Connection conn, String sql, Statement stmt) throws SQLException {
    if (inUse.remove(stmt) && cache.get(sql) == stmt) {
      stmt.clearWarnings();
      ((PreparedStatement) stmt).clearParameters();
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
