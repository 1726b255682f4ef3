/**
 * The in-memory storage adapter: {@link io.github.coplan.storage.memory.InMemoryStorage}.
 *
 * <p>Meant for other projects' test suites and for small, short-lived applications. It keeps the
 * whole storage contract of {@code io.github.coplan.port.storage} — atomic units of work, version
 * checks, uniqueness, the same errors and the same ordering as the SQL adapter — and answers
 * queries from indexes by plan, participant, plan code and organisation identifier, and the
 * market's candidates from postings by category and keyword. Depends on the core's public API and
 * SPI only.
 */
@NullMarked
package io.github.coplan.storage.memory;

import org.jspecify.annotations.NullMarked;
