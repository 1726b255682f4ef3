package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The named SQL statements of one database, read once per JVM from the resources under {@code
 * sql/common} and overridden or completed by those under {@code sql/<database>}. Immutable and
 * thread-safe.
 *
 * <p>A resource holds statements, each introduced by a line {@code -- name: <name>} and ending
 * where the next begins; other lines starting with {@code --} are comments. Table names carry the
 * placeholder {@value #PREFIX} (Flyway's syntax, so that the migration scripts run under Flyway
 * too), replaced by the store's table prefix when the statements are read.
 */
final class Sql {

  private static final String ROOT = "sql/";
  private static final List<String> FILES =
      List.of(
          "organisation",
          "person",
          "plan",
          "activity",
          "search",
          "lookup",
          "progress",
          "history",
          "access",
          "market",
          "network",
          "result",
          "schema");
  private static final String NAME = "-- name:";

  /** The placeholder of the table prefix in the SQL resources. */
  static final String PREFIX = "${prefix}";

  private static final Map<String, Sql> LOADED = new HashMap<>();

  private final Dialect dialect;
  private final String prefix;
  private final Map<String, String> statements;

  private Sql(Dialect dialect, String prefix, Map<String, String> statements) {
    this.dialect = dialect;
    this.prefix = prefix;
    this.statements = Map.copyOf(statements);
  }

  /** The statements of a database with the default table prefix, read on first use. */
  static Sql of(Dialect dialect) {
    return of(dialect, JdbiOptions.DEFAULT_TABLE_PREFIX);
  }

  /** The statements of a database with a table prefix, read on first use. */
  static synchronized Sql of(Dialect dialect, String prefix) {
    return LOADED.computeIfAbsent(dialect + "/" + prefix, key -> load(dialect, prefix));
  }

  /** The table prefix these statements use. */
  String prefix() {
    return prefix;
  }

  /** A text with the placeholder of the table prefix replaced by this prefix. */
  String withPrefix(String text) {
    return text.replace(PREFIX, prefix);
  }

  /** The dialect these statements are for. */
  Dialect dialect() {
    return dialect;
  }

  /** A statement by name; a missing name is a defect of this library. */
  String get(String name) {
    String text = statements.get(name);
    if (text == null) {
      throw new StorageException(
          "no SQL statement named " + name + " for " + dialect.displayName(), null);
    }
    return text;
  }

  private static Sql load(Dialect dialect, String prefix) {
    Map<String, String> statements = new HashMap<>();
    for (String file : FILES) {
      String common = resource(ROOT + "common/" + file + ".sql");
      if (common != null) {
        parse(common, statements);
      }
      String own = resource(ROOT + dialect.directory() + "/" + file + ".sql");
      if (own != null) {
        parse(own, statements);
      }
    }
    statements.replaceAll((name, text) -> text.replace(PREFIX, prefix));
    return new Sql(dialect, prefix, statements);
  }

  /** Reads a resource beside this class, or null if there is none. */
  static @Nullable String resource(String path) {
    try (InputStream in = Sql.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("could not read the SQL resource " + path, e);
    }
  }

  private static void parse(String text, Map<String, String> into) {
    @Nullable String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith(NAME)) {
        put(name, body, into);
        name = trimmed.substring(NAME.length()).strip();
        body.setLength(0);
      } else if (!trimmed.startsWith("--") && !trimmed.isEmpty() && name != null) {
        body.append(body.length() == 0 ? "" : "\n").append(line.stripTrailing());
      }
    }
    put(name, body, into);
  }

  private static void put(@Nullable String name, StringBuilder body, Map<String, String> into) {
    if (name != null) {
      String text = body.toString();
      into.put(name, text.endsWith(";") ? text.substring(0, text.length() - 1) : text);
    }
  }
}
