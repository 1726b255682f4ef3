package io.github.coplan.benchmarks;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The raw floor: hand-written JDBC on Coplan's schema, binding and reading the same columns in the
 * same text forms (see the header of {@code V1__init.sql}) and mapping rows to the same domain
 * objects with {@link Activity.ForAdapters#restore}.
 */
final class Raw {

  static final String COLUMNS =
      "a.id, a.version, a.plan_id, a.content_area, a.type, a.status, a.title, a.description, a.planned,"
          + " a.location_country, a.location_city, a.location_venue, a.location_online, a.lead_party, a.parent_id,"
          + " a.actual_start, a.actual_end, a.status_reason, a.itinerary";
  static final String FIND = "SELECT " + COLUMNS + " FROM coplan_activity a WHERE a.id = ?";
  static final String PARTICIPATIONS =
      "SELECT p.participant_kind, p.participant_id, p.role, p.status, p.affiliation_organisation,"
          + " p.affiliation_position FROM coplan_participation p WHERE p.activity_id = ? ORDER BY p.ordinal";
  static final String INSERT =
      "INSERT INTO coplan_activity (id, version, plan_id, content_area, type, status, title, description, planned,"
          + " planned_earliest, planned_latest, location_country, location_city, location_venue, location_online, lead_party, parent_id,"
          + " actual_start, actual_end, status_reason, sort_title, search_text)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_PARTICIPATION =
      "INSERT INTO coplan_participation (activity_id, ordinal, participant_kind, participant_id, role,"
          + " status, affiliation_organisation, affiliation_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * A plan's activities whose planned span overlaps a window, by planned start then id, one row
   * more than the page.
   */
  static final String SEARCH =
      "SELECT "
          + COLUMNS
          + " FROM coplan_activity a WHERE a.plan_id = ? AND a.planned_latest >= ?"
          + " AND a.planned_earliest <= ? ORDER BY a.planned_earliest ASC, a.id ASC LIMIT ?";

  static final int PAGE_IDS = 64;

  /**
   * The participations of up to {@link #PAGE_IDS} activities (the list padded by repeating the last
   * id).
   */
  static final String PARTICIPATIONS_OF_PAGE =
      "SELECT p.activity_id, p.participant_kind, p.participant_id, p.role, p.status,"
          + " p.affiliation_organisation, p.affiliation_position FROM coplan_participation p WHERE p.activity_id IN ("
          + "?, ".repeat(PAGE_IDS - 1)
          + "?) ORDER BY p.activity_id, p.ordinal";

  static final String PROGRESS_BY_STATUS =
      "SELECT content_area, status, COUNT(*),"
          + " SUM(CASE WHEN planned_latest < ? THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN planned_earliest >= ? AND planned_earliest <= ? THEN 1 ELSE 0 END)"
          + " FROM coplan_activity WHERE plan_id = ? GROUP BY content_area, status";
  static final String PROGRESS_BY_COUNTRY =
      "SELECT participant_kind, country, COUNT(*) FROM ("
          + " SELECT DISTINCT p.participant_kind, p.participant_id, COALESCE(o.country, pe.country) AS country"
          + " FROM coplan_activity a JOIN coplan_participation p ON p.activity_id = a.id"
          + " LEFT JOIN coplan_organisation o ON p.participant_kind = 'ORGANISATION' AND o.id = p.participant_id"
          + " LEFT JOIN coplan_person pe ON p.participant_kind = 'PERSON' AND pe.id = p.participant_id"
          + " WHERE a.plan_id = ? AND a.status <> 'CANCELLED' AND p.status <> 'WITHDRAWN') participant"
          + " WHERE country IS NOT NULL GROUP BY participant_kind, country";
  static final String PROGRESS_BY_TYPE =
      "SELECT o.type, COUNT(DISTINCT o.id) FROM coplan_activity a"
          + " JOIN coplan_participation p ON p.activity_id = a.id JOIN coplan_organisation o ON o.id = p.participant_id"
          + " WHERE a.plan_id = ? AND a.status <> 'CANCELLED' AND p.status <> 'WITHDRAWN' AND p.participant_kind = 'ORGANISATION'"
          + " GROUP BY o.type";

  /** The first overdue activities of a plan, earliest planned day first, then id. */
  static final String PROGRESS_OVERDUE =
      "SELECT a.id, a.title, a.planned, a.content_area, a.lead_party, a.status FROM coplan_activity a"
          + " WHERE a.plan_id = ? AND a.planned_earliest < ? AND a.planned_latest < ? AND a.status NOT IN ('COMPLETED', 'CANCELLED')"
          + " ORDER BY a.planned_earliest, a.id LIMIT ?";

  /** The first upcoming activities of a plan, earliest planned day first, then id. */
  static final String PROGRESS_UPCOMING =
      "SELECT a.id, a.title, a.planned, a.content_area, a.lead_party, a.status FROM coplan_activity a"
          + " WHERE a.plan_id = ? AND a.planned_earliest >= ? AND a.planned_earliest <= ?"
          + " AND a.status IN ('PROPOSED', 'PLANNED', 'SCHEDULED', 'POSTPONED') ORDER BY a.planned_earliest, a.id LIMIT ?";

  private static final char RECORD = '\u001E';
  private static final char UNIT = '\u001F';

  private Raw() {}

  /**
   * The plan row a writing unit reads before it adds an activity, with the lock Coplan's writing
   * units take on what they read: {@code FOR UPDATE} on PostgreSQL; none on SQLite, whose {@code
   * BEGIN IMMEDIATE} takes the database's write lock for the whole unit.
   */
  static String readPlanForWrite(Db db) {
    return "SELECT status, version FROM coplan_plan WHERE id = ?"
        + (db == Db.POSTGRES ? " FOR UPDATE" : "");
  }

  /** Binds the plan id of {@link #readPlanForWrite}. */
  static void bindPlanId(Db db, PreparedStatement s, PlanId plan) throws SQLException {
    db.setUuid(s, 1, plan.value());
  }

  /** Binds every column of {@link #INSERT}. */
  static void bindInsert(Db db, PreparedStatement s, Activity a, long version) throws SQLException {
    ActivityDetails d = a.details();
    DateSpan planned = d.planned();
    Location location = d.location();
    db.setUuid(s, 1, a.id().value());
    s.setLong(2, version);
    db.setUuid(s, 3, a.plan().value());
    s.setInt(4, d.contentArea());
    s.setString(5, d.type().name());
    s.setString(6, a.status().name());
    s.setString(7, encode(d.title()));
    text(s, 8, d.description() == null ? null : encode(d.description()));
    s.setString(9, planned.toString());
    s.setInt(10, (int) planned.earliestDay().toEpochDay());
    s.setInt(11, (int) planned.latestDay().toEpochDay());
    text(s, 12, location == null || location.country() == null ? null : location.country().code());
    text(s, 13, location == null ? null : location.city());
    text(s, 14, location == null ? null : location.venue());
    if (location == null) {
      s.setNull(15, Types.BOOLEAN);
    } else {
      s.setBoolean(15, location.online());
    }
    db.setUuid(s, 16, d.leadParty() == null ? null : d.leadParty().value());
    ActivityId parent = a.parent();
    PartialDate actualStart = a.actualStart();
    PartialDate actualEnd = a.actualEnd();
    db.setUuid(s, 17, parent == null ? null : parent.value());
    text(s, 18, actualStart == null ? null : actualStart.toString());
    text(s, 19, actualEnd == null ? null : actualEnd.toString());
    text(s, 20, a.statusReason());
    s.setString(21, a.sortTitle());
    s.setString(22, a.searchText());
  }

  /** Binds every column of {@link #INSERT_PARTICIPATION}. */
  static void bindParticipation(
      Db db, PreparedStatement s, UUID activity, int ordinal, Participation p) throws SQLException {
    db.setUuid(s, 1, activity);
    s.setInt(2, ordinal);
    Participant who = p.participant();
    s.setString(3, who instanceof Participant.Person ? "PERSON" : "ORGANISATION");
    db.setUuid(
        s,
        4,
        who instanceof Participant.Person person
            ? person.id().value()
            : ((Participant.Organisation) who).id().value());
    s.setString(5, p.role().name());
    s.setString(6, p.status().name());
    AffiliationSnapshot affiliation = p.affiliation();
    db.setUuid(s, 7, affiliation == null ? null : affiliation.organisation().value());
    text(s, 8, affiliation == null ? null : affiliation.position());
  }

  /** Reads one activity and its participations with the two given statements, or null. */
  static @Nullable Activity find(
      Db db, PreparedStatement find, PreparedStatement participations, UUID id)
      throws SQLException {
    Row row;
    db.setUuid(find, 1, id);
    try (ResultSet rs = find.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      row = row(db, rs);
    }
    db.setUuid(participations, 1, id);
    List<Participation> list = new ArrayList<>(4);
    try (ResultSet rs = participations.executeQuery()) {
      while (rs.next()) {
        list.add(participation(db, rs, 1));
      }
    }
    return row.with(list);
  }

  /**
   * One page of a plan's activities whose planned span overlaps a window, with their
   * participations: the search statement, then one statement for the page's participations.
   */
  static List<Activity> searchPage(
      Db db,
      PreparedStatement search,
      PreparedStatement participations,
      UUID plan,
      int from,
      int to,
      int pageSize)
      throws SQLException {
    db.setUuid(search, 1, plan);
    search.setInt(2, from);
    search.setInt(3, to);
    search.setInt(4, pageSize + 1);
    List<Row> rows = new ArrayList<>(pageSize + 1);
    try (ResultSet rs = search.executeQuery()) {
      while (rs.next()) {
        rows.add(row(db, rs));
      }
    }
    int shown = Math.min(rows.size(), pageSize);
    Map<UUID, List<Participation>> byActivity = new LinkedHashMap<>();
    if (shown > 0) {
      for (int i = 0; i < PAGE_IDS; i++) {
        db.setUuid(participations, i + 1, rows.get(Math.min(i, shown - 1)).id.value());
      }
      try (ResultSet rs = participations.executeQuery()) {
        while (rs.next()) {
          byActivity
              .computeIfAbsent(db.getUuid(rs, 1), k -> new ArrayList<>(4))
              .add(participation(db, rs, 2));
        }
      }
    }
    List<Activity> page = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      Row row = rows.get(i);
      page.add(row.with(byActivity.getOrDefault(row.id.value(), List.of())));
    }
    return page;
  }

  /** The rows of {@link #PROGRESS_OVERDUE} or {@link #PROGRESS_UPCOMING}, its parameters bound. */
  static List<ActivitySummary> summaries(Db db, PreparedStatement list) throws SQLException {
    List<ActivitySummary> found = new ArrayList<>();
    try (ResultSet r = list.executeQuery()) {
      while (r.next()) {
        UUID lead = db.getUuid(r, 5);
        found.add(
            new ActivitySummary(
                new ActivityId(requiredUuid(db, r, 1)),
                decode(r.getString(2)),
                DateSpan.parse(r.getString(3)),
                r.getInt(4),
                lead == null ? null : new OrganisationId(lead),
                ActivityStatus.valueOf(r.getString(6))));
      }
    }
    return found;
  }

  private static void text(PreparedStatement s, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static Row row(Db db, ResultSet r) throws SQLException {
    boolean online = r.getBoolean(13);
    Location location = null;
    if (!r.wasNull()) {
      String country = r.getString(10);
      location =
          new Location(
              country == null ? null : new CountryCode(country),
              r.getString(11),
              r.getString(12),
              online);
    }
    UUID lead = db.getUuid(r, 14);
    UUID parent = db.getUuid(r, 15);
    String description = r.getString(8);
    ActivityDetails details =
        new ActivityDetails(
            r.getInt(4),
            ActivityType.valueOf(r.getString(5)),
            decode(r.getString(7)),
            description == null ? null : decode(description),
            DateSpan.parse(r.getString(9)),
            location,
            lead == null ? null : new OrganisationId(lead));
    String start = r.getString(16);
    String end = r.getString(17);
    String itinerary = r.getString(19);
    return new Row(
        new ActivityId(requiredUuid(db, r, 1)),
        r.getLong(2),
        new PlanId(requiredUuid(db, r, 3)),
        details,
        parent == null ? null : new ActivityId(parent),
        ActivityStatus.valueOf(r.getString(6)),
        start == null ? null : PartialDate.parse(start),
        end == null ? null : PartialDate.parse(end),
        r.getString(18),
        itinerary == null ? List.of() : Snapshots.itinerary(itinerary));
  }

  /** An id of a column the schema declares NOT NULL. */
  private static UUID requiredUuid(Db db, ResultSet r, int column) throws SQLException {
    UUID id = db.getUuid(r, column);
    if (id == null) {
      throw new SQLException(
          "a stored id is NULL in column " + column + ", which the schema requires");
    }
    return id;
  }

  private static Participation participation(Db db, ResultSet r, int first) throws SQLException {
    UUID organisation = db.getUuid(r, first + 4);
    AffiliationSnapshot affiliation =
        organisation == null
            ? null
            : new AffiliationSnapshot(new OrganisationId(organisation), r.getString(first + 5));
    UUID id = requiredUuid(db, r, first + 1);
    Participant who =
        "PERSON".equals(r.getString(first))
            ? Participant.of(new PersonId(id))
            : Participant.of(new OrganisationId(id));
    return new Participation(
        who,
        ParticipationRole.valueOf(r.getString(first + 2)),
        ParticipationStatus.valueOf(r.getString(first + 3)),
        affiliation);
  }

  static String encode(LocalizedText text) {
    StringBuilder out = new StringBuilder(text.originalLanguage());
    for (Map.Entry<String, String> e : text.texts().entrySet()) {
      out.append(RECORD).append(e.getKey()).append(UNIT).append(e.getValue());
    }
    return out.toString();
  }

  static LocalizedText decode(String stored) {
    int first = stored.indexOf(RECORD);
    String original = stored.substring(0, first);
    Map<String, String> texts = new LinkedHashMap<>();
    int start = first + 1;
    while (start <= stored.length()) {
      int end = stored.indexOf(RECORD, start);
      if (end < 0) {
        end = stored.length();
      }
      int unit = stored.indexOf(UNIT, start);
      texts.put(stored.substring(start, unit), stored.substring(unit + 1, end));
      start = end + 1;
    }
    return texts.size() == 1
        ? LocalizedText.of(original, texts.values().iterator().next())
        : LocalizedText.of(original, texts);
  }

  /** An activity row before its participations are read. */
  private record Row(
      ActivityId id,
      long version,
      PlanId plan,
      ActivityDetails details,
      @Nullable ActivityId parent,
      ActivityStatus status,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable String statusReason,
      List<Stop> itinerary) {

    Activity with(List<Participation> participations) {
      return Activity.ForAdapters.restore(
          id,
          plan,
          details,
          parent,
          status,
          actualStart,
          actualEnd,
          statusReason,
          participations,
          itinerary,
          version);
    }
  }
}
