/**
 * The results framework of a plan, after IATI's: a {@link io.github.coplan.domain.result.Result}
 * holds {@link io.github.coplan.domain.result.Indicator}s, each with a measure, a direction, a
 * {@link io.github.coplan.domain.result.Baseline} and {@link
 * io.github.coplan.domain.result.Period}s with targets; reporters add {@link
 * io.github.coplan.domain.result.Observation}s, typed {@link io.github.coplan.domain.result.Value}s
 * that are reviewed before they count.
 *
 * <p>A period's {@link io.github.coplan.domain.result.Actual} and an indicator's {@link
 * io.github.coplan.domain.result.Progress} are derived from the approved observations each time
 * they are asked for, never stored, and show their working: the formula, its inputs and what it
 * could not compute. "Not reported" is never zero; percentages combine as the ratio of sums, never
 * a mean of percentages; a cumulative indicator takes its latest value, never a sum.
 */
@NullMarked
package io.github.coplan.domain.result;

import org.jspecify.annotations.NullMarked;
