package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.DraftPlan;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Migration 10 on a database of version 9: the activities stored before it get the day of a meeting
 * at them (their actual start, else their planned start) and the meetings at their completed stops
 * filled by its Java step, from the stored actual start and itinerary, so that the network's
 * questions answer for them as for activities stored since.
 */
abstract class NetworkMigrationCheck {

  abstract JdbiStorage open(JdbiOptions options);

  @Test
  void aDatabaseOfVersion9GetsItsMeetingDaysAndStopVisitsFilled() {
    OrganisationId host = new OrganisationId(UUID.randomUUID());
    PersonId lan = new PersonId(UUID.randomUUID());
    PersonId minh = new PersonId(UUID.randomUUID());
    PersonId absent = new PersonId(UUID.randomUUID());
    StopId visit = new StopId(UUID.randomUUID());
    StopId planned = new StopId(UUID.randomUUID());
    ActivityId tour = new ActivityId(UUID.randomUUID());
    ActivityId workshop = new ActivityId(UUID.randomUUID());
    Place hanoi = Place.of("Hà Nội", CountryCode.VN, ZoneId.of("Asia/Ho_Chi_Minh"));
    List<Object> before;
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      PlanId plan =
          Fixtures.coplan(storage)
              .plans()
              .draft(new DraftPlan(PlanCode.of("NET-MIGRATION"), LocalizedText.of("en", "Plan")))
              .id();
      Activity a =
          Activity.ForAdapters.restore(
              tour,
              plan,
              details("2019-03-01/2019-03-08"),
              null,
              ActivityStatus.COMPLETED,
              null,
              null,
              null,
              List.of(
                  new Participation(
                      Participant.of(host),
                      ParticipationRole.HOST,
                      ParticipationStatus.CONFIRMED,
                      null),
                  new Participation(
                      Participant.of(lan),
                      ParticipationRole.DELEGATE,
                      ParticipationStatus.ATTENDED,
                      null),
                  new Participation(
                      Participant.of(minh),
                      ParticipationRole.INTERPRETER,
                      ParticipationStatus.ATTENDED,
                      null)),
              List.of(
                  new Stop(
                      visit,
                      hanoi,
                      host,
                      "A visit",
                      StopTime.on(PartialDate.parse("2019-03-04")),
                      StopTime.on(PartialDate.parse("2019-03-05")),
                      List.of(lan, absent),
                      StopStatus.COMPLETED,
                      null),
                  Stop.planned(
                      planned,
                      hanoi,
                      host,
                      "Another visit",
                      StopTime.on(PartialDate.parse("2019-03-06")),
                      List.of(minh))),
              0);
      Activity b =
          Activity.ForAdapters.restore(
              workshop,
              plan,
              details("2019-Q2"),
              null,
              ActivityStatus.COMPLETED,
              PartialDate.parse("2019-05-20"),
              null,
              null,
              List.of(
                  new Participation(
                      Participant.of(lan),
                      ParticipationRole.SPEAKER,
                      ParticipationStatus.ATTENDED,
                      null),
                  new Participation(
                      Participant.of(host),
                      ParticipationRole.ORGANISER,
                      ParticipationStatus.ATTENDED,
                      null),
                  new Participation(
                      Participant.of(lan),
                      ParticipationRole.EXPERT,
                      ParticipationStatus.ATTENDED,
                      null)),
              List.of(),
              0);
      storage.inTransaction(
          r -> {
            r.activities().insert(a);
            r.activities().insert(b);
            return null;
          });
      before = derived(storage);
      storage.withHandle(
          false,
          h -> {
            LookupMigrationCheck.undoMigration10(h);
            return null;
          });
    }

    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(3);
      assertThat(derived(storage)).isEqualTo(before);
      assertThat(before)
          .containsExactly(
              List.of(
                  tour.value().toString(),
                  "2019-03-01",
                  LocalDate.of(2019, 3, 1).toEpochDay(),
                  (LocalDate.of(2019, 3, 1).toEpochDay() + 1_000_000)
                      + tour.value().toString().replace("-", "")
                      + "!2019-03-01"),
              List.of(
                  workshop.value().toString(),
                  "2019-05-20",
                  LocalDate.of(2019, 5, 20).toEpochDay(),
                  (LocalDate.of(2019, 5, 20).toEpochDay() + 1_000_000)
                      + workshop.value().toString().replace("-", "")
                      + "!2019-05-20"),
              List.of(tour.value().toString(), 0, false),
              List.of(tour.value().toString(), 1, true),
              List.of(tour.value().toString(), 2, true),
              List.of(workshop.value().toString(), 0, true),
              List.of(workshop.value().toString(), 1, true),
              List.of(workshop.value().toString(), 2, false),
              List.of(
                  visit.value().toString(),
                  host.value().toString(),
                  lan.value().toString(),
                  "HOST",
                  "DELEGATE",
                  "2019-03-05",
                  LocalDate.of(2019, 3, 5).toEpochDay()));
      List<Connection> connections =
          storage.readOnly(
              r ->
                  r.network().connectionsOf(Participant.of(lan), LocalDate.of(2019, 12, 31), null));
      assertThat(connections)
          .containsExactly(
              new Connection(
                  Participant.of(lan),
                  Participant.of(minh),
                  List.of(
                      new Meeting(
                          tour,
                          null,
                          PartialDate.parse("2019-03-01"),
                          ParticipationRole.DELEGATE,
                          ParticipationRole.INTERPRETER))),
              new Connection(
                  Participant.of(lan),
                  Participant.of(host),
                  List.of(
                      new Meeting(
                          tour,
                          visit,
                          PartialDate.parse("2019-03-05"),
                          ParticipationRole.DELEGATE,
                          ParticipationRole.HOST),
                      new Meeting(
                          workshop,
                          null,
                          PartialDate.parse("2019-05-20"),
                          ParticipationRole.SPEAKER,
                          ParticipationRole.ORGANISER))));
    }
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  private static ActivityDetails details(String planned) {
    return new ActivityDetails(
        1,
        ActivityType.STUDY_TOUR,
        LocalizedText.of("en", "A tour"),
        null,
        DateSpan.parse(planned),
        null,
        null);
  }

  /**
   * The derived rows: each activity's id, meeting day, its earliest day and the meeting's key, by
   * planned start; each participation's activity, ordinal and whether it is the one its participant
   * meets by, in the same order; then each stop visit's stop, host, person, roles, day and earliest
   * day.
   */
  private static List<Object> derived(JdbiStorage storage) {
    return storage.withHandle(
        true,
        h -> {
          List<Object> rows = new java.util.ArrayList<>();
          rows.addAll(
              h.createQuery(
                      "SELECT id, met_day, met_earliest, met_key FROM coplan_activity"
                          + " ORDER BY planned_earliest")
                  .map(
                      (rs, ctx) ->
                          List.<Object>of(
                              Columns.required(rs, 1, UUID.class).toString(),
                              rs.getString(2),
                              rs.getLong(3),
                              rs.getString(4)))
                  .list());
          rows.addAll(
              h.createQuery(
                      "SELECT p.activity_id, p.ordinal, p.meets FROM coplan_participation p"
                          + " JOIN coplan_activity a ON a.id = p.activity_id"
                          + " ORDER BY a.planned_earliest, p.ordinal")
                  .map(
                      (rs, ctx) ->
                          List.<Object>of(
                              Columns.required(rs, 1, UUID.class).toString(),
                              rs.getInt(2),
                              rs.getBoolean(3)))
                  .list());
          rows.addAll(
              h.createQuery(
                      "SELECT stop_id, host_id, person_id, host_role, person_role, day, day_earliest"
                          + " FROM coplan_stop_visit ORDER BY stop_id, person_id")
                  .map(
                      (rs, ctx) ->
                          List.<Object>of(
                              Columns.required(rs, 1, UUID.class).toString(),
                              Columns.required(rs, 2, UUID.class).toString(),
                              Columns.required(rs, 3, UUID.class).toString(),
                              rs.getString(4),
                              rs.getString(5),
                              rs.getString(6),
                              rs.getLong(7)))
                  .list());
          return rows;
        });
  }
}
