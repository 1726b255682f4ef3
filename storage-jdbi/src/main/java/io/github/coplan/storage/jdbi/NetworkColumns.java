package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * What the store derives from an activity so that the network's questions are answered in SQL
 * (migration 10): the day of a meeting at the activity as a whole, in the columns {@code met_day},
 * {@code met_earliest} and {@code met_key} of its row; which of its participations are those by
 * which their participants meet the others, in the column {@code meets} of each; and the meetings
 * at its completed stops, in {@code stop_visit}. All are written with the activity, in the same
 * unit of work, by {@link JdbiActivityRepository}, and filled for the activities stored before
 * migration 10 by its Java step ({@link #fill}). They follow {@link
 * io.github.coplan.domain.network.Meetings}: a stop's host meets each of its attendees when the
 * stop is completed and both have a participation in the activity, with the roles of their first
 * participations.
 */
final class NetworkColumns {

  /** Activities per page of the migration step. */
  static final int PAGE = 500;

  private static final System.Logger LOG = System.getLogger(NetworkColumns.class.getName());

  private NetworkColumns() {}

  /**
   * The day of a meeting at an activity as a whole: its actual start, else its planned start.
   *
   * @param actualStart the actual start, or null
   * @param planned the planned span
   * @return the day
   */
  static PartialDate metDay(@Nullable PartialDate actualStart, DateSpan planned) {
    return actualStart != null ? actualStart : planned.start();
  }

  /**
   * The key of a meeting at an activity as a whole, which sorts meetings in {@link
   * io.github.coplan.domain.network.Meeting#ORDER} byte by byte: the earliest day offset by
   * 1,000,000 in seven digits, the activity id in 32 lower-case hex digits, {@code !}, the day's
   * text. The SQL of the network builds the key of a meeting at a stop the same way, with the stop
   * id's 32 digits before the {@code !}.
   *
   * @param activity the activity
   * @param day the day of the meeting ({@link #metDay})
   * @return the key
   */
  static String metKey(ActivityId activity, PartialDate day) {
    UUID id = activity.value();
    return String.format(
        Locale.ROOT,
        "%07d%016x%016x!%s",
        day.earliestDay().toEpochDay() + 1_000_000L,
        id.getMostSignificantBits(),
        id.getLeastSignificantBits(),
        day);
  }

  /**
   * Which participations of an activity are the ones by which their participants meet the others:
   * each participant's first attended one.
   *
   * @param participations the activity's participations, in order
   * @return for each position, whether it is one
   */
  static boolean[] meets(List<Participation> participations) {
    boolean[] meets = new boolean[participations.size()];
    Set<Participant> seen = new HashSet<>();
    for (int i = 0; i < meets.length; i++) {
      Participation p = participations.get(i);
      meets[i] = p.status() == ParticipationStatus.ATTENDED && seen.add(p.participant());
    }
    return meets;
  }

  /**
   * One row of {@code stop_visit}: a meeting at a completed stop.
   *
   * @param activity the activity
   * @param stop the stop's id
   * @param host the host organisation's id
   * @param person the attendee's id
   * @param hostRole the role of the host's first participation
   * @param personRole the role of the attendee's first participation
   * @param day the first day of the stop's actual time, else of its planned time
   */
  record Visit(
      ActivityId activity,
      UUID stop,
      UUID host,
      UUID person,
      ParticipationRole hostRole,
      ParticipationRole personRole,
      PartialDate day) {}

  /**
   * The meetings at the completed stops of an activity.
   *
   * @param activity the activity's id
   * @param participations its participations, in order
   * @param itinerary its stops
   * @return the visits, in the itinerary's order, then the attendees'
   */
  static List<Visit> visits(
      ActivityId activity, List<Participation> participations, List<Stop> itinerary) {
    List<Visit> visits = new ArrayList<>();
    if (itinerary.isEmpty()) {
      return visits;
    }
    Map<Participant, ParticipationRole> first = new HashMap<>();
    for (Participation p : participations) {
      first.putIfAbsent(p.participant(), p.role());
    }
    for (Stop stop : itinerary) {
      if (stop.status() != StopStatus.COMPLETED) {
        continue;
      }
      ParticipationRole hostRole = first.get(Participant.of(stop.host()));
      if (hostRole == null) {
        continue;
      }
      StopTime time = stop.actual() != null ? stop.actual() : stop.planned();
      PartialDate day = time.firstDay();
      for (PersonId person : stop.attendees()) {
        ParticipationRole role = first.get(Participant.of(person));
        if (role != null) {
          visits.add(
              new Visit(
                  activity,
                  stop.id().value(),
                  stop.host().value(),
                  person.value(),
                  hostRole,
                  role,
                  day));
        }
      }
    }
    return visits;
  }

  /**
   * Inserts the visits of activities, in one batch.
   *
   * @param handle the unit's handle
   * @param sql the store's statements
   * @param activities the activities, whose visits are not stored yet
   */
  static void insertVisits(Handle handle, Sql sql, List<Activity> activities) {
    List<Visit> visits = new ArrayList<>();
    for (Activity a : activities) {
      visits.addAll(visits(a.id(), a.participations(), a.itinerary()));
    }
    insert(handle, sql, visits);
  }

  private static void insert(Handle handle, Sql sql, List<Visit> visits) {
    if (visits.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(sql.get("activity.insertStopVisit"));
    for (Visit v : visits) {
      batch
          .bind(0, v.activity())
          .bind(1, v.stop())
          .bind(2, v.host())
          .bind(3, v.person())
          .bindByType(4, v.hostRole(), ParticipationRole.class)
          .bindByType(5, v.personRole(), ParticipationRole.class)
          .bind(6, v.day())
          .bind(7, v.day().earliestDay())
          .add();
    }
    batch.execute();
  }

  /** An activity row as the migration step reads it. */
  private record Row(
      ActivityId id, @Nullable String actualStart, DateSpan planned, @Nullable String itinerary) {}

  /**
   * The Java step of migration 10: fills {@code met_day} and {@code met_earliest} of every
   * activity, and the visits of every activity with an itinerary, from what is stored. Activities
   * are read in pages in id order. Running it again changes nothing: an activity's visits are
   * deleted before they are written.
   *
   * @param handle the migrating transaction's handle
   * @param sql the store's statements
   */
  static void fill(Handle handle, Sql sql) {
    int count = 0;
    @Nullable ActivityId after = null;
    while (true) {
      List<Row> page =
          (after == null
                  ? handle.createQuery(sql.get("network.fill.first")).bind(0, PAGE)
                  : handle.createQuery(sql.get("network.fill.next")).bind(0, after).bind(1, PAGE))
              .map(
                  (rs, ctx) ->
                      new Row(
                          Columns.required(rs, 1, ActivityId.class),
                          rs.getString(2),
                          Columns.required(rs, 3, DateSpan.class),
                          rs.getString(4)))
              .list();
      if (page.isEmpty()) {
        break;
      }
      PreparedBatch days = handle.prepareBatch(sql.get("network.fill.day"));
      List<Visit> visits = new ArrayList<>();
      for (Row row : page) {
        PartialDate actual;
        try {
          actual = row.actualStart() == null ? null : PartialDate.parse(row.actualStart());
        } catch (InvalidInputException e) {
          throw new StorageException(
              "the actual start of activity " + row.id() + " is not a date: " + e.getMessage(), e);
        }
        PartialDate day = metDay(actual, row.planned());
        days.bind(0, day)
            .bind(1, day.earliestDay())
            .bind(2, metKey(row.id(), day))
            .bind(3, row.id())
            .add();
        if (row.itinerary() != null) {
          List<Stop> stops;
          try {
            stops = Snapshots.itinerary(row.itinerary());
          } catch (InvalidInputException e) {
            throw new StorageException(
                "the itinerary of activity " + row.id() + " is not one: " + e.getMessage(), e);
          }
          List<Participation> participations =
              handle
                  .createQuery(sql.get("network.fill.participations"))
                  .bind(0, row.id())
                  .map(
                      (rs, ctx) ->
                          new Participation(
                              Objects.requireNonNull(
                                      Columns.get(rs, 1, ParticipantKind.class), "kind")
                                  .participant(Columns.required(rs, 2, UUID.class)),
                              Columns.required(rs, 3, ParticipationRole.class),
                              Columns.required(rs, 4, ParticipationStatus.class),
                              null))
                  .list();
          handle.createUpdate(sql.get("activity.deleteStopVisits")).bind(0, row.id()).execute();
          visits.addAll(visits(row.id(), participations, stops));
        }
      }
      days.execute();
      insert(handle, sql, visits);
      count += page.size();
      after = page.get(page.size() - 1).id();
    }
    LOG.log(
        System.Logger.Level.INFO,
        "filled the meeting days and stop visits of {0} activities",
        count);
  }
}
