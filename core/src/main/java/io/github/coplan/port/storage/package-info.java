/**
 * The storage SPI (ports out) that every storage adapter implements: a {@link
 * io.github.coplan.port.storage.Storage} that runs a {@link io.github.coplan.port.storage.UnitOfWork}
 * atomically, and one repository per aggregate.
 *
 * <p>The Javadoc of these interfaces is the contract; the {@code coplan-storage-testkit} suite
 * proves it for an adapter. In short: a unit of work is all or nothing, across aggregates; every
 * aggregate has a version, and an update against a stale version throws {@link
 * io.github.coplan.domain.error.ConflictException} and changes nothing; uniqueness of plan codes,
 * organisation identifiers and ids is enforced by the store; queries and aggregates are answered
 * inside the store; every failure is a {@link io.github.coplan.domain.error.CoplanException}.
 * Depends on the domain only.
 */
@NullMarked
package io.github.coplan.port.storage;

import org.jspecify.annotations.NullMarked;
