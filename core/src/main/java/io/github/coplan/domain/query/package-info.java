/**
 * Read models shared by the use cases and the storage SPI: the typed activity search criteria
 * ({@link io.github.coplan.domain.query.ActivityQuery}), its sort and keyset cursor, the {@link
 * io.github.coplan.domain.query.Page} it returns, and the {@link
 * io.github.coplan.domain.query.PlanProgress} aggregates with the overdue and upcoming activities
 * they name ({@link io.github.coplan.domain.query.ActivitySummary}).
 *
 * <p>The semantics of every filter, the sort order and the cursor form are defined here once, so
 * that every adapter answers the same query with the same rows in the same order. Pure Java:
 * depends on {@code java.*}, Guava, the error family and the other domain packages.
 */
@NullMarked
package io.github.coplan.domain.query;

import org.jspecify.annotations.NullMarked;
