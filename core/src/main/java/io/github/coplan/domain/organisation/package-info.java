/**
 * The {@link io.github.coplan.domain.organisation.Organisation} aggregate: public bodies,
 * universities, incubators, companies and embassies that take part in plans, typed by IATI
 * organisation type and identified by external identifiers that are unique in a store.
 *
 * <p>Pure Java: depends on {@code java.*}, Guava, the error family and {@code domain.shared}.
 */
@NullMarked
package io.github.coplan.domain.organisation;

import org.jspecify.annotations.NullMarked;
