package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store's own behaviour, beyond the storage contract: snapshots, deadlocks, lost
 * connections.
 */
class PostgresStorageTest {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  private static Organisation organisation(OrganisationProfile profile) {
    return Organisation.register(new OrganisationId(UUID.randomUUID()), profile);
  }

  @Test
  void aReadOnlyUnitReadsOneSnapshotWhileOthersCommit() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      Organisation stored =
          storage.inTransaction(r -> r.organisations().insert(organisation(Fixtures.dostHcmc())));

      List<Long> versions =
          storage.readOnly(
              r -> {
                long first = r.organisations().findById(stored.id()).orElseThrow().version();
                // Another unit commits a change meanwhile, on another thread and connection.
                CompletableFuture.runAsync(
                        () ->
                            storage.inTransaction(
                                w -> w.organisations().update(stored.update(stored.profile()))))
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
                long second = r.organisations().findById(stored.id()).orElseThrow().version();
                return List.of(first, second);
              });

      assertThat(versions).containsExactly(1L, 1L);
      assertThat(find(storage, stored.id()).orElseThrow().version()).isEqualTo(2);
    }
  }

  @Test
  void aReadOnlyUnitRefusesToWrite() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      Organisation organisation = organisation(Fixtures.dostHcmc());

      assertThatThrownBy(() -> storage.readOnly(r -> r.organisations().insert(organisation)))
          .isInstanceOf(StorageException.class)
          .hasMessage("a read-only unit of work cannot write");
      assertThat(find(storage, organisation.id())).isEmpty();
    }
  }

  @Test
  void aDeadlockIsRunAgainByTheStoreAndBothUnitsCommit() throws Exception {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      Organisation a =
          storage.inTransaction(r -> r.organisations().insert(organisation(Fixtures.dostHcmc())));
      Organisation b =
          storage.inTransaction(
              r -> r.organisations().insert(organisation(Fixtures.israelInnovationAuthority())));
      CyclicBarrier bothHoldOne = new CyclicBarrier(2);
      AtomicInteger runs = new AtomicInteger();

      // Each unit updates one organisation, waits (on its first run) for the other unit to hold the
      // other one, then updates
      // that one too: a deadlock, whose loser the store runs again after the winner committed.
      CompletableFuture<Object> first =
          CompletableFuture.supplyAsync(() -> crossUpdate(storage, a, b, bothHoldOne, runs));
      CompletableFuture<Object> second =
          CompletableFuture.supplyAsync(() -> crossUpdate(storage, b, a, bothHoldOne, runs));
      List<Object> outcomes =
          List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

      assertThat(outcomes).containsExactly("committed", "committed");
      // Two first runs and at least one more of the loser; a run again may meet the winner's change
      // and run once more.
      assertThat(runs.get()).isBetween(3, 2 + JdbiOptions.defaults().maxAttempts());
      assertThat(find(storage, a.id()).orElseThrow().version()).isEqualTo(3);
      assertThat(find(storage, b.id()).orElseThrow().version()).isEqualTo(3);
    }
  }

  @Test
  void aLostConnectionFailsItsUnitAndTheNextUnitGetsANewOne() {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    String url = server.url(server.newSchema()) + "&ApplicationName=coplan-lost-connection";
    try (JdbiStorage storage =
        JdbiStorage.postgres(
            url, server.user(), server.password(), JdbiOptions.builder().readPoolSize(1).build())) {
      Organisation stored =
          storage.inTransaction(r -> r.organisations().insert(organisation(Fixtures.dostHcmc())));

      // The unit's own connection, the one of the store's that is inside a transaction, is cut; the
      // reading pool's is not.
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        r.organisations().findById(stored.id());
                        server.execute(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coplan-lost-connection'"
                                + " AND state = 'idle in transaction'");
                        return r.organisations().findById(stored.id());
                      }))
          .isInstanceOf(StorageException.class)
          .hasMessageStartingWith("could not read an organisation")
          .hasCauseInstanceOf(SQLException.class);

      Optional<Organisation> again =
          storage.inTransaction(r -> r.organisations().findById(stored.id()));
      assertThat(again).contains(stored);
      assertThat(find(storage, stored.id())).contains(stored);
    }
  }

  @Test
  void theUrlIsShownWithoutItsParameters() {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    String schema = server.newSchema();
    try (JdbiStorage storage =
        JdbiStorage.postgres(
            server.url(schema) + "&password=" + server.password(), server.user(), null)) {
      assertThat(storage.toString())
          .startsWith("JdbiStorage[PostgreSQL jdbc:postgresql://")
          .doesNotContain("password")
          .endsWith(", open]");
    }
  }

  private static Object crossUpdate(
      JdbiStorage storage,
      Organisation mine,
      Organisation theirs,
      CyclicBarrier barrier,
      AtomicInteger runs) {
    boolean[] waited = {false};
    try {
      storage.inTransaction(
          r -> {
            runs.incrementAndGet();
            Organisation own = r.organisations().findById(mine.id()).orElseThrow();
            r.organisations().update(own.update(own.profile()));
            if (!waited[0]) {
              waited[0] = true;
              try {
                barrier.await(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
            Organisation other = r.organisations().findById(theirs.id()).orElseThrow();
            return r.organisations().update(other.update(other.profile()));
          });
      return "committed";
    } catch (CoplanException e) {
      return e;
    }
  }

  private static Optional<Organisation> find(JdbiStorage storage, OrganisationId id) {
    return storage.readOnly(r -> r.organisations().findById(id));
  }
}
