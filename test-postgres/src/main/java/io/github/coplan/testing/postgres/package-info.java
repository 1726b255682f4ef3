/**
 * The PostgreSQL server that the project's own tests and benchmarks run on: {@link
 * io.github.coplan.testing.postgres.ThrowawayPostgres}, a throwaway server started on first use
 * from artifacts on Maven Central, or a server of one's own named by system properties.
 *
 * <p>A helper of the build, not part of the library: it is never published.
 */
@NullMarked
package io.github.coplan.testing.postgres;

import org.jspecify.annotations.NullMarked;
