/**
 * The entry point of Coplan: {@link io.github.coplan.Coplan}, built over a storage adapter.
 *
 * <pre>{@code
 * Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build();
 * CooperationPlan plan = coplan.plans().draft(new DraftPlan(...));
 * }</pre>
 *
 * <p>The API lives in {@code io.github.coplan.application} (use cases and commands) and {@code
 * io.github.coplan.domain.*} (the model); the storage SPI in {@code io.github.coplan.port.storage}.
 */
@NullMarked
package io.github.coplan;

import org.jspecify.annotations.NullMarked;
