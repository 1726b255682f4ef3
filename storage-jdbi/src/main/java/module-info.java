/**
 * The JDBI storage adapter of Coplan: {@link io.github.coplan.storage.jdbi.JdbiStorage}, on a
 * SQLite file or a PostgreSQL database. Its SQL resources are read through its own classes, so
 * their packages need not be opened.
 *
 * <p>The PostgreSQL driver and HikariCP are optional, as in the POM ({@code requires static}): an
 * application that opens a PostgreSQL store by JDBC URL puts both on its module path and resolves
 * them, by requiring them or with {@code --add-modules org.postgresql.jdbc,com.zaxxer.hikari}; one
 * that passes its own {@code DataSource} needs only the driver.
 *
 * <p>JDBI and the PostgreSQL driver have no module descriptor; they are automatic modules under the
 * names their manifests give ({@code Automatic-Module-Name}), which are stable.
 */
@SuppressWarnings("requires-automatic")
module io.github.coplan.storage.jdbi {
  requires transitive io.github.coplan.core;
  // DataSource is in the API (JdbiStorage.postgres)
  requires transitive java.sql;
  requires com.google.common;
  requires org.jdbi.v3.core;
  // JDBI's own dependencies: as an automatic module it declares none, so nothing else would resolve
  // them
  requires io.leangen.geantyref;
  requires org.slf4j;
  requires org.xerial.sqlitejdbc;
  requires static com.zaxxer.hikari;
  requires static org.postgresql.jdbc;

  exports io.github.coplan.storage.jdbi;
}
