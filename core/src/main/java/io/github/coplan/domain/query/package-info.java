/**
 * Read models shared by the use cases and the storage SPI: the typed activity search criteria
 * ({@link io.github.coplan.domain.query.ActivityQuery}), its sort and keyset cursor, the look-ups
 * of plans, organisations and people ({@link io.github.coplan.domain.query.PlanQuery}, {@link
 * io.github.coplan.domain.query.OrganisationQuery}, {@link
 * io.github.coplan.domain.query.PersonQuery}) with their sorts and {@link
 * io.github.coplan.domain.query.LookupCursor}, the {@link io.github.coplan.domain.query.Page} they
 * all return, with a total when asked, and the {@link io.github.coplan.domain.query.PlanProgress}
 * aggregates with the overdue and upcoming activities they name ({@link
 * io.github.coplan.domain.query.ActivitySummary}).
 *
 * <p>The semantics of every filter, the sort order and the cursor form are defined here once, so
 * that every adapter answers the same query with the same rows in the same order. Pure Java:
 * depends on {@code java.*}, Guava, the error family and the other domain packages.
 */
@NullMarked
package io.github.coplan.domain.query;

import org.jspecify.annotations.NullMarked;
