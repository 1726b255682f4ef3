package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.Aggregates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * Activities in the table {@code activity}, with their itineraries in its column {@code itinerary}
 * and their participations in {@code participation} in order. Searches and progress reports run in
 * SQL on indexes (see {@link ActivitySearch} and {@code progress.sql}); nothing loads a plan's
 * activities to filter or count them. A read or a search is one statement, the activities joined to
 * their participations ({@code activity.withParticipations}). An activity whose row is at the
 * version the store's cache holds is taken from the cache, without mapping its participations. Not
 * thread-safe: one per unit of work.
 */
final class JdbiActivityRepository implements ActivityRepository {

  private static final String KIND = "activity";

  /** How many rows a bulk insert sends to the database in one JDBC batch. */
  static final int BATCH_SIZE = 1_000;

  /** The column of {@code activity.withParticipations} where a participation's columns begin. */
  private static final int PARTICIPATION_COLUMNS = 20;

  private final Unit unit;

  JdbiActivityRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Activity> findById(ActivityId id) {
    return unit.read(
        "read an activity",
        id,
        "id",
        () -> {
          List<Activity> found = read(find(unit.sql()), "", q -> q.bind(0, id), 1);
          return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement, as {@link #findById}: the activity by its key, on the condition {@code
   * access.visibleToViewer}, which reads the plan's access, its grants and the viewer's
   * affiliations by their keys. It bypasses the store's aggregate cache.
   */
  @Override
  public Optional<Activity> findVisible(ActivityId id, Viewer viewer) {
    JdbiAccessRepository.requireViewer(viewer);
    return unit.read(
        "read an activity",
        id,
        "id",
        () -> {
          Sql sql = unit.sql();
          String visible =
              sql.get("access.visibleToViewer")
                  .replace("<viewer>", JdbiAccessRepository.viewerGrant(sql));
          List<Activity> found =
              read(
                  find(sql) + " AND " + visible,
                  "",
                  q -> JdbiAccessRepository.bindViewer(q.bind(0, id), 1, viewer),
                  1);
          return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
  }

  /** The query of {@code activity.select} that finds an activity by id. */
  static String find(Sql sql) {
    return sql.get("activity.select") + "\n" + sql.get("activity.byId");
  }

  /**
   * {@code activity.withParticipations} around a query of {@code activity.select}, and the ORDER BY
   * clause of its activities, empty for one activity.
   */
  static String withParticipations(Sql sql, String activities, String order) {
    return sql.get("activity.withParticipations")
        .replace("<activities>", activities)
        .replace("<order>", order);
  }

  /**
   * Reads the activities of a query of {@code activity.select} whole, in one statement of {@code
   * activity.withParticipations}; see {@link #readWhole}. Where the unit locks what it reads
   * (PostgreSQL, a unit that writes) it takes two: {@code FOR UPDATE} at {@code READ COMMITTED}
   * hands over the latest version of a row that another unit changed while this one waited for it,
   * but a join in the same statement reads that row's participations as they were before. So the
   * query locks the rows first, and a second statement, whose snapshot is taken once they are
   * locked, reads those rows whole.
   */
  private List<Activity> read(
      String activities, String order, UnaryOperator<Query> binding, int whole) {
    Sql sql = unit.sql();
    if (!unit.locksRows()) {
      return readWhole(withParticipations(sql, activities, order), binding, whole);
    }
    List<ActivityId> ids =
        binding
            .apply(unit.handle().createQuery(unit.keeping(activities)))
            .map((rs, ctx) -> Columns.required(rs, 1, ActivityId.class))
            .list();
    if (ids.isEmpty()) {
      return List.of();
    }
    String locked =
        sql.get("activity.select")
            + "\n"
            + sql.get("activity.byIds")
            + ActivitySearch.placeholders(ids.size());
    return readWhole(
        withParticipations(sql, locked, order),
        q -> {
          for (int i = 0; i < ids.size(); i++) {
            q.bind(i, ids.get(i));
          }
          return q;
        },
        whole);
  }

  /**
   * Runs a query of {@code activity.withParticipations} and reads its activities in order, each
   * with its participations, or as the cache holds it when the cache holds it at its row's version.
   * The activities after the first {@code whole} are read without their participations, and not
   * kept as seen: a search reads one more than its page only to tell that a next page follows.
   */
  private List<Activity> readWhole(String statement, UnaryOperator<Query> binding, int whole) {
    List<Activity> activities = new ArrayList<>();
    Reading reading = new Reading();
    binding
        .apply(unit.handle().createQuery(statement))
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  ActivityId id = Columns.required(rs, 1, ActivityId.class);
                  if (!id.equals(reading.id)) {
                    reading.finish(activities, whole);
                    reading.id = id;
                    long version = Columns.required(rs, 2, Long.class);
                    Activity cached = unit.cache().activity(id, version);
                    reading.cached = cached;
                    reading.stored = cached == null ? row(rs, id, version) : null;
                  }
                  if (reading.stored != null && activities.size() < whole) {
                    ParticipantKind kind =
                        Columns.get(rs, PARTICIPATION_COLUMNS, ParticipantKind.class);
                    if (kind != null) {
                      reading.participations.add(
                          new Positioned(
                              Columns.required(rs, PARTICIPATION_COLUMNS + 6, Integer.class),
                              participation(rs, PARTICIPATION_COLUMNS, kind)));
                    }
                  }
                  return null;
                })
        .forEach(ignored -> {});
    reading.finish(activities, whole);
    for (Activity activity : activities.subList(0, Math.min(whole, activities.size()))) {
      unit.saw(activity);
    }
    return activities;
  }

  /** The activity whose rows are being read, and the participations read so far, in no order. */
  private static final class Reading {
    @Nullable ActivityId id;
    @Nullable Activity cached;
    @Nullable Stored stored;
    List<Positioned> participations = new ArrayList<>();

    /**
     * Adds the activity read so far, if any, with its participations in order, and starts afresh.
     */
    void finish(List<Activity> into, int whole) {
      if (cached != null) {
        into.add(cached);
      } else if (stored != null) {
        List<Participation> inOrder = new ArrayList<>(participations.size());
        if (into.size() < whole) {
          participations.sort(Comparator.comparingInt(Positioned::ordinal));
          for (Positioned p : participations) {
            inOrder.add(p.participation());
          }
        }
        into.add(stored.with(inOrder));
      }
      cached = null;
      stored = null;
      participations = new ArrayList<>();
    }
  }

  /** A participation and its ordinal. */
  private record Positioned(int ordinal, Participation participation) {}

  /**
   * A participation from the columns of {@code activity.withParticipations} from a position on,
   * whose kind was read.
   */
  private static Participation participation(ResultSet rs, int from, ParticipantKind kind)
      throws SQLException {
    OrganisationId organisation = Columns.get(rs, from + 4, OrganisationId.class);
    AffiliationSnapshot affiliation =
        organisation == null
            ? null
            : new AffiliationSnapshot(organisation, Columns.required(rs, from + 5, String.class));
    return new Participation(
        kind.participant(Columns.required(rs, from + 1, UUID.class)),
        Columns.required(rs, from + 2, ParticipationRole.class),
        Columns.required(rs, from + 3, ParticipationStatus.class),
        affiliation);
  }

  @Override
  public Activity insert(Activity activity) {
    return unit.write(
        "store an activity",
        activity,
        KIND,
        () -> {
          ActivityId id = activity.id();
          if (activity.version() != 0) {
            throw new ConflictException(KIND, id.value().toString(), activity.version());
          }
          int inserted =
              fields(
                      unit.handle().createUpdate(unit.sql().get("activity.insert")).bind(0, id),
                      1,
                      activity)
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, id.value().toString());
          }
          insertParticipations(List.of(activity), 0);
          NetworkColumns.insertVisits(unit.handle(), unit.sql(), List.of(activity));
          Activity stored = Aggregates.withVersion(activity, 1);
          unit.saw(stored);
          return stored;
        });
  }

  /**
   * Sends the activities and then their participations to the database in JDBI batches of {@link
   * #BATCH_SIZE}, inside a savepoint: when an id turns out to be taken, everything this call
   * inserted is undone and the unit of work goes on. A driver that rewrites batches (PostgreSQL's
   * {@code reWriteBatchedInserts}) changes nothing here. The activities are not kept in the unit's
   * or the store's cache: a bulk import is seldom read back at once, and 100,000 cached copies
   * would crowd out those that are.
   */
  @Override
  public List<Activity> insertAll(List<Activity> activities) {
    List<Activity> checked = ActivityRepository.checkNew(activities);
    return unit.write(
        "store activities",
        checked,
        "activities",
        () -> {
          if (checked.isEmpty()) {
            return List.of();
          }
          Handle h = unit.handle();
          h.savepoint(SAVEPOINT);
          try {
            // A plain INSERT, without the single insert's ON CONFLICT clause, which costs
            // PostgreSQL a speculative
            // insertion per row: a taken id fails the batch, and only then is it looked for.
            for (int from = 0; from < checked.size(); from += BATCH_SIZE) {
              PreparedBatch batch = h.prepareBatch(unit.sql().get("activity.insertNew"));
              for (Activity a :
                  checked.subList(from, Math.min(checked.size(), from + BATCH_SIZE))) {
                fields(batch.bind(0, a.id()), 1, a).add();
              }
              batch.execute();
            }
          } catch (RuntimeException e) {
            if (!isUniqueViolation(unit.dialect(), e)) {
              throw e;
            }
            // JDBI forgets a savepoint it rolled back to; the database ends it with the
            // transaction.
            h.rollbackToSavepoint(SAVEPOINT);
            for (Activity a : checked) {
              if (h.createQuery(unit.sql().get("activity.exists"))
                  .bind(0, a.id())
                  .mapTo(Integer.class)
                  .findFirst()
                  .isPresent()) {
                throw new DuplicateException(DuplicateException.ID, a.id().value().toString());
              }
            }
            throw e;
          }
          for (int from = 0; from < checked.size(); from += BATCH_SIZE) {
            insertParticipations(
                checked.subList(from, Math.min(checked.size(), from + BATCH_SIZE)), 0);
            NetworkColumns.insertVisits(
                h, unit.sql(), checked.subList(from, Math.min(checked.size(), from + BATCH_SIZE)));
          }
          h.releaseSavepoint(SAVEPOINT);
          List<Activity> stored = new ArrayList<>(checked.size());
          for (Activity a : checked) {
            stored.add(Aggregates.withVersion(a, 1));
          }
          return List.copyOf(stored);
        });
  }

  /** The savepoint of a bulk insert. */
  private static final String SAVEPOINT = "coplan_bulk";

  @Override
  public Activity update(Activity activity) {
    return unit.write(
        "store an activity",
        activity,
        KIND,
        () -> {
          ActivityId id = activity.id();
          Handle h = unit.handle();
          int updated =
              fields(h.createUpdate(unit.sql().get("activity.update")), 0, activity)
                  .bind(24, id)
                  .bind(25, activity.version())
                  .execute();
          if (updated == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("activity.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new ConflictException(KIND, id.value().toString(), activity.version())
                : new NotFoundException(KIND, id.value().toString());
          }
          Activity before = unit.seen(id);
          if (before != null && before.version() == activity.version()) {
            // The version matched, so the stored participations are those this unit saw: write only
            // what changed.
            writeChanges(id, before.participations(), activity.participations());
          } else {
            h.createUpdate(unit.sql().get("activity.deleteParticipationsFrom"))
                .bind(0, id)
                .bind(1, 0)
                .execute();
            insertParticipations(List.of(activity), 0);
          }
          h.createUpdate(unit.sql().get("activity.deleteStopVisits")).bind(0, id).execute();
          NetworkColumns.insertVisits(h, unit.sql(), List.of(activity));
          Activity stored = Aggregates.withVersion(activity, activity.version() + 1);
          unit.saw(stored);
          return stored;
        });
  }

  @Override
  public Page<Activity> search(ActivityQuery query) {
    return unit.read(
        "search activities",
        query,
        "query",
        () -> {
          ActivitySearch search = ActivitySearch.of(unit.sql(), query);
          // The row after the page only tells that a next page follows: its participations are not
          // read.
          List<Activity> rows =
              read(search.sql(), "ORDER BY " + search.order(), search::bind, query.pageSize());
          return ActivityQuery.ForAdapters.toPage(
              query,
              rows,
              query.countTotal() ? unit.count(ActivitySearch.count(unit.sql(), query)) : null);
        });
  }

  @Override
  public PlanProgress progress(ProgressQuery query) {
    return unit.read(
        "count a plan's progress",
        query,
        "query",
        () -> {
          Handle h = unit.handle();
          PlanId plan = query.plan();
          Map<Integer, Map<ActivityStatus, Long>> byStatus = new TreeMap<>();
          Map<Integer, long[]> overdueAndUpcoming = new HashMap<>();
          h.createQuery(unit.sql().get("progress.byStatus"))
              .bind(0, query.asOf())
              .bind(1, query.asOf())
              .bind(2, query.upcomingUntil())
              .bind(3, plan)
              .map(
                  (RowMapper<Void>)
                      (rs, ctx) -> {
                        int area = Columns.required(rs, 1, Integer.class);
                        ActivityStatus status = Columns.required(rs, 2, ActivityStatus.class);
                        byStatus
                            .computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class))
                            .put(status, Columns.get(rs, 3, Long.class));
                        long[] counts = overdueAndUpcoming.computeIfAbsent(area, k -> new long[2]);
                        // Which rows count is decided per status here, as Activity.isOverdue and
                        // ProgressQuery.isUpcoming do.
                        if (!status.isClosed()) {
                          counts[0] += Columns.required(rs, 4, Long.class);
                          if (status != ActivityStatus.IN_PROGRESS) {
                            counts[1] += Columns.required(rs, 5, Long.class);
                          }
                        }
                        return null;
                      })
              .forEach(ignored -> {});
          List<ContentAreaProgress> areas = new ArrayList<>();
          byStatus.forEach(
              (area, counts) -> {
                // filled row by row with byStatus: every area has its counts, the default only
                // tells the checker so
                long[] ou = overdueAndUpcoming.getOrDefault(area, new long[2]);
                areas.add(new ContentAreaProgress(area, counts, ou[0], ou[1]));
              });
          Map<CountryCode, Long> people = new TreeMap<>();
          Map<CountryCode, Long> organisations = new TreeMap<>();
          h.createQuery(unit.sql().get("progress.byCountry"))
              .bind(0, plan)
              .map(
                  (RowMapper<Void>)
                      (rs, ctx) -> {
                        ParticipantKind kind = Columns.get(rs, 1, ParticipantKind.class);
                        (kind == ParticipantKind.PERSON ? people : organisations)
                            .put(
                                Columns.get(rs, 2, CountryCode.class),
                                Columns.get(rs, 3, Long.class));
                        return null;
                      })
              .forEach(ignored -> {});
          Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
          h.createQuery(unit.sql().get("progress.byOrganisationType"))
              .bind(0, plan)
              .map(
                  (RowMapper<Void>)
                      (rs, ctx) -> {
                        byType.put(
                            Columns.get(rs, 1, OrganisationType.class),
                            Columns.get(rs, 2, Long.class));
                        return null;
                      })
              .forEach(ignored -> {});
          List<ActivitySummary> overdue =
              h.createQuery(unit.sql().get("progress.overdue"))
                  .bind(0, plan)
                  .bind(1, query.asOf())
                  .bind(2, query.asOf())
                  .bind(3, query.listLimit())
                  .map(JdbiActivityRepository::summary)
                  .list();
          List<ActivitySummary> upcoming =
              h.createQuery(unit.sql().get("progress.upcoming"))
                  .bind(0, plan)
                  .bind(1, query.asOf())
                  .bind(2, query.upcomingUntil())
                  .bind(3, query.listLimit())
                  .map(JdbiActivityRepository::summary)
                  .list();
          return new PlanProgress(
              query.plan(),
              query.asOf(),
              query.upcomingUntil(),
              areas,
              people,
              organisations,
              byType,
              overdue,
              upcoming);
        });
  }

