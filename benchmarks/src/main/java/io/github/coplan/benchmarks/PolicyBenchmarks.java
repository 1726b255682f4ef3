package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What actors, roles and the history cost: the same write and the same read by id, once as a person
 * who holds a role on a restricted plan on a {@link Coplan} that records the history (the strict
 * path: the person's affiliations and the plan's grants read and checked, the change recorded),
 * once as a system actor on a {@link Coplan} over the same store that records nothing (nothing
 * checked, nothing recorded). Both against the same store, in the same run; the ratio is strict ÷
 * open. The store's aggregate cache is off, so every read reaches the database.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PolicyBenchmarks {

  /** Grants on the plan besides the coordinator's: other people and one organisation's staff. */
  static final int OTHER_GRANTS = 8;

  /**
   * A store with one restricted plan, its grants, a coordinator with two affiliations (one past),
   * and 1,024 activities to read.
   */
  @State(Scope.Benchmark)
  public static class Policy {
    @Param({"sqlite", "postgres"})
    public String db;

    Db kind;

    /** SQLite only. */
    @Nullable Path file;

    JdbiStorage storage;

    /** The person coordinating the plan, on a Coplan that records the history. */
    UseCases strict;

    /** A system actor on a Coplan over the same store that records no history. */
    UseCases open;

    /** The coordinator on the Coplan that records no history: the checks alone. */
    UseCases checkedOnly;

    /** A system actor on the Coplan that records the history: the history alone. */
    UseCases recordedOnly;

    ProposeActivity[] commands = new ProposeActivity[1024];
    ActivityId[] ids = new ActivityId[1024];
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      kind = Db.of(db);
      if (kind == Db.SQLITE) {
        file = Files.createTempFile("coplan-bench-policy-", ".db");
        Files.delete(file);
        storage = Stores.sqlite(file, "NORMAL", false);
      } else {
        storage = Stores.postgres(Stores.freshPostgres("bench_policy"), false);
      }
      Coplan recording = Coplan.builder().storage(storage).build();
      Coplan bare = Coplan.builder().storage(storage).recordHistory(false).build();
      UseCases system = recording.actingAs(Actor.system("benchmark"));
      PlanId plan = storage.inTransaction(r -> r.plans().insert(Data.plan(Fixtures.SEED, 0))).id();
      List<Organisation> organisations = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        int n = i;
        organisations.add(
            storage.inTransaction(
                r -> r.organisations().insert(Data.organisation(Fixtures.SEED, n))));
      }
      Person coordinator =
          system
              .people()
              .register(
                  new RegisterPerson(
                      new PersonProfile("Coordinator", CountryCode.VN, Set.of(), null, true),
                      List.of(
                          new Affiliation(
                              organisations.get(0).id(), "Officer", LocalDate.of(2015, 1, 1), null),
                          new Affiliation(
                              organisations.get(1).id(),
                              "Adviser",
                              LocalDate.of(2010, 1, 1),
                              LocalDate.of(2012, 12, 31)))));
      system
          .plans()
          .grant(
              new GrantRole(
                  plan, Grant.of(Principal.person(coordinator.id()), PlanRole.COORDINATOR)));
      system
          .plans()
          .grant(
              new GrantRole(
                  plan, Grant.of(Principal.staffOf(organisations.get(2).id()), PlanRole.VIEWER)));
      for (int i = 1; i < OTHER_GRANTS; i++) {
        Person other =
            system
                .people()
                .register(
                    new RegisterPerson(PersonProfile.of("Person " + i, CountryCode.IL), List.of()));
        system
            .plans()
            .grant(
                new GrantRole(
                    plan,
                    Grant.of(
                        Principal.person(other.id()),
                        i % 2 == 0 ? PlanRole.REPORTER : PlanRole.VIEWER)));
      }
      strict = recording.actingAs(Actor.person(coordinator.id()));
      open = bare.actingAs(Actor.system("benchmark"));
      checkedOnly = bare.actingAs(Actor.person(coordinator.id()));
      recordedOnly = recording.actingAs(Actor.system("benchmark"));
      for (int i = 0; i < commands.length; i++) {
        commands[i] = new ProposeActivity(plan, Data.details(Fixtures.SEED, i));
      }
      for (int i = 0; i < ids.length; i++) {
        ids[i] = open.activities().propose(commands[i]).id();
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      storage.close();
      if (file != null) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(file + suffix));
        }
      }
    }
  }

  /** A coordinator proposes an activity on a restricted plan; the change is recorded. */
  @Benchmark
  public Activity writeStrict(Policy s) {
    return s.strict.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** A system actor proposes the same activity; nothing is checked or recorded. */
  @Benchmark
  public Activity writeOpen(Policy s) {
    return s.open.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** The coordinator's write with the checks but no history: where the strict write's cost goes. */
  @Benchmark
  public Activity writeChecked(Policy s) {
    return s.checkedOnly.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** A system actor's write with the history but no checks: where the strict write's cost goes. */
  @Benchmark
  public Activity writeRecorded(Policy s) {
    return s.recordedOnly.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** A coordinator reads an activity of the restricted plan by id. */
  @Benchmark
  public Activity readStrict(Policy s) {
    return s.strict.activities().get(s.ids[s.next++ & 1023]);
  }

  /** A system actor reads the same activity by id. */
  @Benchmark
  public Activity readOpen(Policy s) {
    return s.open.activities().get(s.ids[s.next++ & 1023]);
  }
}
