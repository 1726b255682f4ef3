/**
 * The {@link io.github.coplan.domain.person.Person} aggregate: experts, officials, founders and
 * delegates, with dated {@link io.github.coplan.domain.person.Affiliation affiliations} to
 * organisations.
 *
 * <p>Pure Java: depends on {@code java.*}, Guava, the error family, {@code domain.shared} and the
 * organisation ids of {@code domain.organisation}.
 */
@NullMarked
package io.github.coplan.domain.person;

import org.jspecify.annotations.NullMarked;
