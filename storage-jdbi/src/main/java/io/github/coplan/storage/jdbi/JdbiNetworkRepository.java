package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.NetworkRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/**
 * The network in the tables of migration 10: {@code relationship_type} and {@code relationship};
 * and the questions about connections, answered in SQL from the participations marked {@code
 * meets}, from the columns {@code met_day}, {@code met_earliest} and {@code met_key} of each
 * activity and from the meetings at completed stops in {@code stop_visit}, which {@link
 * JdbiActivityRepository} writes with each activity ({@link NetworkColumns}). The network of a
 * participant is one statement ({@code network.reach}) that returns each participant reached with
 * the evidence of its tie, the way chosen in SQL. Nothing here is cached: every question reads what
 * is committed. Not thread-safe: one per unit of work.
 */
final class JdbiNetworkRepository implements NetworkRepository {

  /** The kind that stale versions and missing relationships name. */
  static final String RELATIONSHIP = "relationship";

  /** The most ids one statement binds; more are looked up in several statements. */
  static final int IDS_PER_STATEMENT = 500;

  /** The order of participants: by their text form. */
  static final Comparator<Participant> TEXT_ORDER = Comparator.comparing(Participant::toString);

  /** How a source of kind activity is stored. */
  private static final String SOURCE_ACTIVITY = "ACTIVITY";

  /** How a source of kind introduction is stored. */
  private static final String SOURCE_INTRODUCTION = "INTRODUCTION";

  /** The columns of {@code network.type.select}. */
  private static final RowMapper<RelationshipType> TYPE_ROW =
      (rs, ctx) ->
          new RelationshipType(
              RelationshipTypeCode.of(Columns.required(rs, 1, String.class)),
              Columns.required(rs, 2, LocalizedText.class),
              Columns.required(rs, 3, LocalizedText.class),
              Codec.decodeNames(
                  Columns.required(rs, 4, String.class),
                  io.github.coplan.domain.activity.ParticipantKind.class),
              Codec.decodeNames(
                  Columns.required(rs, 5, String.class),
                  io.github.coplan.domain.activity.ParticipantKind.class),
              Columns.required(rs, 6, Boolean.class));

  /** The columns of {@code network.relationship.select}. */
  private static final RowMapper<Relationship> RELATIONSHIP_ROW =
      (rs, ctx) -> {
        String sourceKind = Columns.get(rs, 11, String.class);
        RelationshipSource source = null;
        if (sourceKind != null) {
          UUID sourceId = Columns.required(rs, 12, UUID.class);
          source =
              switch (sourceKind) {
                case SOURCE_ACTIVITY -> RelationshipSource.of(new ActivityId(sourceId));
                case SOURCE_INTRODUCTION -> RelationshipSource.of(new IntroductionId(sourceId));
                default -> throw new SQLException("not a relationship's source: " + sourceKind);
              };
        }
        return Relationship.ForAdapters.restore(
            new RelationshipId(Columns.required(rs, 1, UUID.class)),
            RelationshipTypeCode.of(Columns.required(rs, 3, String.class)),
            participant(rs, 4),
            participant(rs, 6),
            Columns.required(rs, 8, PartialDate.class),
            Columns.get(rs, 9, PartialDate.class),
            Columns.get(rs, 10, LocalizedText.class),
            source,
            Columns.get(rs, 13, PlanId.class),
            Columns.get(rs, 14, Integer.class),
            Columns.required(rs, 2, Long.class));
      };

  /**
   * The columns of {@code network.meetingsFrom} and {@code network.meetings}: one side, the other,
   * and the meeting seen from the first.
   */
  private static final RowMapper<Side> MEETING_ROW =
      (rs, ctx) ->
          new Side(
              participant(rs, 1),
              participant(rs, 3),
              new Meeting(
                  Columns.required(rs, 5, ActivityId.class),
                  stop(Columns.get(rs, 6, UUID.class)),
                  Columns.required(rs, 7, PartialDate.class),
                  Columns.required(rs, 9, ParticipationRole.class),
                  Columns.required(rs, 10, ParticipationRole.class)));

  private final Unit unit;

  JdbiNetworkRepository(Unit unit) {
    this.unit = unit;
  }

  // ---- types ------------------------------------------------------------------------------------

