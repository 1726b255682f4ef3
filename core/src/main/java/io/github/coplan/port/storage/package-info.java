/**
 * The storage SPI (ports out) that every storage adapter implements: a {@link
 * io.github.coplan.port.storage.Storage} that runs a {@link
 * io.github.coplan.port.storage.UnitOfWork} atomically, and one repository per aggregate.
 *
 * <p>The Javadoc of these interfaces is the contract; the {@code coplan-storage-testkit} suite
 * proves it for an adapter. In short: a unit of work is all or nothing, across aggregates; every
 * aggregate has a version, and an update against a stale version throws {@link
 * io.github.coplan.domain.error.ConflictException} and changes nothing; uniqueness of plan codes,
 * organisation identifiers and ids is enforced by the store; queries and aggregates are answered
 * inside the store; every failure is a {@link io.github.coplan.domain.error.CoplanException}.
 * Depends on the domain only.
 *
 * <h2>What belongs to the SPI</h2>
 *
 * <p>This package, and the nested {@code ForAdapters} classes of the domain, which rebuild what a
 * store holds and give the reference semantics of a query: {@link
 * io.github.coplan.domain.activity.Activity.ForAdapters}, {@link
 * io.github.coplan.domain.plan.CooperationPlan.ForAdapters}, {@link
 * io.github.coplan.domain.organisation.Organisation.ForAdapters}, {@link
 * io.github.coplan.domain.person.Person.ForAdapters}, {@link
 * io.github.coplan.domain.query.ActivityQuery.ForAdapters}, {@link
 * io.github.coplan.domain.query.PlanQuery.ForAdapters}, {@link
 * io.github.coplan.domain.query.OrganisationQuery.ForAdapters} and {@link
 * io.github.coplan.domain.query.PersonQuery.ForAdapters}. Applications do not call them.
 *
 * <h2>Compatibility</h2>
 *
 * <p>The SPI is versioned with the library, and a store adapter is correct for a version when it
 * passes that version's {@code coplan-storage-testkit}. From 1.0, within a major version, no SPI
 * type or method is removed or changed incompatibly; a method added to an interface an adapter
 * implements comes with a default implementation, or in a release whose notes say so and whose test
 * kit checks it. Before 1.0 (0.x), a minor release may change the SPI, and its notes list every
 * change. Each SPI type says since when it exists ({@code @since}).
 *
 * <h2>Nullness</h2>
 *
 * <p>As in the whole API, every type here is non-null unless marked {@link
 * org.jspecify.annotations.Nullable}: a repository returns {@link java.util.Optional} for a look-up
 * that may find nothing, and a {@link io.github.coplan.port.storage.UnitOfWork} may return null
 * when its type argument says so.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.coplan.port.storage;

import org.jspecify.annotations.NullMarked;
