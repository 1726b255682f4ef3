/**
 * A cooperation plan as IATI 2.03 activity XML: {@link io.github.coplan.outputs.iati.IatiExport}.
 *
 * <p>A plan is an {@code iati-activity} of hierarchy 1 and each of its content areas an activity of
 * hierarchy 2, linked to it by {@code related-activity} (parent 1, child 2). What the standard
 * needs and a plan does not hold (the reporting organisation, the sectors, the recipient countries)
 * comes from {@link io.github.coplan.outputs.iati.IatiOptions}. Before anything is written, a
 * {@link io.github.coplan.outputs.iati.Preflight} report lists every problem that would make the
 * file invalid against the 2.03 schema or break a rule of the IATI ruleset, each with the Coplan
 * field it comes from; an export with an error in it is refused and writes nothing.
 *
 * <p>Dates follow three rules: a partial date is written as its first day for a start (activity
 * date types 1 and 2) and its last day for an end (types 3 and 4), with the date as the plan states
 * it ({@code 2018-Q4}) in the element's narrative; an actual date whose day is after today is never
 * written; and an unknown date or value is left out, never written as zero.
 */
@NullMarked
package io.github.coplan.outputs.iati;

import org.jspecify.annotations.NullMarked;