  @Override
  public void saveType(RelationshipType type) {
    unit.write(
        "store a relationship type",
        type,
        "type",
        () -> {
          Handle h = unit.handle();
          int inserted =
              typeFields(h.createUpdate(unit.sql().get("network.type.insert")), type).execute();
          if (inserted == 0) {
            typeFields(h.createUpdate(unit.sql().get("network.type.update")), type).execute();
          }
          return inserted;
        });
  }

  private static Update typeFields(Update u, RelationshipType type) {
    return u.bind("code", type.code().code())
        .bind("label", type.label())
        .bind("reverseLabel", type.reverseLabel())
        .bind("fromKinds", Codec.encodeNames(new TreeSet<>(type.fromKinds())))
        .bind("toKinds", Codec.encodeNames(new TreeSet<>(type.toKinds())))
        .bind("symmetric", type.symmetric());
  }

  @Override
  public Optional<RelationshipType> findType(RelationshipTypeCode code) {
    return unit.read(
        "read a relationship type",
        code,
        "id",
        () ->
            unit.handle()
                .createQuery(
                    unit.sql().get("network.type.select")
                        + "\n"
                        + unit.sql().get("network.type.byCode"))
                .bind("code", code.code())
                .map(TYPE_ROW)
                .findFirst());
  }

  @Override
  public List<RelationshipType> types() {
    return unit.read(
        "read the relationship types",
        List.of(),
        List.of(),
        () ->
            unit.handle()
                .createQuery(
                    unit.sql().get("network.type.select")
                        + "\n"
                        + unit.sql().get("network.type.order"))
                .map(TYPE_ROW)
                .list());
  }

  // ---- relationships ----------------------------------------------------------------------------

