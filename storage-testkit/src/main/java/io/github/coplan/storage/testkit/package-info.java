/**
 * The storage contract suite: abstract JUnit Jupiter classes that prove a {@link
 * io.github.coplan.port.storage.Storage} adapter keeps the contract of the storage SPI.
 *
 * <p>Every contract class extends {@link io.github.coplan.storage.testkit.StorageContract}, whose
 * single abstract method {@link io.github.coplan.storage.testkit.StorageContract#createStorage()}
 * supplies a fresh, empty store for each test. JUnit runs a test class once, and a class has one
 * superclass, so an adapter writes one small test class per contract:
 *
 * <pre>{@code
 * class JdbiOrganisationRepositoryTest extends OrganisationRepositoryContract {
 *   @Override
 *   protected Storage createStorage() {
 *     return JdbiStorage.sqlite(tempDir.resolve("coplan.db"));
 *   }
 * }
 * }</pre>
 *
 * <p>The contracts are {@link io.github.coplan.storage.testkit.OrganisationRepositoryContract},
 * {@link io.github.coplan.storage.testkit.PersonRepositoryContract}, {@link
 * io.github.coplan.storage.testkit.PlanRepositoryContract}, {@link
 * io.github.coplan.storage.testkit.ActivityRepositoryContract}, {@link
 * io.github.coplan.storage.testkit.ActivitySearchContract}, {@link
 * io.github.coplan.storage.testkit.PlanSearchContract}, {@link
 * io.github.coplan.storage.testkit.OrganisationSearchContract}, {@link
 * io.github.coplan.storage.testkit.PersonSearchContract}, {@link
 * io.github.coplan.storage.testkit.EditingContract}, {@link
 * io.github.coplan.storage.testkit.PlanProgressContract}, {@link
 * io.github.coplan.storage.testkit.UnitOfWorkContract}, {@link
 * io.github.coplan.storage.testkit.ConcurrencyContract}, {@link
 * io.github.coplan.storage.testkit.ReferencePlanContract}, {@link
 * io.github.coplan.storage.testkit.BadInputContract}, {@link
 * io.github.coplan.storage.testkit.TextRulesContract}, {@link
 * io.github.coplan.storage.testkit.HistoryContract}, {@link
 * io.github.coplan.storage.testkit.ForgetContract}, {@link
 * io.github.coplan.storage.testkit.AccessContract}, {@link
 * io.github.coplan.storage.testkit.RestrictedSearchContract}, {@link
 * io.github.coplan.storage.testkit.AsOfContract}, {@link
 * io.github.coplan.storage.testkit.ItineraryContract}, {@link
 * io.github.coplan.storage.testkit.MarketContract}, {@link
 * io.github.coplan.storage.testkit.NetworkContract} and {@link
 * io.github.coplan.storage.testkit.ResultContract}; an adapter passes the storage contract when it
 * passes all of them. They can also be gathered in one class with JUnit's {@code @Nested} inner
 * classes, each extending one contract.
 *
 * <p>Every test method is {@code protected}. An adapter that cannot support a scenario overrides
 * that method with {@code @Test @Disabled("why")}, so that the gap is documented and reported as
 * skipped, never silently lost. Tuning knobs, such as the thread counts of the concurrency
 * contract, are protected methods too.
 *
 * <p>Depends on the Coplan core, the JUnit Jupiter API and AssertJ.
 */
@NullMarked
package io.github.coplan.storage.testkit;

import org.jspecify.annotations.NullMarked;
