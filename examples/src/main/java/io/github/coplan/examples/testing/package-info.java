/**
 * How another project tests its own code against Coplan: a small service of an incubator's
 * application ({@link io.github.coplan.examples.testing.DelegationRoster}) and a storage decorator
 * ({@link io.github.coplan.examples.testing.CountingStorage}), whose tests run on {@code
 * InMemoryStorage} and the published storage contract suite.
 */
@NullMarked
package io.github.coplan.examples.testing;

import org.jspecify.annotations.NullMarked;
