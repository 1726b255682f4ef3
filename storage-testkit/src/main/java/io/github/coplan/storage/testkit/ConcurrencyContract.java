package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The concurrency contract of {@link io.github.coplan.port.storage.Storage}: no lost update under
 * many concurrent read-modify-write updates through the public API, exactly one winner among units
 * that update the same version or claim the same unique value, and read-only units that see whole
 * units only.
 *
 * <p>The load is set by {@link #threads()} and {@link #updatesPerThread()} (16 × 500 by default);
 * an adapter may raise them. Conflicts are expected and retried; any other error fails the test.
 */
// Many threads and thousands of units per test: on a small, busy machine a test takes over a
// minute.
@Timeout(value = 5 * StorageContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
public abstract class ConcurrencyContract extends StorageContract {

  private static final String COUNTER_TITLE = "Expert workshop #";

  /** For subclasses. */
  protected ConcurrencyContract() {}

  /**
   * How many threads work at once.
   *
   * @return the thread count, 16 by default
   */
  protected int threads() {
    return 16;
  }

  /**
   * How many read-modify-write updates each thread makes in the lost-update test.
   *
   * @return the updates per thread, 500 by default
   */
  protected int updatesPerThread() {
    return 500;
  }

  /**
   * How many activities the threads of the lost-update test share; each update goes to one of them
   * in turn, so several threads always contend for each.
   *
   * @return the shared activities, 4 by default
   */
  protected int sharedActivities() {
    return 4;
  }

  /**
   * How many participants each thread adds to one shared activity in the participant test. Kept
   * small: every update loads and stores the whole activity, so its cost grows with the count.
   *
   * @return the participants per thread, 25 by default
   */
  protected int participantsPerThread() {
    return 25;
  }

  /**
   * How many activities each thread proposes in the concurrent-insert test.
   *
   * @return the proposals per thread, 50 by default
   */
  protected int proposalsPerThread() {
    return 50;
  }

  /**
   * How many units the writer commits while readers watch, in the consistent-read test.
   *
   * @return the number of writing units, 100 by default
   */
  protected int consistentReadRounds() {
    return 100;
  }

  /**
   * How often one update may be retried after conflicts before the test counts it as failed.
   *
   * @return the attempts per update, 10,000 by default
   */
  protected int maxAttempts() {
    return 10_000;
  }

  /**
   * How long a concurrent test may run before it fails.
   *
   * @return the time limit, 10 minutes by default
   */
  protected Duration timeLimit() {
    return Duration.ofMinutes(10);
  }

  /**
   * Threads read an activity, change it and write it back through the public API with the version
   * they read ({@link ReviseActivity#expectedVersion()}), retrying on conflicts: each update adds
   * one to a counter held in the title. Afterwards every counter equals the number of updates made
   * to it and every version counts them: no update was lost.
   */
  @Test
  protected void concurrentReadModifyWriteUpdatesThroughTheApiLoseNothing() throws Exception {
    int threads = threads();
    int perThread = updatesPerThread();
    int shared = sharedActivities();
    Organisation dost =
        coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(7, contentAreaTitle(7))));
    List<ActivityId> targets = new ArrayList<>();
    for (int k = 0; k < shared; k++) {
      targets.add(
          coplan()
              .activities()
              .propose(
                  new ProposeActivity(
                      plan.id(), details(7, ActivityType.WORKSHOP, en(COUNTER_TITLE + 0), "2019")))
              .id());
    }
    AtomicLong conflicts = new AtomicLong();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              for (int i = 0; i < perThread && errors.isEmpty(); i++) {
                ActivityId target = targets.get((t + i) % shared);
                int attempts = 0;
                while (true) {
                  try {
                    Activity current = coplan().activities().get(target);
                    long count =
                        Long.parseLong(
                            current.details().title().original().substring(COUNTER_TITLE.length()));
                    coplan()
                        .activities()
                        .revise(
                            new ReviseActivity(
                                target,
                                current.details().toBuilder()
                                    .title(en(COUNTER_TITLE + (count + 1)))
                                    .build(),
                                current.version()));
                    break;
                  } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                    if (++attempts >= maxAttempts()) {
                      errors.add(new AssertionError("gave up after " + attempts + " conflicts", e));
                      break;
                    }
                  } catch (RuntimeException | Error e) {
                    errors.add(e);
                    break;
                  }
                }
              }
              return null;
            });

    assertThat(errors)
        .as("unexpected errors (%d conflicts were retried)", conflicts.get())
        .isEmpty();
    long sum = 0;
    for (int k = 0; k < shared; k++) {
      long expected = 0;
      for (int t = 0; t < threads; t++) {
        for (int i = 0; i < perThread; i++) {
          if ((t + i) % shared == k) {
            expected++;
          }
        }
      }
      Activity after = coplan().activities().get(targets.get(k));
      assertThat(after.details().title().original())
          .as("counter of shared activity %d", k)
          .isEqualTo(COUNTER_TITLE + expected);
      assertThat(after.version())
          .as("one version per update of shared activity %d", k)
          .isEqualTo(1L + expected);
      sum += expected;
    }
    assertThat(sum).isEqualTo((long) threads * perThread);
  }

  /**
   * Every thread adds distinct participants to one shared activity through the public API, retrying
   * on conflicts: afterwards the activity holds every participation, exactly once, and its version
   * counts every update: no update was lost.
   */
  @Test
  protected void concurrentParticipantAdditionsThroughTheApiLoseNothing() throws Exception {
    int threads = threads();
    int perThread = participantsPerThread();
    int total = threads * perThread;
    Organisation dost =
        coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(5, contentAreaTitle(5))));
    Activity week =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(
                        5,
                        ActivityType.EVENT_SHOWCASE,
                        viEn(
                            "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
                            "HCMC Innovation and Startup Week"),
                        "2018-Q4")));
    List<PersonId> people = storePeople(total, dost);
    AtomicLong conflicts = new AtomicLong();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              for (int i = 0; i < perThread && errors.isEmpty(); i++) {
                AddParticipant command =
                    new AddParticipant(
                        week.id(),
                        Participant.of(people.get(t * perThread + i)),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.INVITED);
                int attempts = 0;
                while (true) {
                  try {
                    coplan().activities().addParticipant(command);
                    break;
                  } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                    if (++attempts >= maxAttempts()) {
                      errors.add(new AssertionError("gave up after " + attempts + " conflicts", e));
                      break;
                    }
                  } catch (RuntimeException | Error e) {
                    errors.add(e);
                    break;
                  }
                }
              }
              return null;
            });

    assertThat(errors)
        .as("unexpected errors (%d conflicts were retried)", conflicts.get())
        .isEmpty();
    Activity after = coplan().activities().get(week.id());
    assertThat(after.participations()).as("participations").hasSize(total);
    Set<Participant> expected = new HashSet<>();
    people.forEach(p -> expected.add(Participant.of(p)));
    assertThat(after.participations().stream().map(Participation::participant).toList())
        .doesNotHaveDuplicates();
    assertThat(
            new HashSet<>(after.participations().stream().map(Participation::participant).toList()))
        .isEqualTo(expected);
    assertThat(after.version()).as("one version per update, none lost").isEqualTo(1L + total);
    assertThat(after.participations()).allSatisfy(p -> assertThat(p.affiliation()).isNotNull());
    PlanProgress progress =
        read(
            r ->
                r.activities()
                    .progress(
                        new ProgressQuery(
                            plan.id(), LocalDate.of(2018, 8, 15), LocalDate.of(2018, 12, 31))));
    assertThat(progress.peopleByCountry())
        .isEqualTo(
            Map.of(CountryCode.VN, (long) (total - total / 2), CountryCode.IL, (long) (total / 2)));
    assertThat(progress.organisationsByCountry()).isEmpty();
  }

  /**
   * A change that names the version it was based on is refused with a conflict when someone changed
   * the aggregate since, and changes nothing; with the current version it goes through.
   */
  @Test
  protected void aChangeBasedOnAStaleVersionIsRefusedThroughTheApi() {
    Organisation dost =
        coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(7, contentAreaTitle(7))));
    Activity read =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(), details(7, ActivityType.WORKSHOP, en(COUNTER_TITLE + 0), "2019")));
    Activity changed =
        coplan()
            .activities()
            .revise(
                new ReviseActivity(
                    read.id(),
                    read.details().toBuilder().title(en(COUNTER_TITLE + 1)).build(),
                    read.version()));

    ConflictException stale =
        assertRefused(
            ConflictException.class,
            () ->
                coplan()
                    .activities()
                    .revise(
                        new ReviseActivity(
                            read.id(),
                            read.details().toBuilder().title(en(COUNTER_TITLE + 99)).build(),
                            read.version())));
    assertThat(stale.kind()).isEqualTo("activity");
    assertThat(stale.expectedVersion()).hasValue(1L);
    assertThat(coplan().activities().get(read.id())).isEqualTo(changed);
    assertThat(changed.version()).isEqualTo(2);

    CooperationPlan current = coplan().plans().get(plan.id());
    assertRefused(
        ConflictException.class,
        () ->
            coplan()
                .plans()
                .describe(
                    new io.github.coplan.application.DescribePlan(
                        plan.id(),
                        en("Stale"),
                        null,
                        DateSpan.parse("2018/2021"),
                        current.version() - 1)));
    assertThat(coplan().plans().get(plan.id())).isEqualTo(current);
    assertRefused(
        ConflictException.class,
        () ->
            coplan()
                .organisations()
                .update(
                    new io.github.coplan.application.UpdateOrganisation(
                        dost.id(), dost.profile(), dost.version() + 1)));
    assertThat(coplan().organisations().get(dost.id())).isEqualTo(dost);
  }

  /**
   * Two units that read the same version both try to update it: the first wins, the second
   * conflicts.
   */
  @Test
  protected void twoUnitsReadingTheSameVersionOneWinsTheOtherConflicts() {
    Organisation stored = insert(newOrganisation(dostHcmcProfile()));
    Organisation first = read(r -> r.organisations().findById(stored.id())).orElseThrow();
    Organisation second = read(r -> r.organisations().findById(stored.id())).orElseThrow();

    Organisation won =
        write(
            r ->
                r.organisations()
                    .update(
                        first.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                first.profile(), "FIRST"))));
    ConflictException lost =
        assertRefused(
            ConflictException.class,
            () ->
                write(
                    r ->
                        r.organisations()
                            .update(
                                second.update(
                                    OrganisationRepositoryContract.profileWithAcronym(
                                        second.profile(), "SECOND")))));

    assertThat(won.version()).isEqualTo(2);
    assertThat(lost.expectedVersion()).hasValue(1L);
    assertThat(stored(stored.id()).profile().acronym()).isEqualTo("FIRST");
  }

  /**
   * Many units read the same version of each kind of aggregate, then all update it at once: exactly
   * one wins, every other one conflicts, and the winner's change is stored.
   */
  @Test
  protected void concurrentUpdatesOfTheSameVersionHaveExactlyOneWinner() throws Exception {
    Organisation organisation = insert(newOrganisation(dostHcmcProfile()));
    Person person = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    CooperationPlan plan = insert(newPlan("HCMC-IIA-2018"));
    Activity activity =
        insert(
            newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4")));

    assertOneWinner(
        "organisation",
        t ->
            Objects.requireNonNull(
                write(
                        r ->
                            r.organisations()
                                .update(
                                    organisation.update(
                                        OrganisationRepositoryContract.profileWithAcronym(
                                            organisation.profile(), "T" + t))))
                    .profile()
                    .acronym(),
                "the acronym just set"));
    assertOneWinner(
        "person",
        t ->
            write(
                    r ->
                        r.people()
                            .update(
                                person.addAffiliation(
                                    new Affiliation(organisation.id(), "T" + t, null, null))))
                .affiliations()
                .get(0)
                .position());
    assertOneWinner(
        "plan",
        t ->
            write(r -> r.plans().update(plan.addContentArea(new ContentArea(t + 1, en("T" + t)))))
                .contentAreas()
                .get(0)
                .title()
                .original());
    assertOneWinner(
        "activity",
        t ->
            write(
                    r ->
                        r.activities()
                            .update(
                                activity.revise(
                                    activity.details().toBuilder().title(en("T" + t)).build())))
                .details()
                .title()
                .original());

    assertThat(stored(organisation.id()).version()).isEqualTo(2);
    assertThat(stored(person.id()).version()).isEqualTo(2);
    assertThat(stored(plan.id()).version()).isEqualTo(2);
    assertThat(stored(activity.id()).version()).isEqualTo(2);
  }

  /**
   * Many units insert plans with the same code at once: exactly one is stored, the others are
   * duplicates.
   */
  @Test
  protected void concurrentInsertsOfTheSamePlanCodeHaveExactlyOneWinner() throws Exception {
    int threads = threads();
    List<CooperationPlan> plans = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      plans.add(newPlan("HCMC-IIA-2018"));
    }
    AtomicInteger duplicates = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<CooperationPlan> winners = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              try {
                winners.add(insert(plans.get(t)));
              } catch (DuplicateException e) {
                if (e.what().equals(DuplicateException.PLAN_CODE)) {
                  duplicates.incrementAndGet();
                } else {
                  errors.add(e);
                }
              } catch (RuntimeException e) {
                errors.add(e);
              }
              return null;
            });

    assertThat(errors).isEmpty();
    assertThat(winners).hasSize(1);
    assertThat(duplicates).hasValue(threads - 1);
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(winners.peek());
    assertThat(plans.stream().filter(p -> findPlan(p.id()).isPresent()).count()).isEqualTo(1);
  }

  /** Many units insert organisations with the same identifier at once: exactly one is stored. */
  @Test
  protected void concurrentInsertsOfTheSameIdentifierHaveExactlyOneWinner() throws Exception {
    int threads = threads();
    List<Organisation> organisations = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      organisations.add(
          newOrganisation(
              OrganisationProfile.builder()
                  .name(en("Claimant " + t))
                  .type(OrganisationType.PRIVATE_SECTOR)
                  .country(CountryCode.VN)
                  .identifier(ExternalIdentifier.of("OWN", "T" + t))
                  .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
                  .build()));
    }
    AtomicInteger duplicates = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Organisation> winners = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              try {
                winners.add(insert(organisations.get(t)));
              } catch (DuplicateException e) {
                if (e.what().equals(DuplicateException.ORGANISATION_IDENTIFIER)) {
                  duplicates.incrementAndGet();
                } else {
                  errors.add(e);
                }
              } catch (RuntimeException e) {
                errors.add(e);
              }
              return null;
            });

    assertThat(errors).isEmpty();
    assertThat(winners).hasSize(1);
    assertThat(duplicates).hasValue(threads - 1);
    Organisation winner = winners.peek();
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).contains(winner);
    for (Organisation o : organisations) {
      ExternalIdentifier own = o.profile().identifiers().iterator().next();
      assertThat(findByIdentifier(own))
          .as("the own identifier of %s", o.profile().name())
          .isEqualTo(o.id().equals(winner.id()) ? Optional.of(winner) : Optional.empty());
    }
  }

  /** Activities proposed concurrently through the public API are all stored, each once. */
  @Test
  protected void concurrentProposalsThroughTheApiAreAllStored() throws Exception {
    int threads = threads();
    int perThread = proposalsPerThread();
    Organisation dost =
        coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN)));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(7, contentAreaTitle(7))));
    ConcurrentLinkedQueue<ActivityId> proposed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              for (int i = 0; i < perThread; i++) {
                try {
                  proposed.add(
                      coplan()
                          .activities()
                          .propose(
                              new ProposeActivity(
                                  plan.id(),
                                  details(
                                      7,
                                      ActivityType.WORKSHOP,
                                      viEn(
                                          "Hội thảo chuyên gia " + t + "-" + i,
                                          "Expert workshop " + t + "-" + i),
                                      "2019-Q" + (1 + i % 4))))
                          .id());
                } catch (RuntimeException e) {
                  errors.add(e);
                }
              }
              return null;
            });

    assertThat(errors).isEmpty();
    List<ActivityId> found = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ActivityQuery query =
          ActivityQuery.builder()
              .plan(plan.id())
              .pageSize(ActivityQuery.MAX_PAGE_SIZE)
              .after(cursor)
              .build();
      var page = read(r -> r.activities().search(query));
      page.items().forEach(a -> found.add(a.id()));
      checkPaging(++pages, cursor, page.nextCursor());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(found).hasSize(threads * perThread).doesNotHaveDuplicates();
    assertThat(new HashSet<>(found)).isEqualTo(new HashSet<>(proposed));
  }

  /**
   * Read-only units never see half of a unit: two organisations changed together are always seen
   * together.
   */
  @Test
  protected void readOnlyUnitsSeeWholeUnitsOnly() throws Exception {
    Organisation a = insert(newOrganisation(dostHcmcProfile()));
    Organisation b = insert(newOrganisation(israelInnovationAuthorityProfile()));
    int readers = Math.max(1, threads() - 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    runConcurrently(
        readers + 1,
        t ->
            () -> {
              if (t == 0) {
                try {
                  Organisation currentA = a;
                  Organisation currentB = b;
                  for (int round = 1; round <= consistentReadRounds(); round++) {
                    Organisation nextA =
                        currentA.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                currentA.profile(), "R" + round));
                    Organisation nextB =
                        currentB.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                currentB.profile(), "R" + round));
                    Organisation[] written =
                        write(
                            r ->
                                new Organisation[] {
                                  r.organisations().update(nextA), r.organisations().update(nextB)
                                });
                    currentA = written[0];
                    currentB = written[1];
                  }
                } catch (RuntimeException e) {
                  errors.add(e);
                } finally {
                  writing.set(false);
                }
              } else {
                do {
                  try {
                    String[] seen =
                        read(
                            r ->
                                new String[] {
                                  r.organisations()
                                      .findById(a.id())
                                      .orElseThrow()
                                      .profile()
                                      .acronym(),
                                  r.organisations()
                                      .findById(b.id())
                                      .orElseThrow()
                                      .profile()
                                      .acronym()
                                });
                    reads.incrementAndGet();
                    if (!seen[0].equals(seen[1])
                        && !(seen[0].equals("DOST HCMC") && seen[1].equals("IIA"))) {
                      torn.add(seen[0] + " / " + seen[1]);
                    }
                  } catch (RuntimeException e) {
                    errors.add(e);
                    break;
                  }
                } while (writing.get());
              }
              return null;
            });

    assertThat(errors).isEmpty();
    assertThat(torn).as("reads that saw half a unit, of %d", reads.get()).isEmpty();
    assertThat(reads.get()).isGreaterThanOrEqualTo(readers);
    String last = "R" + consistentReadRounds();
    assertThat(stored(a.id()).profile().acronym()).isEqualTo(last);
    assertThat(stored(b.id()).profile().acronym()).isEqualTo(last);
  }

  /**
   * Runs one task per thread, all released at once, and waits for them within {@link #timeLimit()}.
   *
   * @param threads how many threads
   * @param task the task of thread {@code t}, from 0
   * @throws Exception if a task fails or the time runs out
   */
  protected final void runConcurrently(int threads, IntFunction<Callable<Void>> task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Void> work = task.apply(t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      long deadline = System.nanoTime() + timeLimit().toNanos();
      for (Future<Void> f : futures) {
        f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertOneWinner(String kind, Function<Integer, String> update) throws Exception {
    int threads = threads();
    CyclicBarrier together = new CyclicBarrier(threads);
    ConcurrentLinkedQueue<String> winners = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    runConcurrently(
        threads,
        t ->
            () -> {
              together.await(timeLimit().toMillis(), TimeUnit.MILLISECONDS);
              try {
                winners.add(update.apply(t));
              } catch (ConflictException e) {
                if (e.kind().equals(kind)
                    && e.expectedVersion().equals(java.util.OptionalLong.of(1))) {
                  conflicts.incrementAndGet();
                } else {
                  errors.add(e);
                }
              } catch (RuntimeException e) {
                errors.add(e);
              }
              return null;
            });

    assertThat(errors).as(kind).isEmpty();
    assertThat(winners).as(kind).hasSize(1);
    assertThat(conflicts).as(kind).hasValue(threads - 1);
  }

  private List<PersonId> storePeople(int count, Organisation employer) {
    List<PersonId> ids = new ArrayList<>(count);
    int batch = 1_000;
    for (int from = 0; from < count; from += batch) {
      int start = from;
      int end = Math.min(count, from + batch);
      ids.addAll(
          write(
              r -> {
                List<PersonId> stored = new ArrayList<>();
                for (int i = start; i < end; i++) {
                  CountryCode country = i % 2 == 0 ? CountryCode.VN : CountryCode.IL;
                  Person p =
                      newPerson(
                          new PersonProfile("Người tham gia " + i, country, Set.of(), null, false),
                          new Affiliation(
                              employer.id(), "Thành viên " + i, LocalDate.of(2018, 1, 1), null));
                  stored.add(r.people().insert(p).id());
                }
                return stored;
              }));
    }
    return ids;
  }
}
