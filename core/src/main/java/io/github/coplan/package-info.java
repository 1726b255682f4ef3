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
 * Packages named {@code internal} are neither: they are not exported from the module, and may
 * change in any release.
 *
 * <h2>Nullness</h2>
 *
 * <p>Every package is {@link org.jspecify.annotations.NullMarked}: a parameter, return value or
 * record component is never null unless it is annotated {@link org.jspecify.annotations.Nullable}.
 * One convention holds throughout:
 *
 * <ul>
 *   <li>an optional part of a value's state is a {@code @Nullable} accessor: {@code
 *       Activity.actualStart()}, {@code CooperationPlan.summary()}, {@code DateSpan.end()}, {@code
 *       Page.nextCursor()};
 *   <li>a look-up that may find nothing returns {@link java.util.Optional}: {@code
 *       PlanUseCases.findByCode}, the repositories' {@code findById};
 *   <li>an optional part of a command is left out with a shorter constructor, a factory or a {@code
 *       with...} method rather than passed as null.
 * </ul>
 *
 * <p>A null passed where none is allowed is refused with an {@link
 * io.github.coplan.domain.error.InvalidInputException} naming its path, never a {@link
 * NullPointerException}; a project that runs a nullness checker (NullAway, the Checker Framework,
 * IntelliJ's inspections) is told at compile time.
 */
@NullMarked
package io.github.coplan;

import org.jspecify.annotations.NullMarked;
