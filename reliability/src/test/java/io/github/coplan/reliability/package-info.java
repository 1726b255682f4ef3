/**
 * The reliability campaigns of Coplan, each with a short mode that runs in every build and a long
 * mode behind {@code -Dcoplan.long=true} (or {@code -Plong}); see {@code docs/reliability.md}.
 *
 * <ul>
 *   <li>crash safety: a writer process killed with SIGKILL at random moments, then the SQLite file
 *       checked ({@link io.github.coplan.reliability.CrashSafetyCampaignTest});
 *   <li>concurrency: read-modify-write updates from many threads and two processes on every store
 *       ({@link io.github.coplan.reliability.ConcurrencyCampaignTest});
 *   <li>hostile input: one matrix of bad inputs run against every store, with the same error code
 *       everywhere and the store unchanged ({@link
 *       io.github.coplan.reliability.HostileInputMatrixTest});
 *   <li>fuzzing with Jazzer: the partial-date parser, the text rules and folding, and the search
 *       criteria on SQLite ({@link io.github.coplan.reliability.PartialDateFuzzTest}, {@link
 *       io.github.coplan.reliability.TextFuzzTest}, {@link
 *       io.github.coplan.reliability.SearchCriteriaFuzzTest});
 *   <li>coverage: the JaCoCo figures of {@code core} over the whole build ({@link
 *       io.github.coplan.reliability.CoverageSummary}).
 * </ul>
 */
@NullMarked
package io.github.coplan.reliability;

import org.jspecify.annotations.NullMarked;
