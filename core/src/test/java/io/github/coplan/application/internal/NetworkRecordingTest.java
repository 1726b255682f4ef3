package io.github.coplan.application.internal;

import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recorder records the relationships a command inserts and updates, whether or not it read them
 * first, passes the network's reads through and records nothing of the types or the connections.
 */
class NetworkRecordingTest {

  private static final UUID COMMAND = UUID.fromString("01890000-0000-7000-8000-00000000c0de");
  private static final Instant AT = Instant.parse("2019-06-01T00:00:00Z");
  private static final Actor ACTOR = Actor.system("network-test");
  private static final RelationshipId ID = new RelationshipId(new UUID(0x5e1a, 1));
  private static final PartialDate MAY_2019 = PartialDate.parse("2019-05");
  private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);
  private static final RelationshipType ADVISES =
      new RelationshipType(
          RelationshipTypeCode.of("advises"),
          vi("tư vấn cho"),
          vi("được tư vấn bởi"),
          EnumSet.of(ParticipantKind.PERSON),
          EnumSet.allOf(ParticipantKind.class),
          false);

  private final FakeStorage storage = new FakeStorage();
  private final Services system =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private PersonId director;
  private PersonId guest;
  private PlanId plan;
  private ActivityId workshop;

  @BeforeEach
  void registerAWorkshopTheTwoAttended() {
    director = person("Nguyễn Văn A");
    guest = person("Avi C");
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-NET-2019"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(1, vi("Chính sách"))));
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

  private List<ChangeRecord> history() {
    return storage.readOnly(r -> r.history().ofAggregate(AggregateRef.of(ID), Long.MAX_VALUE, 100));
  }

  private Relationship mentor() {
    return Relationship.record(
        ID,
        RelationshipType.MENTOR_OF,
        Participant.of(director),
        Participant.of(guest),
        MAY_2019,
        null,
        null,
        RelationshipSource.of(workshop),
        plan,
        1);
  }

  @Test
  void theNetworksReadsPassThroughAndAnInsertIsRecordedWithEveryField() {
    Connection met =
        new Connection(
            Participant.of(director),
            Participant.of(guest),
            List.of(
                new Meeting(
                    workshop,
                    null,
                    PartialDate.parse("2019-05-10"),
                    ParticipationRole.ATTENDEE,
                    ParticipationRole.ATTENDEE)));
    int before = storage.records();
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.network().saveType(ADVISES);
          assertThat(rec.network().findType(ADVISES.code())).contains(ADVISES);
          assertThat(rec.network().types()).containsExactly(ADVISES);
          Relationship x = rec.network().insertRelationship(mentor());
          assertThat(x.version()).isEqualTo(1);
          assertThat(rec.network().findRelationship(ID)).contains(x);
          assertThat(rec.network().findRelationship(new RelationshipId(new UUID(0x5e1a, 2))))
              .isEmpty();
          assertThat(
                  rec.network()
                      .findTie(
                          RelationshipType.MENTOR_OF.code(),
                          Participant.of(director),
                          Participant.of(guest),
                          MAY_2019))
              .contains(x);
          assertThat(rec.network().relationshipsOf(Participant.of(guest))).containsExactly(x);
          assertThat(rec.network().relationshipsFrom(RelationshipSource.of(workshop)))
              .containsExactly(x);
          assertThat(rec.network().connectionsOf(Participant.of(director), END_OF_2019, null))
              .containsExactly(met);
          assertThat(
                  rec.network().network(Participant.of(director), 1, END_OF_2019, 10, null).root())
              .isEqualTo(Participant.of(director));
          assertThat(
                  rec.network()
                      .connectionsMade(
                          ConnectionQuery.of(plan, LocalDate.of(2019, 1, 1), END_OF_2019), null))
              .containsExactly(met);
          assertThat(
                  rec.network()
                      .goneCold(
                          Participant.of(director), END_OF_2019, LocalDate.of(2019, 6, 1), null))
              .containsExactly(met);
          assertThat(
                  rec.network()
                      .mostConnected(plan, LocalDate.of(2019, 1, 1), END_OF_2019, 10, null))
              .containsExactly(
                  new Degree(Participant.of(director), 1, 1),
                  new Degree(Participant.of(guest), 1, 1));
          rec.flush("Record", null);
          return null;
        });

    assertThat(storage.records()).isEqualTo(before + 1);
    List<ChangeRecord> history = history();
    assertThat(history).extracting(ChangeRecord::version).containsExactly(1L);
    assertThat(history.get(0).plan()).isEqualTo(plan);
    assertThat(history.get(0).changes())
        .containsExactly(
            new FieldChange("contentArea", null, "1"),
            new FieldChange("from", null, "person:" + director),
            new FieldChange("plan", null, plan.toString()),
            new FieldChange("source", null, "activity:" + workshop),
            new FieldChange("start", null, "2019-05"),
            new FieldChange("to", null, "person:" + guest),
            new FieldChange("type", null, "mentor_of"));
  }

  @Test
  void anUpdateWithoutAReadThroughTheRecorderDiffsAgainstWhatIsStored() {
    Relationship stored = storage.inTransaction(r -> r.network().insertRelationship(mentor()));

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.network()
              .updateRelationship(stored.revise(MAY_2019, PartialDate.parse("2020"), null));
          rec.flush("Revise", "Kết thúc");
          return null;
        });

    ChangeRecord revised = history().get(0);
    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.reason()).isEqualTo("Kết thúc");
    assertThat(revised.changes()).containsExactly(new FieldChange("end", null, "2020"));
  }

  @Test
  void anUpdateAfterAReadThroughTheRecorderDiffsAgainstWhatItRead() {
    storage.inTransaction(r -> r.network().insertRelationship(mentor()));

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          Relationship read = rec.network().findRelationship(ID).orElseThrow();
          Relationship ended =
              rec.network()
                  .updateRelationship(read.revise(MAY_2019, PartialDate.parse("2020"), null));
          rec.network()
              .updateRelationship(ended.revise(PartialDate.parse("2019-04"), ended.end(), null));
          rec.flush("Revise", null);
          return null;
        });

    List<ChangeRecord> history = history();
    assertThat(history).extracting(ChangeRecord::version).containsExactly(3L, 2L);
    assertThat(history.get(1).changes()).containsExactly(new FieldChange("end", null, "2020"));
    assertThat(history.get(0).changes())
        .containsExactly(new FieldChange("start", "2019-05", "2019-04"));
  }
}
