package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unit that writes on PostgreSQL reads an aggregate whole in one statement, which locks its row.
 * When that lock waited for another unit that changed the aggregate, the row comes at its latest
 * version while the rest of the statement reads the snapshot taken before: the store must not hand
 * over the new row with the old parts. Each test holds a change open, starts a read that waits for
 * its lock, and lets the change commit.
 */
@Timeout(60)
class PostgresLockedReadTest {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  private JdbiStorage storage;
  private UseCases coplan;
  private ExecutorService threads;

  @BeforeEach
  void open() {
    storage = SCHEMA.freshStore();
    coplan = Fixtures.coplan(storage);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    storage.close();
  }

  @Test
  void aPlanWhoseLockWaitedForAChangeComesWithThePartsOfThatChange() throws Exception {
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
    ContentArea eighth = new ContentArea(8, Fixtures.viEn("Nội dung 8", "Content 8"));

    CooperationPlan read =
        whileAChangeWaits(
            r ->
                r.plans()
                    .update(r.plans().findById(plan.id()).orElseThrow().addContentArea(eighth)),
            () -> storage.inTransaction(r -> r.plans().findById(plan.id()).orElseThrow()));

    assertThat(read.version()).isEqualTo(plan.version() + 1);
    assertThat(read.contentAreas()).hasSize(8).last().isEqualTo(eighth);
    assertThat(read.parties()).isEqualTo(plan.parties());
  }

  @Test
  void anActivityWhoseLockWaitedForAChangeComesWithTheParticipationsOfThatChange()
      throws Exception {
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
    Activity week = Fixtures.propose(coplan, plan.id(), 1).get(0);
    Participation organiser =
        new Participation(
            Participant.of(dost.id()),
            ParticipationRole.ORGANISER,
            ParticipationStatus.CONFIRMED,
            null);

    Activity read =
        whileAChangeWaits(
            r ->
                r.activities()
                    .update(
                        r.activities()
                            .findById(week.id())
                            .orElseThrow()
                            .addParticipation(organiser)),
            () -> storage.inTransaction(r -> r.activities().findById(week.id()).orElseThrow()));

    assertThat(read.version()).isEqualTo(week.version() + 1);
    assertThat(read.participations()).containsExactly(organiser);
  }

  /**
   * Runs the change up to its commit, then the read until it waits for a lock, then lets the change
   * commit; returns what the read saw.
   */
  private <T> T whileAChangeWaits(Consumer<Repositories> change, Callable<T> read)
      throws Exception {
    CountDownLatch changed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<?> changing =
        threads.submit(
            () ->
                storage.inTransaction(
                    r -> {
                      change.accept(r);
                      changed.countDown();
                      try {
                        assertThat(commit.await(30, TimeUnit.SECONDS)).isTrue();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    assertThat(changed.await(30, TimeUnit.SECONDS)).isTrue();
    Future<T> reading = threads.submit(read);
    awaitALockWait();
    commit.countDown();
    changing.get(30, TimeUnit.SECONDS);
    return reading.get(30, TimeUnit.SECONDS);
  }

  /** Waits until a backend of the server waits for a lock. */
  private static void awaitALockWait() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Connection c = ThrowawayPostgres.get().connect();
        Statement s = c.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
          r.next();
          if (r.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("no unit waited for a lock within 30 s");
  }
}
