package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of "as of" reads on a store: a plan and its activities, changed through the use
 * cases at five instants of a clock, read back as of each instant, between them and before the
 * first, equal what the commands returned then, field by field. The reads fold the store's history
 * ({@link io.github.coplan.port.storage.HistoryRepository#ofAggregate}), so this proves that a
 * store keeps every record's instant, version and changes exactly.
 */
public abstract class AsOfContract extends StorageContract {

  /** The five instants: 15 August 2018, a day apart. */
  private static final List<Instant> INSTANTS =
      List.of(
          NOW,
          NOW.plus(Duration.ofDays(1)),
          NOW.plus(Duration.ofDays(2)),
          NOW.plus(Duration.ofDays(3)).plusNanos(1_000),
          NOW.plus(Duration.ofDays(4)));

  /** For subclasses. */
  protected AsOfContract() {}

  /** A clock a test moves; read by the threads of one Coplan, so its instant is volatile. */
  private static final class MovingClock extends Clock {
    private volatile Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** What one instant left: the plan and both activities, null where one did not exist yet. */
  private record State(CooperationPlan plan, @Nullable Activity tour, @Nullable Activity week) {}

  /**
   * A plan and two activities changed at five instants read back as of each of them, as of a moment
   * between each and the next, and as of a moment before the first.
   */
  @Test
  protected void aPlanAndItsActivitiesAsOfFiveInstantsAreWhatTheyWereThen() {
    MovingClock clock = new MovingClock();
    Coplan coplan = Coplan.builder().storage(storage()).clock(clock).build();
    UseCases uses = coplan.actingAs(Actor.system("as-of"));
    List<State> states = new ArrayList<>();

    clock.now = INSTANTS.get(0);
    Organisation dost = uses.organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    Organisation iia =
        uses.organisations().register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
    CooperationPlan plan =
        uses.plans()
            .draft(
                new DraftPlan(
                        PlanCode.of("ASOF-2018"),
                        viEnHe(PLAN_TITLE_VI, PLAN_TITLE_EN, PLAN_TITLE_HE))
                    .withPeriod(DateSpan.parse("2018/2021")));
    states.add(new State(plan, null, null));
    PlanId id = plan.id();

    clock.now = INSTANTS.get(1);
    uses.plans()
        .addParty(
            new AddParty(id, Party.of(dost.id(), PartyRole.SIGNATORY, PartyRole.IMPLEMENTING)));
    uses.plans().addParty(new AddParty(id, Party.of(iia.id(), PartyRole.FUNDING)));
    plan = uses.plans().addContentArea(new AddContentArea(id, contentArea(1)));
    Activity tour =
        uses.activities()
            .propose(
                new ProposeActivity(
                    id,
                    details(
                        1,
                        ActivityType.STUDY_TOUR,
                        viEn("Đoàn khảo sát tại Israel", "Study tour to Israel"),
                        "2018-11/..")));
    states.add(new State(plan, tour, null));

    clock.now = INSTANTS.get(2);
    plan = uses.plans().addContentArea(new AddContentArea(id, contentArea(5)));
    plan =
        uses.plans()
            .addDocument(
                new AddDocument(
                    id,
                    new PlanDocument(
                        DocumentType.ARTICLE,
                        en("HCMC and Israel promote innovative start-ups"),
                        URI.create("https://example.org/hcmc-israel-2018"),
                        LocalDate.of(2018, 8, 15))));
    uses.activities().changeStatus(ChangeActivityStatus.plan(tour.id()));
    tour = uses.activities().changeStatus(ChangeActivityStatus.schedule(tour.id()));
    Activity week =
        uses.activities()
            .propose(
                new ProposeActivity(
                    id,
                    details(
                        5,
                        ActivityType.EVENT_SHOWCASE,
                        viEn("Tuần lễ Đổi mới sáng tạo", "Innovation and Startup Week"),
                        "2018-Q4")));
    states.add(new State(plan, tour, week));

    clock.now = INSTANTS.get(3);
    plan = uses.plans().changeStatus(ChangePlanStatus.activate(id));
    tour =
        uses.activities()
            .changeStatus(ChangeActivityStatus.start(tour.id(), PartialDate.parse("2018-11-12")));
    week =
        uses.activities()
            .addParticipant(
                new AddParticipant(
                    week.id(),
                    Participant.of(iia.id()),
                    ParticipationRole.EXHIBITOR,
                    ParticipationStatus.INVITED));
    states.add(new State(plan, tour, week));

    clock.now = INSTANTS.get(4);
    plan = uses.plans().changeStatus(ChangePlanStatus.suspend(id, "Chờ ngân sách 2019"));
    tour =
        uses.activities()
            .changeStatus(
                ChangeActivityStatus.complete(tour.id(), PartialDate.parse("2018-11-19")));
    week = uses.activities().changeStatus(ChangeActivityStatus.cancel(week.id(), "Dời sang 2019"));
    states.add(new State(plan, tour, week));

    ActivityId tourId = tour.id();
    ActivityId weekId = week.id();
    assertThat(uses.plans().get(id)).isEqualTo(plan);
    for (int i = 0; i < INSTANTS.size(); i++) {
      State then = states.get(i);
      for (Instant at : List.of(INSTANTS.get(i), INSTANTS.get(i).plus(Duration.ofHours(12)))) {
        assertThat(uses.plans().asOf(id, at)).as("plan as of " + at).isEqualTo(then.plan());
        assertActivity(uses, tourId, at, then.tour());
        assertActivity(uses, weekId, at, then.week());
        // Another actor's Coplan, on the contract's fixed clock, reads the same past.
        assertThat(coplan().plans().asOf(id, at)).isEqualTo(then.plan());
      }
    }
    Instant before = INSTANTS.get(0).minusNanos(1);
    assertThatThrownBy(() -> uses.plans().asOf(id, before)).isInstanceOf(NotFoundException.class);
    assertActivity(uses, tourId, before, null);
    assertActivity(uses, weekId, before, null);
  }

  private static void assertActivity(
      UseCases uses, ActivityId id, Instant at, @Nullable Activity expected) {
    if (expected == null) {
      assertThatThrownBy(() -> uses.activities().asOf(id, at))
          .as("activity " + id + " as of " + at)
          .isInstanceOf(NotFoundException.class);
    } else {
      assertThat(uses.activities().asOf(id, at))
          .as("activity " + id + " as of " + at)
          .isEqualTo(expected);
    }
  }

  private static ContentArea contentArea(int number) {
    return new ContentArea(number, contentAreaTitle(number));
  }
}
