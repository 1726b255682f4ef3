/**
 * JMH benchmarks of Coplan against the raw floor: each Coplan path and its hand-written counterpart
 * (JDBC on the same schema, a plain {@link java.util.concurrent.ConcurrentHashMap}) run in the same
 * JMH run, so that every row has a ratio. {@link io.github.coplan.benchmarks.Run} runs the whole
 * table in a quick or a full mode and prints it; see {@code docs/benchmarks.md}.
 */
@NullMarked
package io.github.coplan.benchmarks;

import org.jspecify.annotations.NullMarked;
