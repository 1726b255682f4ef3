/**
 * The {@link io.github.coplan.domain.activity.Activity} aggregate: study tours, workshops, expert
 * missions, showcases and the rest, with their planned spans, actual dates, location, lead party,
 * parent, {@link io.github.coplan.domain.activity.Participation participations} and lifecycle.
 *
 * <p>Pure Java: depends on {@code java.*}, Guava, the error family, {@code domain.shared} and the
 * ids of the organisation, person and plan packages.
 */
@NullMarked
package io.github.coplan.domain.activity;

import org.jspecify.annotations.NullMarked;
