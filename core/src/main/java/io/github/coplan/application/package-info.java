/**
 * The use cases (ports in) and the services that carry them out.
 *
 * <p>Each use-case interface ({@link io.github.coplan.application.OrganisationUseCases}, {@link
 * io.github.coplan.application.PersonUseCases}, {@link io.github.coplan.application.PlanUseCases},
 * {@link io.github.coplan.application.ActivityUseCases}, {@link
 * io.github.coplan.application.ReportUseCases}) takes command records that validate themselves on
 * construction. Every change runs in one unit of work of the storage port: it loads the aggregates
 * it needs, checks the rules that span aggregates, and writes with a version check, so that bad
 * input and refused requests change nothing. Depends on the domain and the storage port only.
 */
@NullMarked
package io.github.coplan.application;

import org.jspecify.annotations.NullMarked;