  @Override
  public Optional<Relationship> findRelationship(RelationshipId id) {
    return unit.read(
        "read a relationship",
        id,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.keeping(select("network.relationship.byId")))
                .bind("id", id.value())
                .map(RELATIONSHIP_ROW)
                .findFirst());
  }

  @Override
  public Optional<Relationship> findTie(
      RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
    return unit.read(
        "read a relationship",
        List.of("type", "from", "to", "start"),
        java.util.Arrays.asList(type, from, to, start),
        () ->
            unit.handle()
                .createQuery(select("network.relationship.byTie"))
                .bind("type", type.code())
                .bind("fromKind", ParticipantKind.of(from).name())
                .bind("fromId", ParticipantKind.id(from))
                .bind("toKind", ParticipantKind.of(to).name())
                .bind("toId", ParticipantKind.id(to))
                .bind("start", start)
                .map(RELATIONSHIP_ROW)
                .findFirst());
  }

  private String select(String condition) {
    return unit.sql().get("network.relationship.select") + "\n" + unit.sql().get(condition);
  }

  @Override
  public Relationship insertRelationship(Relationship relationship) {
    return unit.write(
        "store a relationship",
        relationship,
        RELATIONSHIP,
        () -> {
          RelationshipId id = relationship.id();
          if (relationship.version() != 0) {
            throw new ConflictException(RELATIONSHIP, id.toString(), relationship.version());
          }
          Handle h = unit.handle();
          int inserted =
              relationshipFields(
                      h.createUpdate(unit.sql().get("network.relationship.insert")), relationship)
                  .execute();
          if (inserted == 0) {
            throw exists(id)
                ? new DuplicateException(DuplicateException.ID, id.toString())
                : duplicateTie(relationship);
          }
          return Relationship.ForAdapters.withVersion(relationship, 1);
        });
  }

  @Override
  public Relationship updateRelationship(Relationship relationship) {
    return unit.write(
        "store a relationship",
        relationship,
        RELATIONSHIP,
        () -> {
          RelationshipId id = relationship.id();
          Handle h = unit.handle();
          Optional<Relationship> same =
              findTie(
                  relationship.type(),
                  relationship.from(),
                  relationship.to(),
                  relationship.start());
          if (same.isPresent() && !same.get().id().equals(id)) {
            throw duplicateTie(relationship);
          }
          int updated =
              relationshipFields(
                      h.createUpdate(unit.sql().get("network.relationship.update")), relationship)
                  .bind("version", relationship.version())
                  .execute();
          if (updated == 0) {
            throw exists(id)
                ? new ConflictException(RELATIONSHIP, id.toString(), relationship.version())
                : new NotFoundException(RELATIONSHIP, id.toString());
          }
          return Relationship.ForAdapters.withVersion(relationship, relationship.version() + 1);
        });
  }

  private boolean exists(RelationshipId id) {
    return unit.handle()
        .createQuery(unit.sql().get("network.relationship.exists"))
        .bind("id", id.value())
        .mapTo(Integer.class)
        .findFirst()
        .isPresent();
  }

  private static DuplicateException duplicateTie(Relationship r) {
    return new DuplicateException(
        DuplicateException.RELATIONSHIP,
        r.from() + " " + r.type() + " " + r.to() + " from " + r.start());
  }

  /** Binds every column of a relationship but its version. */
  private static Update relationshipFields(Update u, Relationship r) {
    RelationshipSource source = r.source();
    String sourceKind = null;
    UUID sourceId = null;
    if (source instanceof RelationshipSource.Activity a) {
      sourceKind = SOURCE_ACTIVITY;
      sourceId = a.id().value();
    } else if (source instanceof RelationshipSource.Introduction i) {
      sourceKind = SOURCE_INTRODUCTION;
      sourceId = i.id().value();
    }
    PartialDate end = r.end();
    return u.bind("id", r.id().value())
        .bind("type", r.type().code())
        .bind("fromKind", ParticipantKind.of(r.from()).name())
        .bind("fromId", ParticipantKind.id(r.from()))
        .bind("toKind", ParticipantKind.of(r.to()).name())
        .bind("toId", ParticipantKind.id(r.to()))
        .bind("start", r.start())
        .bind("startEarliest", r.start().earliestDay())
        .bindByType("end", end, PartialDate.class)
        .bindByType("endLatest", end == null ? null : end.latestDay(), LocalDate.class)
        .bindByType("description", r.description(), LocalizedText.class)
        .bindByType("sourceKind", sourceKind, String.class)
        .bindByType("sourceId", sourceId, UUID.class)
        .bindByType("plan", r.plan(), PlanId.class)
        .bindByType("area", r.contentArea(), Integer.class);
  }

  @Override
  public List<Relationship> relationshipsOf(Participant participant) {
    return unit.read(
        "read relationships",
        participant,
        "participant",
        () ->
            unit.handle()
                .createQuery(select("network.relationship.of"))
                .bind("id", ParticipantKind.id(participant))
                .bind("kind", ParticipantKind.of(participant).name())
                .map(RELATIONSHIP_ROW)
                .list());
  }

  @Override
  public List<Relationship> relationshipsFrom(RelationshipSource source) {
    return unit.read(
        "read relationships",
        source,
        "source",
        () -> {
          UUID id =
              source instanceof RelationshipSource.Activity a
                  ? a.id().value()
                  : ((RelationshipSource.Introduction) source).id().value();
          return unit.handle()
              .createQuery(select("network.relationship.from"))
              .bind("id", id)
              .bind(
                  "kind",
                  source instanceof RelationshipSource.Activity
                      ? SOURCE_ACTIVITY
                      : SOURCE_INTRODUCTION)
              .map(RELATIONSHIP_ROW)
              .list();
        });
  }

  // ---- connections ------------------------------------------------------------------------------

  @Override
  public List<Connection> connectionsOf(
      Participant participant, LocalDate asOf, @Nullable Viewer viewer) {
    return unit.read(
        "read connections",
        List.of("participant", "asOf"),
        java.util.Arrays.asList(participant, asOf),
        () -> {
          List<Connection> connections = connections(participant, asOf, viewer);
          connections.sort(
              Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
                  .thenComparing(Connection::second, TEXT_ORDER));
          return List.copyOf(connections);
        });
  }

  @Override
  public List<Connection> goneCold(
      Participant participant, LocalDate asOf, LocalDate cutoff, @Nullable Viewer viewer) {
    return unit.read(
        "read connections",
        List.of("participant", "asOf", "cutoff"),
        java.util.Arrays.asList(participant, asOf, cutoff),
        () -> {
          List<Connection> cold = new ArrayList<>();
          for (Connection c : connections(participant, asOf, viewer)) {
            if (latest(c).isBefore(cutoff)) {
              cold.add(c);
            }
          }
          cold.sort(
              Comparator.comparing(JdbiNetworkRepository::latest)
                  .thenComparing(Connection::second, TEXT_ORDER));
          return List.copyOf(cold);
        });
  }

  /** The latest day any meeting of a connection may mean. */
  private static LocalDate latest(Connection c) {
    LocalDate latest = LocalDate.MIN;
    for (Meeting m : c.meetings()) {
      if (m.day().latestDay().isAfter(latest)) {
        latest = m.day().latestDay();
      }
    }
    return latest;
  }

  /** The connections of a participant up to a day, in no order. */
  private List<Connection> connections(
      Participant participant, LocalDate asOf, @Nullable Viewer viewer) {
    Map<Participant, List<Meeting>> byOther = new LinkedHashMap<>();
    for (Side s : meetingsFrom(List.of(participant), asOf, viewer)) {
      byOther.computeIfAbsent(s.second(), k -> new ArrayList<>()).add(s.meeting());
    }
    List<Connection> connections = new ArrayList<>(byOther.size());
    byOther.forEach(
        (other, meetings) -> connections.add(new Connection(participant, other, meetings)));
    return connections;
  }

  /** One side of a meeting: the first, the second, and the meeting, its first role the first's. */
  private record Side(Participant first, Participant second, Meeting meeting) {}

  /** The meetings of participants up to a day, as {@code network.meetingsFrom} reads them. */
  private List<Side> meetingsFrom(
      List<Participant> participants, LocalDate asOf, @Nullable Viewer viewer) {
    List<Side> sides = new ArrayList<>();
    for (ParticipantKind kind : ParticipantKind.values()) {
      List<UUID> ids = idsOf(participants, kind);
      for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
        List<UUID> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
        String statement =
            visible(unit.sql().get("network.meetingsFrom"), viewer).replace("<ids>", names(some));
        Query q = bindIds(unit.handle().createQuery(statement), some);
        bindViewer(q.bind("kind", kind.name()).bind("asOf", asOf), viewer);
        sides.addAll(q.map(MEETING_ROW).list());
      }
    }
    return sides;
  }

  /**
   * The text of the day at the end of a meeting's key ({@link NetworkColumns#metKey}), after its
   * {@code !}.
   */
  private static String dayText(String key) {
    int bang = key.indexOf('!');
    if (bang < 0) {
      throw new StorageException("a stored meeting's key has no day: " + key, null);
    }
    return key.substring(bang + 1);
  }

  private static List<UUID> idsOf(List<Participant> participants, ParticipantKind kind) {
    List<UUID> ids = new ArrayList<>();
    for (Participant p : participants) {
      if (ParticipantKind.of(p) == kind) {
        ids.add(ParticipantKind.id(p));
      }
    }
    return ids;
  }

  /** The named parameters {@code :id0, :id1, …} of a list of ids. */
  private static String names(List<UUID> ids) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      out.append(i == 0 ? ":id" : ", :id").append(i);
    }
    return out.toString();
  }

  private static Query bindIds(Query q, List<UUID> ids) {
    for (int i = 0; i < ids.size(); i++) {
      q.bind("id" + i, ids.get(i));
    }
    return q;
  }

  @Override
  public Network network(
      Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer viewer) {
    if (depth < 1 || depth > 2) {
      throw InvalidInputException.of("depth", Violation.OUT_OF_RANGE, "1 to 2, was " + depth);
    }
    if (limit < 1) {
      throw InvalidInputException.of("limit", Violation.OUT_OF_RANGE, "at least 1, was " + limit);
    }
    return unit.read(
        "read a network",
        List.of("root", "asOf"),
        java.util.Arrays.asList(root, asOf),
        () -> {
          Query q =
              unit.handle()
                  .createQuery(visible(unit.sql().get("network.reach"), viewer))
                  .bind("kind", ParticipantKind.of(root).name())
                  .bind("id", ParticipantKind.id(root))
                  .bind("depth", depth)
                  .bind("asOf", asOf);
          bindViewer(q, viewer);
          // The root's ties by rank, then the participants beyond with the rank of their way.
          Map<Integer, Tie> byRank = new HashMap<>();
          List<Reached> far = new ArrayList<>();
          for (Reached r : q.map(reachedRows(new HashMap<>())).list()) {
            if (r.depth() == 1) {
              byRank.put(r.rank(), r.tie(root));
            } else {
              far.add(r);
            }
          }
          Map<Participant, Reach> reaches = new HashMap<>();
          for (Tie tie : byRank.values()) {
            reaches.put(tie.to(), new Reach(tie.to(), List.of(tie)));
          }
          for (Reached r : far) {
            Participant p = r.participant();
            Tie via = byRank.get(r.rank());
            if (via != null && !p.equals(root) && !reaches.containsKey(p)) {
              reaches.put(p, new Reach(p, List.of(via, r.tie(via.to()))));
            }
          }
          // By depth, then text form, each text form made once.
          List<Map.Entry<String, Reach>> reached = new ArrayList<>(reaches.size());
          for (Reach r : reaches.values()) {
            reached.add(Map.entry(r.path().size() + r.participant().toString(), r));
          }
          reached.sort(Map.Entry.comparingByKey());
          boolean complete = reached.size() <= limit;
          List<Reach> kept = new ArrayList<>(Math.min(limit, reached.size()));
          for (Map.Entry<String, Reach> e : complete ? reached : reached.subList(0, limit)) {
            kept.add(e.getValue());
          }
          return new Network(root, asOf, depth, kept, complete);
        });
  }

  /**
   * A row of {@code network.reach}: a participant, its depth, the rank of the root's tie it is
   * reached by (its own at depth 1), and the evidence of its tie to the participant before it.
   */
  private record Reached(
      Participant participant,
      int depth,
      int rank,
      int meetings,
      @Nullable PartialDate firstMet,
      @Nullable PartialDate lastMet,
      List<RelationshipTypeCode> types) {

    /** The tie from a participant to this one. */
    Tie tie(Participant from) {
      return new Tie(from, participant, meetings, firstMet, lastMet, types);
    }
  }

  /**
   * Maps the rows of {@code network.reach}, parsing each day's text once per statement: many ties
   * share the days of their meetings.
   */
  private static RowMapper<Reached> reachedRows(Map<String, PartialDate> days) {
    return (rs, ctx) -> {
      String first = rs.getString(6);
      String last = rs.getString(7);
      String joined = rs.getString(9);
      List<RelationshipTypeCode> types = List.of();
      if (joined != null) {
        Set<RelationshipTypeCode> codes = new TreeSet<>();
        for (String code : joined.split(",", -1)) {
          codes.add(RelationshipTypeCode.of(code));
        }
        types = List.copyOf(codes);
      }
      return new Reached(
          participant(rs, 1),
          Columns.required(rs, 3, Integer.class),
          Columns.required(rs, 4, Integer.class),
          Columns.required(rs, 5, Integer.class),
          first == null ? null : days.computeIfAbsent(dayText(first), PartialDate::parse),
          last == null ? null : days.computeIfAbsent(dayText(last), PartialDate::parse),
          types);
    };
  }

  @Override
  public List<Connection> connectionsMade(ConnectionQuery query, @Nullable Viewer viewer) {
    return unit.read(
        "read connections",
        query,
        "query",
        () -> {
          String activities =
              "a.plan_id = :plan"
                  + (query.contentArea() == null ? "" : " AND a.content_area = :area");
          String meetings =
              visible(unit.sql().get("network.meetings"), viewer)
                  .replace("<activities>", activities);
          String statement =
              unit.sql().get("network.connectionsMade").replace("<meetings>", meetings);
          Query q =
              unit.handle()
                  .createQuery(statement)
                  .bind("plan", query.plan())
                  .bind("from", query.from())
                  .bind("to", query.to());
          if (query.contentArea() != null) {
            q.bind("area", query.contentArea());
          }
          bindViewer(q, viewer);
          Map<List<Participant>, List<Meeting>> byPair = new LinkedHashMap<>();
          Map<Participant, Traits> traits = new HashMap<>();
          q.map(
                  (RowMapper<Void>)
                      (rs, ctx) -> {
                        Side s = MEETING_ROW.map(rs, ctx);
                        byPair
                            .computeIfAbsent(List.of(s.first(), s.second()), k -> new ArrayList<>())
                            .add(s.meeting());
                        traits.putIfAbsent(
                            s.first(),
                            new Traits(
                                Columns.get(rs, 11, CountryCode.class),
                                Columns.get(rs, 12, OrganisationType.class)));
                        traits.putIfAbsent(
                            s.second(),
                            new Traits(
                                Columns.get(rs, 13, CountryCode.class),
                                Columns.get(rs, 14, OrganisationType.class)));
                        return null;
                      })
              .forEach(ignored -> {});
          List<Connection> made = new ArrayList<>();
          byPair.forEach(
              (pair, list) -> {
                Participant a = pair.get(0);
                Participant b = pair.get(1);
                Traits ta = traits.getOrDefault(a, Traits.NONE);
                Traits tb = traits.getOrDefault(b, Traits.NONE);
                Connection c = new Connection(a, b, list);
                if (query.firstSide().accepts(a, ta.country(), ta.type())
                    && query.secondSide().accepts(b, tb.country(), tb.type())) {
                  made.add(c);
                } else if (query.firstSide().accepts(b, tb.country(), tb.type())
                    && query.secondSide().accepts(a, ta.country(), ta.type())) {
                  made.add(c.reversed());
                }
              });
          made.sort(
              Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
                  .thenComparing(Connection::first, TEXT_ORDER)
                  .thenComparing(Connection::second, TEXT_ORDER));
          return List.copyOf(made.size() > query.limit() ? made.subList(0, query.limit()) : made);
        });
  }

  /** The country and organisation type of a side. */
  private record Traits(@Nullable CountryCode country, @Nullable OrganisationType type) {
    /** No country, no type. */
    static final Traits NONE = new Traits(null, null);
  }

  @Override
  public List<Degree> mostConnected(
      @Nullable PlanId plan, LocalDate from, LocalDate to, int limit, @Nullable Viewer viewer) {
    if (limit < 1) {
      throw InvalidInputException.of("limit", Violation.OUT_OF_RANGE, "at least 1, was " + limit);
    }
    return unit.read(
        "rank connections",
        List.of("from", "to"),
        java.util.Arrays.asList(from, to),
        () -> {
          String activities = plan == null ? "1 = 1" : "a.plan_id = :plan";
          String meetings =
              visible(unit.sql().get("network.meetings"), viewer)
                  .replace("<activities>", activities);
          Query q =
              unit.handle()
                  .createQuery(
                      unit.sql().get("network.mostConnected").replace("<meetings>", meetings))
                  .bind("from", from)
                  .bind("to", to)
                  .bind("limit", limit);
          if (plan != null) {
            q.bind("plan", plan);
          }
          bindViewer(q, viewer);
          return List.copyOf(
              q.map(
                      (rs, ctx) ->
                          new Degree(
                              participant(rs, 1),
                              Math.toIntExact(rs.getLong(3)),
                              Math.toIntExact(rs.getLong(4))))
                  .list());
        });
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /**
   * A statement with its conditions of visibility: {@code <visible>} on the activity {@code a},
   * {@code <relVisible>} on the relationship {@code t}; none for a null viewer.
   */
  private String visible(String statement, @Nullable Viewer viewer) {
    Sql sql = unit.sql();
    if (viewer == null) {
      String all = sql.get("network.all");
      return statement.replace("<visible>", all).replace("<relVisible>", all);
    }
    String plans = sql.get("network.visible").replace("<staff>", sql.get("access.staffPrincipal"));
    return statement
        .replace("<visible>", plans.replace("<plan>", "a.plan_id"))
        .replace(
            "<relVisible>", "(t.plan_id IS NULL OR " + plans.replace("<plan>", "t.plan_id") + ")");
  }

  /** Binds the parameters of {@code network.visible}, if there is a viewer. */
  private static <S extends SqlStatement<S>> S bindViewer(S statement, @Nullable Viewer viewer) {
    if (viewer == null) {
      return statement;
    }
    return statement
        .bind("vPrincipal", Codec.encodePrincipal(Principal.person(viewer.person())))
        .bind("vPerson", viewer.person())
        .bind("vDay", viewer.day());
  }

  /** The participant whose kind and id are in two columns from a position on. */
  private static Participant participant(ResultSet rs, int from) throws SQLException {
    ParticipantKind kind = Columns.required(rs, from, ParticipantKind.class);
    return kind.participant(Columns.required(rs, from + 1, UUID.class));
  }

  private static @Nullable StopId stop(@Nullable UUID id) {
    return id == null ? null : new StopId(id);
  }
}
