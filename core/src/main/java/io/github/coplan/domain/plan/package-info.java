/**
 * The {@link io.github.coplan.domain.plan.CooperationPlan} aggregate: who agreed with whom ({@link
 * io.github.coplan.domain.plan.Party parties} in IATI roles), which numbered {@link
 * io.github.coplan.domain.plan.ContentArea content areas} they committed to, the documents behind
 * it and its lifecycle.
 *
 * <p>Pure Java: depends on {@code java.*}, Guava, the error family, {@code domain.shared} and the
 * organisation ids of {@code domain.organisation}.
 */
@NullMarked
package io.github.coplan.domain.plan;

import org.jspecify.annotations.NullMarked;
