package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.port.storage.Repositories;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store runs a unit of work again when it meets a transaction conflict it did not
 * cause, and only then; and the isolation level each kind of unit runs at.
 */
class PostgresRetryTest {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  private static Organisation organisation() {
    return Organisation.register(new OrganisationId(UUID.randomUUID()), Fixtures.dostHcmc());
  }

  /**
   * Fails the unit's transaction with an error of the given SQLSTATE, as a statement of a
   * repository would.
   */
  private static void failWith(Repositories repositories, String sqlState) {
    Unit unit = (Unit) repositories;
    unit.read(
        "fail on purpose",
        sqlState,
        "sqlState",
        () ->
            unit.handle()
                .execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'made to fail' USING ERRCODE = '"
                        + sqlState
                        + "'; END $$"));
  }

  private static Optional<Organisation> find(JdbiStorage storage, OrganisationId id) {
    return storage.readOnly(r -> r.organisations().findById(id));
  }

  @Test
  void aUnitThatMeetsASerializationFailureTwiceRunsThreeTimesAndCommitsOnce() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      AtomicInteger runs = new AtomicInteger();
      List<OrganisationId> inserted = new ArrayList<>();

      Organisation stored =
          storage.inTransaction(
              r -> {
                Organisation mine = r.organisations().insert(organisation());
                inserted.add(mine.id());
                if (runs.incrementAndGet() <= 2) {
                  failWith(r, "40001");
                }
                return mine;
              });

      assertThat(runs).hasValue(3);
      assertThat(inserted).hasSize(3).containsOnlyOnce(stored.id());
      assertThat(find(storage, inserted.get(0))).isEmpty();
      assertThat(find(storage, inserted.get(1))).isEmpty();
      assertThat(find(storage, stored.id())).contains(stored);
    }
  }

  @Test
  void aDeadlockIsRetriedEvenWhenTheWorkCaughtIt() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      AtomicInteger runs = new AtomicInteger();

      String outcome =
          storage.inTransaction(
              r -> {
                if (runs.incrementAndGet() == 1) {
                  try {
                    failWith(r, "40P01");
                  } catch (ConflictException caught) {
                    return "gave up on attempt 1";
                  }
                }
                return "done on attempt " + runs.get();
              });

      assertThat(outcome).isEqualTo("done on attempt 2");
      assertThat(runs).hasValue(2);
    }
  }

  @Test
  void conflictsOnEveryAttemptEndAsATransactionConflictNamingNoAggregate() {
    try (JdbiStorage storage = SCHEMA.freshStore(JdbiOptions.builder().maxAttempts(3).build())) {
      AtomicInteger runs = new AtomicInteger();
      Organisation never = organisation();

      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        runs.incrementAndGet();
                        r.organisations().insert(never);
                        failWith(r, "40001");
                        return null;
                      }))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(ConflictException.TRANSACTION);
                assertThat(e.isStaleVersion()).isFalse();
                assertThat(e.id()).isEmpty();
                assertThat(e.expectedVersion()).isEmpty();
                assertThat(e)
                    .hasMessage(
                        "the unit of work met a concurrent transaction on each of its 3 attempts; nothing was changed")
                    .cause()
                    .isInstanceOfSatisfying(
                        SQLException.class,
                        cause -> assertThat(cause.getSQLState()).isEqualTo("40001"));
              });
      assertThat(runs).hasValue(3);
      assertThat(find(storage, never.id())).isEmpty();
    }
  }

  @Test
  void aStaleVersionIsNotRetried() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      Organisation v1 = storage.inTransaction(r -> r.organisations().insert(organisation()));
      storage.inTransaction(
          r -> r.organisations().update(v1.update(Fixtures.israelInnovationAuthority())));
      AtomicInteger runs = new AtomicInteger();

      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        runs.incrementAndGet();
                        return r.organisations().update(v1.update(Fixtures.dostHcmc()));
                      }))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> {
                assertThat(e.isStaleVersion()).isTrue();
                assertThat(e.id()).contains(v1.id().toString());
                assertThat(e.expectedVersion()).hasValue(1);
              });
      assertThat(runs).hasValue(1);
    }
  }

  @Test
  void writingUnitsReadCommittedRowsThatTheyLockAndReadingUnitsReadOneSnapshotReadOnly() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      String write =
          storage.inTransaction(
              r ->
                  ((Unit) r)
                      .handle()
                      .createQuery("SHOW transaction_isolation")
                      .mapTo(String.class)
                      .one());
      List<String> read =
          storage.readOnly(
              r ->
                  List.of(
                      ((Unit) r)
                          .handle()
                          .createQuery("SHOW transaction_isolation")
                          .mapTo(String.class)
                          .one(),
                      ((Unit) r)
                          .handle()
                          .createQuery("SHOW transaction_read_only")
                          .mapTo(String.class)
                          .one()));

      assertThat(write).isEqualTo("read committed");
      assertThat(read).containsExactly("repeatable read", "on");
    }
  }
}
