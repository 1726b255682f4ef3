/**
 * Durable storage for Coplan on JDBI 3: an embedded SQLite file by default, PostgreSQL when several
 * application instances share one database. {@link io.github.coplan.storage.jdbi.JdbiStorage} is
 * the entry point and {@link io.github.coplan.storage.jdbi.JdbiOptions} what a user tunes;
 * everything else in this package is internal.
 *
 * <p>Both databases share one schema and one set of queries; where they differ, each has its own
 * SQL resource under {@code io/github/coplan/storage/jdbi/sql/{common,sqlite,postgres}}. Table
 * names carry a prefix ({@code coplan_} by default). The schema is created and migrated on start by
 * scripts with Flyway-compatible names under {@code sql/<database>/migration}, each of which
 * records itself in the table {@code coplan_schema_history}, so that a user may also run them with
 * a tool of their own and open the store in {@link
 * io.github.coplan.storage.jdbi.JdbiOptions.SchemaMode#VALIDATE} mode. A migration may also have a
 * step in Java (migration 3 folds the stored search text again), which a store runs when it opens
 * the database in {@link io.github.coplan.storage.jdbi.JdbiOptions.SchemaMode#MIGRATE} mode.
 *
 * <p>Depends on the Coplan core, {@code jdbi3-core}, {@code sqlite-jdbc} and Guava; when PostgreSQL
 * is used, on the PostgreSQL JDBC driver, and when it is opened by URL, on HikariCP.
 */
@NullMarked
package io.github.coplan.storage.jdbi;

import org.jspecify.annotations.NullMarked;
