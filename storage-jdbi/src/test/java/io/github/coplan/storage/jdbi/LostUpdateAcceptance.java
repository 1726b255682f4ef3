package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Issue 3, acceptance check 2: 32 threads make read-modify-write updates through the public Coplan
 * API, each adding a participant to one of a few shared activities (so that threads update the same
 * activity all the time), and no update is lost.
 *
 * <p>Each thread makes {@code coplan.acceptance.updatesPerThread} updates: 50 by default, so that
 * the module's tests stay short; the acceptance run sets 1000 ({@code
 * -Dcoplan.acceptance.updatesPerThread=1000}). The figures are published as test report entries.
 */
abstract class LostUpdateAcceptance {

  static final int THREADS = 32;
  static final int ACTIVITIES = 8;

  /** A fresh, empty store. */
  abstract JdbiStorage createStorage();

  /** Whether a conflict may happen (and is retried): not on SQLite, where writers take turns. */
  abstract boolean conflictsExpected();

  @Test
  void readModifyWriteUpdatesFromManyThreadsLoseNothing(TestReporter report) throws Exception {
    int perThread = Fixtures.intProperty("coplan.acceptance.updatesPerThread", 50);
    int total = THREADS * perThread;
    try (JdbiStorage storage = createStorage()) {
      UseCases coplan = Fixtures.coplan(storage);
      Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
      Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
      CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
      List<ActivityId> activities = Fixtures.ids(Fixtures.propose(coplan, plan.id(), ACTIVITIES));
      List<PersonId> people = Fixtures.people(storage, total, dost.id());
      AtomicLong conflicts = new AtomicLong();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

      long started = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < perThread; i++) {
                    // Thread t walks the activities from its own starting point, so that every
                    // activity is updated by every thread.
                    ActivityId target = activities.get((thread + i) % ACTIVITIES);
                    AddParticipant command =
                        new AddParticipant(
                            target,
                            Participant.of(people.get(thread * perThread + i)),
                            ParticipationRole.ATTENDEE,
                            ParticipationStatus.INVITED);
                    while (true) {
                      try {
                        coplan.activities().addParticipant(command);
                        break;
                      } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                      } catch (RuntimeException e) {
                        errors.add(e);
                        break;
                      }
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.MINUTES);
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;

      long busy =
          errors.stream().filter(e -> String.valueOf(e.getMessage()).contains("locked")).count();
      assertThat(errors).as("errors, of which %d SQLITE_BUSY", busy).isEmpty();
      Set<Participant> expected = new HashSet<>();
      people.forEach(p -> expected.add(Participant.of(p)));
      Set<Participant> found = new HashSet<>();
      long stored = 0;
      long versions = 0;
      for (ActivityId id : activities) {
        Activity after = coplan.activities().get(id);
        stored += after.participations().size();
        versions += after.version() - 1;
        assertThat(after.version())
            .as("one version per update of %s", id)
            .isEqualTo(1L + after.participations().size());
        after.participations().stream().map(Participation::participant).forEach(found::add);
      }
      long lost = total - stored;
      Figures.record(
          report,
          getClass().getSimpleName(),
          THREADS
              + " threads x "
              + perThread
              + " updates = "
              + total
              + " updates; stored "
              + stored
              + ", lost "
              + lost
              + ", versions "
              + versions
              + ", conflicts retried "
              + conflicts.get()
              + ", busy "
              + busy
              + ", "
              + String.format(Locale.ROOT, "%.1f s, %.0f updates/s", seconds, total / seconds));
      assertThat(lost).as("lost updates").isZero();
      assertThat(found).isEqualTo(expected);
      assertThat(versions).isEqualTo(total);
      if (!conflictsExpected()) {
        assertThat(conflicts.get()).as("conflicts, where writers take turns").isZero();
      }
    }
  }
}