  /**
   * A row of {@code progress.overdue} or {@code progress.upcoming}: id, title, planned, content
   * area, lead party, status.
   */
  private static ActivitySummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ActivitySummary(
        Columns.required(rs, 1, ActivityId.class),
        Columns.required(rs, 2, LocalizedText.class),
        Columns.required(rs, 3, DateSpan.class),
        Columns.required(rs, 4, Integer.class),
        Columns.get(rs, 5, OrganisationId.class),
        Columns.required(rs, 6, ActivityStatus.class));
  }

  /**
   * Writes the participations that differ between what is stored and what is wanted, by position.
   */
  private void writeChanges(ActivityId id, List<Participation> stored, List<Participation> wanted) {
    Handle h = unit.handle();
    boolean[] storedMeets = NetworkColumns.meets(stored);
    boolean[] wantedMeets = NetworkColumns.meets(wanted);
    int common = Math.min(stored.size(), wanted.size());
    for (int i = 0; i < common; i++) {
      Participation w = wanted.get(i);
      if (!w.equals(stored.get(i)) || wantedMeets[i] != storedMeets[i]) {
        participationFields(
                h.createUpdate(unit.sql().get("activity.updateParticipation")),
                0,
                w,
                wantedMeets[i])
            .bind(7, id)
            .bind(8, i)
            .execute();
      }
    }
    if (stored.size() > wanted.size()) {
      h.createUpdate(unit.sql().get("activity.deleteParticipationsFrom"))
          .bind(0, id)
          .bind(1, wanted.size())
          .execute();
    }
    if (wanted.size() > common) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("activity.insertParticipation"));
      for (int i = common; i < wanted.size(); i++) {
        participationFields(batch.bind(0, id).bind(1, i), 2, wanted.get(i), wantedMeets[i]).add();
      }
      batch.execute();
    }
  }

  /**
   * Inserts the participations of activities, from a position of each activity's list on, in one
   * batch.
   */
  private void insertParticipations(List<Activity> activities, int from) {
    PreparedBatch batch =
        unit.handle().prepareBatch(unit.sql().get("activity.insertParticipation"));
    for (Activity activity : activities) {
      List<Participation> participations = activity.participations();
      boolean[] meets = NetworkColumns.meets(participations);
      for (int i = from; i < participations.size(); i++) {
        participationFields(
                batch.bind(0, activity.id()).bind(1, i), 2, participations.get(i), meets[i])
            .add();
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  /**
   * Whether a failure is a unique constraint's, looking through the causes and the chained errors
   * of a batch: drivers wrap the error of the row that failed in a {@link
   * java.sql.BatchUpdateException}.
   */
  static boolean isUniqueViolation(Dialect dialect, Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof SQLException e) {
        for (SQLException next = e;
            next != null && depth < 20;
            next = next.getNextException(), depth++) {
          if (dialect.classify(next) == Dialect.Failure.UNIQUE) {
            return true;
          }
        }
      }
      t = t.getCause();
    }
    return false;
  }

  /**
   * Binds participant kind and id, role, status, the affiliation's organisation and position, and
   * whether the participation is the one by which its participant meets the others ({@link
   * NetworkColumns#meets}) from a position on.
   */
  private static <S extends SqlStatement<S>> S participationFields(
      S s, int from, Participation participation, boolean meets) {
    AffiliationSnapshot affiliation = participation.affiliation();
    return s.bindByType(
            from, ParticipantKind.of(participation.participant()), ParticipantKind.class)
        .bind(from + 1, ParticipantKind.id(participation.participant()))
        .bindByType(from + 2, participation.role(), ParticipationRole.class)
        .bindByType(from + 3, participation.status(), ParticipationStatus.class)
        .bindByType(
            from + 4, affiliation == null ? null : affiliation.organisation(), OrganisationId.class)
        .bind(from + 5, affiliation == null ? null : affiliation.position())
        .bind(from + 6, meets);
  }

  /**
   * Binds plan, content area, …, sort title, search text, itinerary and the day of a meeting at the
   * activity with its earliest day and key, the columns insert and update share, from a position
   * on. An activity without stops has no itinerary (NULL); else the column holds {@link
   * Snapshots#itinerary(List)}'s text.
   */
  private static <S extends SqlStatement<S>> S fields(S s, int from, Activity a) {
    ActivityDetails d = a.details();
    DateSpan planned = d.planned();
    Location location = d.location();
    return s.bind(from, a.plan())
        .bind(from + 1, d.contentArea())
        .bindByType(from + 2, d.type(), ActivityType.class)
        .bindByType(from + 3, a.status(), ActivityStatus.class)
        .bind(from + 4, d.title())
        .bindByType(from + 5, d.description(), LocalizedText.class)
        .bind(from + 6, planned)
        .bind(from + 7, planned.earliestDay())
        .bind(from + 8, planned.latestDay())
        .bindByType(from + 9, location == null ? null : location.country(), CountryCode.class)
        .bind(from + 10, location == null ? null : location.city())
        .bind(from + 11, location == null ? null : location.venue())
        .bind(from + 12, location == null ? null : (Boolean) location.online())
        .bindByType(from + 13, d.leadParty(), OrganisationId.class)
        .bindByType(from + 14, a.parent(), ActivityId.class)
        .bindByType(from + 15, a.actualStart(), PartialDate.class)
        .bindByType(from + 16, a.actualEnd(), PartialDate.class)
        .bind(from + 17, a.statusReason())
        .bind(from + 18, a.sortTitle())
        .bind(from + 19, a.searchText())
        .bind(from + 20, a.itinerary().isEmpty() ? null : Snapshots.itinerary(a.itinerary()))
        .bind(from + 21, NetworkColumns.metDay(a.actualStart(), planned))
        .bind(from + 22, NetworkColumns.metDay(a.actualStart(), planned).earliestDay())
        .bind(
            from + 23,
            NetworkColumns.metKey(a.id(), NetworkColumns.metDay(a.actualStart(), planned)));
  }

  /** Reads the columns of {@code activity.select} after id and version. */
  private static Stored row(ResultSet rs, ActivityId id, long version) throws SQLException {
    Boolean online = Columns.get(rs, 13, Boolean.class);
    Location location =
        online == null
            ? null
            : new Location(
                Columns.get(rs, 10, CountryCode.class),
                Columns.get(rs, 11, String.class),
                Columns.get(rs, 12, String.class),
                online);
    ActivityDetails details =
        new ActivityDetails(
            Columns.required(rs, 4, Integer.class),
            Columns.required(rs, 5, ActivityType.class),
            Columns.required(rs, 7, LocalizedText.class),
            Columns.get(rs, 8, LocalizedText.class),
            Columns.required(rs, 9, DateSpan.class),
            location,
            Columns.get(rs, 14, OrganisationId.class));
    return new Stored(
        id,
        version,
        Columns.required(rs, 3, PlanId.class),
        details,
        Columns.get(rs, 15, ActivityId.class),
        Columns.required(rs, 6, ActivityStatus.class),
        Columns.get(rs, 16, PartialDate.class),
        Columns.get(rs, 17, PartialDate.class),
        Columns.get(rs, 18, String.class),
        itinerary(Columns.get(rs, 19, String.class)));
  }

  /**
   * The stops of a stored itinerary: none for NULL, else those of {@link
   * Snapshots#itinerary(String)}.
   *
   * @throws SQLException if the text is not an itinerary, as for every stored value that holds no
   *     valid value of its type (see {@link Columns})
   */
  private static List<Stop> itinerary(@Nullable String stored) throws SQLException {
    if (stored == null) {
      return List.of();
    }
    try {
      return Snapshots.itinerary(stored);
    } catch (InvalidInputException e) {
      throw new SQLException("a stored itinerary is not one: " + e.getMessage(), e);
    }
  }

  /** An activity row, its itinerary included, before its participations are read. */
  private record Stored(
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
