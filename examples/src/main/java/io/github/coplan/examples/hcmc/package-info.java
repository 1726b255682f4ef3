/**
 * The reference case, end to end: the 2018–2021 innovation cooperation plan of Ho Chi Minh City's
 * Department of Science and Technology and the Israel Innovation Authority, recorded as the
 * announcement of 15 August 2018 states it, on an embedded SQLite file.
 *
 * <p>{@link io.github.coplan.examples.hcmc.HcmcIsraelInnovationPlan} is the runnable app; {@link
 * io.github.coplan.examples.hcmc.ReferencePlan} records the plan through the public API only;
 * {@link io.github.coplan.examples.hcmc.ProgressReportFormatter} prints its progress report.
 */
@NullMarked
package io.github.coplan.examples.hcmc;

import org.jspecify.annotations.NullMarked;
