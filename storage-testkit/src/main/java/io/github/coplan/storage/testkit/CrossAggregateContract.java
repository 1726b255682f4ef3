package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rules that read one aggregate to allow a change to another hold under concurrency: the
 * storage contract's promise that a writing unit's reads stay true until it commits.
 *
 * <p>Each test runs the services, unchanged, over a decorator of the store that holds a writing
 * unit between its reads and its first write, and forces the interleaving in which the rule would
 * break if each unit saw only the state it read: two moves that each read the other's ancestor
 * chain, two organisations that each become the other's parent, a proposal or an activity change
 * that read its plan before the plan was completed or cancelled. A store that runs writing units
 * one at a time passes by making the second unit wait (the hold then ends after {@link #hold()}); a
 * store that runs them concurrently must make one of them wait, or fail and run it again.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class CrossAggregateContract extends StorageContract {

  /** For subclasses. */
  protected CrossAggregateContract() {}

  /**
   * How long a held unit waits for the other unit of the interleaving. A store that serialises
   * writing units makes every held unit wait this long, once.
   *
   * @return the hold, 500 ms by default
   */
  protected Duration hold() {
    return Duration.ofMillis(500);
  }

  private @Nullable HoldingStorage holding;
  private @Nullable UseCases held;

  private HoldingStorage holding() {
    if (holding == null) {
      holding = new HoldingStorage(storage());
    }
    return holding;
  }

  /** Coplan over the holding decorator of the test's store; not closed: the store is the test's. */
  private UseCases held() {
    if (held == null) {
      held = Coplan.builder().storage(holding()).clock(CLOCK).build().actingAs(ACTOR);
    }
    return held;
  }

  // ---- activities: parent cycles ------------------------------------------------------------

  /**
   * A is moved under B while B is moved under A, each unit having read the other's (empty) ancestor
   * chain: one move commits, the other is refused as a cycle, and no cycle is stored.
   */
  @Test
  protected void twoMovesThatWouldCloseAParentCycleDoNotBothCommit() throws Exception {
    PlanId plan = planWithContentArea("CYCLE-2").id();
    ActivityId a = propose(plan, "A", null);
    ActivityId b = propose(plan, "B", null);

    List<Outcome<Activity>> outcomes =
        bothAtOnce(
            () -> held().activities().move(MoveActivity.under(a, b)),
            () -> held().activities().move(MoveActivity.under(b, a)));

    assertOneCommittedOneRefused(outcomes, RuleCode.ACTIVITY_PARENT_CYCLE);
    Map<ActivityId, Optional<ActivityId>> parents = parents(a, b);
    assertThat(parents)
        .as("exactly one of the moves is stored")
        .isIn(
            Map.of(a, Optional.of(b), b, Optional.empty()),
            Map.of(a, Optional.empty(), b, Optional.of(a)));
  }

  /**
   * With C under B already, A is moved under C while B is moved under A: the cycle A → C → B → A
   * runs through an ancestor two levels up, so a store that guarded only the parent it writes would
   * let both commit. One commits; the other is refused as a cycle.
   */
  @Test
  protected void twoMovesThatWouldCloseACycleThroughAnAncestorDoNotBothCommit() throws Exception {
    PlanId plan = planWithContentArea("CYCLE-3").id();
    ActivityId b = propose(plan, "B", null);
    ActivityId c = propose(plan, "C", b);
    ActivityId a = propose(plan, "A", null);

    List<Outcome<Activity>> outcomes =
        bothAtOnce(
            () -> held().activities().move(MoveActivity.under(a, c)),
            () -> held().activities().move(MoveActivity.under(b, a)));

    assertOneCommittedOneRefused(outcomes, RuleCode.ACTIVITY_PARENT_CYCLE);
    assertThat(parents(a, b, c))
        .as("exactly one of the moves is stored")
        .isIn(
            Map.of(a, Optional.of(c), b, Optional.empty(), c, Optional.of(b)),
            Map.of(a, Optional.empty(), b, Optional.of(a), c, Optional.of(b)));
  }

  // ---- organisations: parent cycles ---------------------------------------------------------

  /**
   * Organisation A is given parent B while B is given parent A: one update commits, the other is
   * refused as a cycle, and no cycle is stored.
   */
  @Test
  protected void twoOrganisationUpdatesThatWouldCloseAParentCycleDoNotBothCommit()
      throws Exception {
    Organisation a =
        coplan().organisations().register(new RegisterOrganisation(organisation("Agency A", null)));
    Organisation b =
        coplan().organisations().register(new RegisterOrganisation(organisation("Agency B", null)));

    List<Outcome<Organisation>> outcomes =
        bothAtOnce(
            () ->
                held()
                    .organisations()
                    .update(new UpdateOrganisation(a.id(), organisation("Agency A", b.id()))),
            () ->
                held()
                    .organisations()
                    .update(new UpdateOrganisation(b.id(), organisation("Agency B", a.id()))));

    assertOneCommittedOneRefused(outcomes, RuleCode.ORGANISATION_PARENT_CYCLE);
    Map<OrganisationId, Optional<OrganisationId>> parents = new LinkedHashMap<>();
    for (OrganisationId id : List.of(a.id(), b.id())) {
      parents.put(id, Optional.ofNullable(coplan().organisations().get(id).profile().parent()));
    }
    assertThat(parents)
        .as("exactly one of the updates is stored")
        .isIn(
            Map.of(a.id(), Optional.of(b.id()), b.id(), Optional.empty()),
            Map.of(a.id(), Optional.empty(), b.id(), Optional.of(a.id())));
  }

  // ---- frozen plans -------------------------------------------------------------------------

  /**
   * An activity is proposed while its plan is completed, and the completion is let through first:
   * the proposal, which read the plan while it was active, must not commit after the completion
   * did. Either the completion waits for the proposal (both commit, the proposal first), or the
   * proposal is refused because the plan is frozen.
   */
  @Test
  protected void aProposalDoesNotCommitIntoAPlanCompletedAfterItReadThePlan() throws Exception {
    CooperationPlan plan = activePlan("FROZEN-PROPOSE");
    AtomicBoolean completedBeforeWrite = new AtomicBoolean();

    List<Outcome<Object>> outcomes =
        writeAfterThePlanFreezes(
            plan.id(),
            ChangePlanStatus.complete(plan.id()),
            completedBeforeWrite,
            () ->
                held()
                    .activities()
                    .propose(
                        new ProposeActivity(
                            plan.id(),
                            details(1, ActivityType.WORKSHOP, en("Late workshop"), "2019"))));

    assertThat(outcomes.get(1).error()).as("the completion").isNull();
    assertThat(coplan().plans().get(plan.id()).status()).isEqualTo(PlanStatus.COMPLETED);
    List<Activity> stored =
        coplan().activities().search(ActivityQuery.builder().plan(plan.id()).build()).items();
    if (outcomes.get(0).error() == null) {
      assertThat(completedBeforeWrite)
          .as(
              "the proposal committed though the plan was completed after it read it, before it wrote")
          .isFalse();
      assertThat(stored).hasSize(1);
    } else {
      assertRule(outcomes.get(0).error(), RuleCode.PLAN_FROZEN);
      assertThat(stored).isEmpty();
    }
  }

  /**
   * Each change of an existing activity (revise, change of status, move, a participant added, a
   * participation changed) reads the activity's plan to check that it is not frozen. Run while the
   * plan is cancelled, with the cancellation let through first, the change must not commit after
   * the cancellation did.
   */
  @Test
  protected void activityChangesDoNotCommitIntoAPlanCancelledAfterTheyReadThePlan()
      throws Exception {
    Person guest =
        coplan()
            .people()
            .register(
                new RegisterPerson(PersonProfile.of("Nguyễn Văn An", CountryCode.VN), List.of()));
    Map<String, Function<ActivityId[], Object>> changes = new LinkedHashMap<>();
    changes.put(
        "revise",
        ids ->
            held()
                .activities()
                .revise(
                    new ReviseActivity(
                        ids[0], details(1, ActivityType.WORKSHOP, en("Revised"), "2020"))));
    changes.put(
        "change status",
        ids -> held().activities().changeStatus(ChangeActivityStatus.plan(ids[0])));
    changes.put("move", ids -> held().activities().move(MoveActivity.under(ids[0], ids[1])));
    changes.put(
        "add a participant",
        ids ->
            held()
                .activities()
                .addParticipant(
                    new AddParticipant(
                        ids[0],
                        Participant.of(guest.id()),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.INVITED)));
    changes.put(
        "change a participation",
        ids ->
            held()
                .activities()
                .changeParticipation(
                    new ChangeParticipation(
                        ids[0],
                        Participant.of(guest.id()),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.CONFIRMED)));
    int n = 0;
    for (Map.Entry<String, Function<ActivityId[], Object>> change : changes.entrySet()) {
      CooperationPlan plan = activePlan("FROZEN-CHANGE-" + ++n);
      ActivityId target = propose(plan.id(), "Target", null);
      ActivityId other = propose(plan.id(), "Other", null);
      if (change.getKey().equals("change a participation")) {
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    target,
                    Participant.of(guest.id()),
                    ParticipationRole.ATTENDEE,
                    ParticipationStatus.INVITED));
      }
      Activity before = coplan().activities().get(target);
      AtomicBoolean cancelledBeforeWrite = new AtomicBoolean();

      List<Outcome<Object>> outcomes =
          writeAfterThePlanFreezes(
              plan.id(),
              ChangePlanStatus.cancel(plan.id(), "funding withdrawn"),
              cancelledBeforeWrite,
              () -> change.getValue().apply(new ActivityId[] {target, other}));

      assertThat(outcomes.get(1).error())
          .as("the cancellation, beside: %s", change.getKey())
          .isNull();
      assertThat(coplan().plans().get(plan.id()).status()).isEqualTo(PlanStatus.CANCELLED);
      Activity after = coplan().activities().get(target);
      if (outcomes.get(0).error() == null) {
        assertThat(cancelledBeforeWrite)
            .as(
                "%s committed though the plan was cancelled after it read it, before it wrote",
                change.getKey())
            .isFalse();
        assertThat(after.version()).as(change.getKey()).isEqualTo(before.version() + 1);
      } else {
        assertRule(outcomes.get(0).error(), RuleCode.PLAN_FROZEN);
        assertThat(after).as("%s refused changes nothing", change.getKey()).isEqualTo(before);
      }
    }
  }

  // ---- the interleavings ----------------------------------------------------------------------

  /** What one side of an interleaving ended with: its result or its error. */
  private record Outcome<T>(@Nullable T result, @Nullable Throwable error) {}

  /**
   * Runs two changes on two threads, each held before its first write until the other has read too
   * (or {@link #hold()} has passed): both have read what the other is about to change. Only each
   * unit's first attempt is held.
   */
  private <T> List<Outcome<T>> bothAtOnce(Supplier<T> first, Supplier<T> second) throws Exception {
    CyclicBarrier bothRead = new CyclicBarrier(2);
    IntConsumer hook =
        attempt -> {
          if (attempt == 1) {
            try {
              bothRead.await(hold().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
              // The other unit could not read meanwhile: the store made it wait.
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    return concurrently(
        List.of(() -> holding().holding(hook, first), () -> holding().holding(hook, second)));
  }

  /**
   * Runs a change on one thread and freezes its plan on another: the change is held after its
   * reads; the freeze starts then, and the change waits for it to commit (or for {@link #hold()}),
   * then writes. Records whether the attempt that wrote began writing after the freeze committed.
   */
  private List<Outcome<Object>> writeAfterThePlanFreezes(
      PlanId plan,
      ChangePlanStatus freeze,
      AtomicBoolean frozenBeforeWrite,
      Supplier<Object> change)
      throws Exception {
    CountDownLatch changeHasRead = new CountDownLatch(1);
    CountDownLatch frozen = new CountDownLatch(1);
    IntConsumer hook =
        attempt -> {
          changeHasRead.countDown();
          try {
            if (attempt == 1) {
              frozen.await(hold().toMillis(), TimeUnit.MILLISECONDS);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          frozenBeforeWrite.set(frozen.getCount() == 0);
        };
    return concurrently(
        List.of(
            () -> {
              try {
                return holding().holding(hook, change);
              } finally {
                changeHasRead.countDown();
              }
            },
            () -> {
              changeHasRead.await();
              try {
                return held().plans().changeStatus(freeze);
              } finally {
                frozen.countDown();
              }
            }));
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  private static <T> List<Outcome<T>> concurrently(List<Step<? extends T>> steps) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(steps.size());
    try {
      List<Future<? extends T>> futures = new ArrayList<>();
      for (Step<? extends T> step : steps) {
        futures.add(pool.submit(step::run));
      }
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<? extends T> future : futures) {
        try {
          outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError failure) {
            throw failure;
          }
          outcomes.add(new Outcome<>(null, e.getCause()));
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        fail("the units of the interleaving did not end");
      }
    }
  }

  private static <T> void assertOneCommittedOneRefused(List<Outcome<T>> outcomes, RuleCode rule) {
    List<Throwable> errors = outcomes.stream().map(Outcome::error).filter(e -> e != null).toList();
    assertThat(errors).as("exactly one of the two changes is refused").hasSize(1);
    assertRule(errors.get(0), rule);
  }

  private static void assertRule(@Nullable Throwable error, RuleCode rule) {
    assertThat(error).as("the refusal").isInstanceOf(RuleViolationException.class);
    assertThat(((RuleViolationException) error).rule()).isEqualTo(rule);
  }

  // ---- fixtures -------------------------------------------------------------------------------

  private CooperationPlan planWithContentArea(String code) {
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(
                new io.github.coplan.application.DraftPlan(
                    io.github.coplan.domain.plan.PlanCode.of(code),
                    en("Plan " + code),
                    null,
                    DateSpan.parse("2018/2021")));
    return coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, contentAreaTitle(1))));
  }

  private CooperationPlan activePlan(String code) {
    CooperationPlan plan = planWithContentArea(code);
    for (String party : List.of("City department", "Foreign agency")) {
      Organisation organisation =
          coplan()
              .organisations()
              .register(new RegisterOrganisation(organisation(party + " of " + code, null)));
      coplan()
          .plans()
          .addParty(new AddParty(plan.id(), Party.of(organisation.id(), PartyRole.IMPLEMENTING)));
    }
    return coplan().plans().changeStatus(ChangePlanStatus.activate(plan.id()));
  }

  private ActivityId propose(PlanId plan, String title, @Nullable ActivityId parent) {
    ProposeActivity command =
        new ProposeActivity(plan, details(1, ActivityType.WORKSHOP, en(title), "2019"));
    return coplan()
        .activities()
        .propose(parent == null ? command : command.withParent(parent))
        .id();
  }

  private Map<ActivityId, Optional<ActivityId>> parents(ActivityId... ids) {
    Map<ActivityId, Optional<ActivityId>> parents = new LinkedHashMap<>();
    for (ActivityId id : ids) {
      parents.put(id, Optional.ofNullable(coplan().activities().get(id).parent()));
    }
    return parents;
  }

  private static OrganisationProfile organisation(String name, @Nullable OrganisationId parent) {
    return OrganisationProfile.builder()
        .name(en(name))
        .type(OrganisationType.GOVERNMENT)
        .country(CountryCode.IL)
        .parent(parent)
        .build();
  }
}
