package io.github.coplan.application;

import io.github.coplan.domain.access.Actor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every use case of Coplan, by the kind of thing it works on, acting as one {@link Actor}. Get one
 * with {@link io.github.coplan.Coplan#actingAs}; each command runs in a transaction of its own,
 * unless it runs inside {@link #inTransaction}, whose work gets use cases bound to that one
 * transaction.
 *
 * <p>Thread-safe, and cheap to make: a server makes one per request, for the user it serves. The
 * use cases handed to a transaction's work are valid only while the work runs.
 */
public interface UseCases {

  /**
   * Who the use cases act as.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * Runs work in one transaction and returns what it returns: every command it runs through {@code
   * tx} is committed when it returns, or none is when it throws. Inside a transaction already (when
   * these use cases were handed to a transaction's work), the work joins that transaction.
   *
   * <p>The store's conflict policy is the one single commands have: where the store retries a
   * transaction that lost a conflict with a concurrent one (PostgreSQL), it runs the whole work
   * again, so the work must do nothing outside {@code tx} that cannot be done twice. Run commands
   * through {@code tx} only: a command run through other use cases inside the work would need a
   * transaction of its own, which the stores refuse while one is open on the same thread.
   *
   * <pre>{@code
   * CooperationPlan plan = uses.inTransaction(tx -> {
   *   CooperationPlan drafted = tx.plans().draft(new DraftPlan(code, title).withPeriod(period));
   *   tx.plans().addParty(new AddParty(drafted.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
   *   return tx.plans().addParty(new AddParty(drafted.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
   * });
   * }</pre>
   *
   * @param work the work, given the use cases bound to the transaction
   * @param <T> what the work returns
   * @return what the work returned
   * @throws io.github.coplan.domain.error.CoplanException the first error a command raised (nothing
   *     is then committed), or the store's error
   */
  <T extends @Nullable Object> T inTransaction(Function<? super UseCases, ? extends T> work);

  /**
   * Runs work that returns nothing in one transaction, as {@link #inTransaction} does.
   *
   * @param work the work, given the use cases bound to the transaction
   * @throws io.github.coplan.domain.error.CoplanException the first error a command raised (nothing
   *     is then committed), or the store's error
   */
  void useTransaction(Consumer<? super UseCases> work);

  /**
   * Organisations: register, update, find.
   *
   * @return the use cases
   */
  OrganisationUseCases organisations();

  /**
   * People and their affiliations.
   *
   * @return the use cases
   */
  PersonUseCases people();

  /**
   * Plans: draft, parties, content areas, documents, lifecycle.
   *
   * @return the use cases
   */
  PlanUseCases plans();

  /**
   * Activities: propose, lifecycle, participants, search.
   *
   * @return the use cases
   */
  ActivityUseCases activities();

  /**
   * Progress reports.
   *
   * @return the use cases
   */
  ReportUseCases reports();

  /**
   * The history of changes.
   *
   * @return the use cases
   */
  HistoryUseCases history();

  /**
   * The technology marketplace.
   *
   * @return the marketplace's use cases
   * @since 0.3.0
   */
  MarketUseCases market();

  /**
   * The network: relationships, and the connections derived from who met whom.
   *
   * @return the network's use cases
   * @since 0.4.0
   */
  NetworkUseCases network();

  /**
   * The results framework: results, indicators, periods, observations, actuals and progress.
   *
   * @return the result use cases
   * @since 0.5.0
   */
  ResultUseCases results();
}
