package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history of a relationship is visible to a person only when it has no plan or the person sees
 * its plan, as an activity's only when the person sees the activity's plan.
 */
class NetworkAccessTest {

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Clock clock = Clock.systemUTC();
  private final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);
  private PersonId director;
  private PersonId guest;
  private PersonId stranger;
  private PersonId reporter;
  private PlanId plan;
  private ActivityId workshop;

  @BeforeEach
  void registerThePlanAndAWorkshop() {
    director = person("Nguyễn Văn A");
    guest = person("Avi C");
    stranger = person("Lê Văn D");
    reporter = person("Hoàng Văn F");
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-NET-2019"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(1, vi("Chính sách"))));
    system
        .plans()
        .grant(new GrantRole(plan, Grant.of(Principal.person(reporter), PlanRole.REPORTER)));
    workshop =
        system
            .activities()
            .propose(
                new ProposeActivity(
                    plan,
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.WORKSHOP)
                        .title(vi("Hội thảo"))
                        .planned(DateSpan.parse("2019-05-10"))
                        .build()))
            .id();
    for (PersonId p : List.of(director, guest)) {
      system
          .activities()
          .addParticipant(
              new AddParticipant(
                  workshop,
                  Participant.of(p),
                  ParticipationRole.ATTENDEE,
                  ParticipationStatus.ATTENDED));
    }
  }

  private PersonId person(String name) {
    return system
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of()))
        .id();
  }

  private List<Long> versions(PersonId who, AggregateRef ref) {
    return Services.create(storage, clock, ids, Actor.person(who), true)
        .history()
        .of(HistoryQuery.of(ref))
        .items()
        .stream()
        .map(ChangeRecord::version)
        .toList();
  }

  @Test
  void aRelationshipWithoutAPlanShowsItsHistoryToAnyone() {
    Relationship open =
        system
            .network()
            .record(
                RecordRelationship.of(
                    RelationshipType.INTRODUCED_TO.code(),
                    Participant.of(director),
                    Participant.of(guest),
                    PartialDate.parse("2019-05")));
    system.network().revise(ReviseRelationship.of(open).endingOn(PartialDate.parse("2020")));

    assertThat(versions(stranger, AggregateRef.of(open.id()))).containsExactly(2L, 1L);
  }

  @Test
  void aRelationshipOfAPlanShowsItsHistoryOnlyToThoseWhoSeeThePlan() {
    Relationship ofPlan =
        system
            .network()
            .record(
                RecordRelationship.of(
                        RelationshipType.INTRODUCED_TO.code(),
                        Participant.of(director),
                        Participant.of(guest),
                        PartialDate.parse("2019-05"))
                    .producedBy(RelationshipSource.of(workshop)));

    assertThat(versions(stranger, AggregateRef.of(ofPlan.id()))).isEmpty();
    assertThat(versions(reporter, AggregateRef.of(ofPlan.id()))).containsExactly(1L);
  }

  @Test
  void anActivityShowsItsHistoryOnlyToThoseWhoSeeItsPlan() {
    assertThat(versions(stranger, AggregateRef.of(workshop))).isEmpty();
    assertThat(versions(reporter, AggregateRef.of(workshop))).containsExactly(3L, 2L, 1L);
  }

  @Test
  void aFeedNeedsAPlan() {
    violation(() -> system.history().feed(null, 0, 10), "plan", "required");
  }
}
