package io.github.coplan.storage.jdbi;

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
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.ActivityRepository;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Activities in the table {@code activity}, with their participations in {@code participation} in
 * order. Searches and progress reports run in SQL on indexes (see {@link ActivitySearch} and {@code
 * progress.sql}); nothing loads a plan's activities to filter or count them. Reading, searching and
 * writing activities are the hottest paths of the store: their statements run on the session's own
 * prepared statements ({@link Session#hotList} and the like); the progress report goes through
 * JDBI. Not thread-safe: one per unit of work.
 */
final class JdbiActivityRepository implements ActivityRepository {

  private static final String KIND = "activity";
  /** The sizes of the id lists that read the participations of a page; a list is padded to the next size. */
  private static final int[] BATCHES = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};

  private final Unit unit;

  JdbiActivityRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Activity> findById(ActivityId id) {
    return unit.read("read an activity", id, "id", () -> Optional.ofNullable(load(id)));
  }

  /**
   * Reads the row, then its participations unless the cache holds the activity at that version;
   * again if the row changed in between.
   */
  private @Nullable Activity load(ActivityId id) {
    Session s = unit.session();
    for (int attempt = 1; ; attempt++) {
      Object found = s.hotFirst(unit.sql().get("activity.find"), p -> p.uuid(id.value()), this::rowOrCached);
      if (found == null) {
        return null;
      }
      Activity activity;
      if (found instanceof Activity cached) {
        activity = cached;
      } else {
        Stored stored = (Stored) found;
        Session.Versioned<Participation> participations =
            s.hotVersioned(unit.sql().get("activity.participations"), p -> p.uuid(id.value()), 3, JdbiActivityRepository::participation);
        if (participations.version() != stored.version()) {
          if (attempt == Unit.MAX_READ_ATTEMPTS) {
            throw Unit.changing(KIND, id);
          }
          continue;
        }
        activity = stored.with(participations.items());
      }
      unit.saw(activity);
      return activity;
    }
  }

  /** The cached activity if it is at the row's version, else the row read. */
  private Object rowOrCached(Row r) throws SQLException {
    Activity cached = unit.cache().activity(new ActivityId(r.uuid(1)), r.bigint(2));
    return cached != null ? cached : row(r);
  }

  @Override
  public Activity insert(Activity activity) {
    return unit.write("store an activity", activity, KIND, () -> {
      UUID id = activity.id().value();
      if (activity.version() != 0) {
        throw new ConflictException(KIND, id.toString(), activity.version());
      }
      int inserted = unit.session().hotUpdate(unit.sql().get("activity.insert"), p -> fields(p.uuid(id), activity));
      if (inserted == 0) {
        throw new DuplicateException(DuplicateException.ID, id.toString());
      }
      List<Participation> participations = activity.participations();
      for (int i = 0; i < participations.size(); i++) {
        insertParticipation(id, i, participations.get(i));
      }
      Activity stored = activity.withVersion(1);
      unit.saw(stored);
      return stored;
    });
  }

  /**
   * Sends the activities and then their participations to the database in batches, inside a savepoint:
   * when an id turns out to be taken, everything this call inserted is undone and the unit of work goes
   * on. A driver that rewrites batches (PostgreSQL's {@code reWriteBatchedInserts}) changes nothing here. The activities are not kept in the unit's or the store's cache: a bulk import is seldom read
   * back at once, and 100,000 cached copies would crowd out those that are.
   */
  @Override
  public List<Activity> insertAll(List<Activity> activities) {
    List<Activity> checked = ActivityRepository.checkNew(activities);
    return unit.write("store activities", checked, "activities", () -> {
      if (checked.isEmpty()) {
        return List.of();
      }
      Session s = unit.session();
      s.savepoint();
      try {
        // A plain INSERT, without the single insert's ON CONFLICT clause, which costs PostgreSQL a speculative
        // insertion per row: a taken id fails the batch, and only then is it looked for.
        s.hotBatch(unit.sql().get("activity.insertNew"), checked, (p, a) -> fields(p.uuid(a.id().value()), a));
      } catch (RuntimeException e) {
        if (!isUniqueViolation(s.dialect(), e)) {
          throw e;
        }
        s.rollbackToSavepoint();
        s.releaseSavepoint();
        for (Activity a : checked) {
          if (s.hotFirst(unit.sql().get("activity.exists"), p -> p.uuid(a.id().value()), r -> 1) != null) {
            throw new DuplicateException(DuplicateException.ID, a.id().value().toString());
          }
        }
        throw e;
      }
      List<NewParticipation> participations = new ArrayList<>();
      for (Activity a : checked) {
        List<Participation> list = a.participations();
        for (int i = 0; i < list.size(); i++) {
          participations.add(new NewParticipation(a.id().value(), i, list.get(i)));
        }
      }
      if (!participations.isEmpty()) {
        s.hotBatch(unit.sql().get("activity.insertParticipation"), participations,
            (p, n) -> participationFields(p.uuid(n.activity()).integer(n.ordinal()), n.participation()));
      }
      s.releaseSavepoint();
      List<Activity> stored = new ArrayList<>(checked.size());
      for (Activity a : checked) {
        stored.add(a.withVersion(1));
      }
      return List.copyOf(stored);
    });
  }

  @Override
  public Activity update(Activity activity) {
    return unit.write("store an activity", activity, KIND, () -> {
      UUID id = activity.id().value();
      Session s = unit.session();
      int updated = s.hotUpdate(unit.sql().get("activity.update"), p -> fields(p, activity).uuid(id).bigint(activity.version()));
      if (updated == 0) {
        Integer exists = s.hotFirst(unit.sql().get("activity.exists"), p -> p.uuid(id), r -> 1);
        throw exists == null ? new NotFoundException(KIND, id.toString()) : new ConflictException(KIND, id.toString(), activity.version());
      }
      Activity before = unit.seen(activity.id());
      if (before != null && before.version() == activity.version()) {
        // The version matched, so the stored participations are those this unit saw: write only what changed.
        writeChanges(id, before.participations(), activity.participations());
      } else {
        s.hotUpdate(unit.sql().get("activity.deleteParticipationsFrom"), p -> p.uuid(id).integer(0));
        List<Participation> participations = activity.participations();
        for (int i = 0; i < participations.size(); i++) {
          insertParticipation(id, i, participations.get(i));
        }
      }
      Activity stored = activity.withVersion(activity.version() + 1);
      unit.saw(stored);
      return stored;
    });
  }

  @Override
  public Page<Activity> search(ActivityQuery query) {
    return unit.read("search activities", query, "query", () -> {
      Session s = unit.session();
      ActivitySearch search = ActivitySearch.of(unit.sql(), query);
      List<Object> rows = s.hotList(search.sql(), search.binder(), this::rowOrCached);
      // The row after the page only tells that a next page follows: its participations are not read.
      int shown = Math.min(rows.size(), query.pageSize());
      List<Stored> uncached = new ArrayList<>();
      for (Object row : rows.subList(0, shown)) {
        if (row instanceof Stored stored) {
          uncached.add(stored);
        }
      }
      Map<UUID, Session.Versioned<Participation>> participations = participationsOf(uncached);
      List<Activity> activities = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Object row = rows.get(i);
        Activity activity;
        if (row instanceof Activity cached) {
          activity = cached;
        } else if (i >= shown) {
          activities.add(((Stored) row).with(List.of()));
          continue;
        } else {
          Stored stored = (Stored) row;
          Session.Versioned<Participation> of = participations.get(stored.id().value());
          if (of != null && of.version() == stored.version()) {
            activity = stored.with(of.items());
          } else {
            // Changed since the search read it (only a writing unit on PostgreSQL reads per statement): read it whole again.
            Activity again = load(stored.id());
            activity = again != null ? again : stored.with(List.of());
          }
        }
        unit.saw(activity);
        activities.add(activity);
      }
      return query.toPage(activities);
    });
  }

  @Override
  public PlanProgress progress(ProgressQuery query) {
    return unit.read("count a plan's progress", query, "query", () -> {
      Session s = unit.session();
      UUID plan = query.plan().value();
      Map<Integer, Map<ActivityStatus, Long>> byStatus = new TreeMap<>();
      Map<Integer, long[]> overdueAndUpcoming = new HashMap<>();
      s.list(unit.sql().get("progress.byStatus"), p -> p.day(query.asOf()).day(query.asOf()).day(query.upcomingUntil()).uuid(plan), r -> {
        int area = r.integer(1);
        ActivityStatus status = r.name(2, ActivityStatus.class);
        byStatus.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class)).put(status, r.bigint(3));
        long[] counts = overdueAndUpcoming.computeIfAbsent(area, k -> new long[2]);
        // Which rows count is decided per status here, as Activity.isOverdue and ProgressQuery.isUpcoming do.
        if (!status.isClosed()) {
          counts[0] += r.bigint(4);
          if (status != ActivityStatus.IN_PROGRESS) {
            counts[1] += r.bigint(5);
          }
        }
        return area;
      });
      List<ContentAreaProgress> areas = new ArrayList<>();
      byStatus.forEach((area, counts) -> {
        long[] ou = overdueAndUpcoming.get(area);
        areas.add(new ContentAreaProgress(area, counts, ou[0], ou[1]));
      });
      Map<CountryCode, Long> byCountry = new TreeMap<>();
      s.list(unit.sql().get("progress.byCountry"), p -> p.uuid(plan),
          r -> {
            byCountry.put(new CountryCode(r.text(1)), r.bigint(2));
            return 1;
          });
      Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
      s.list(unit.sql().get("progress.byOrganisationType"), p -> p.uuid(plan),
          r -> {
            byType.put(r.name(1, OrganisationType.class), r.bigint(2));
            return 1;
          });
      return new PlanProgress(query.plan(), query.asOf(), query.upcomingUntil(), areas, byCountry, byType);
    });
  }

  /** Writes the participations that differ between what is stored and what is wanted, by position. */
  private void writeChanges(UUID id, List<Participation> stored, List<Participation> wanted) {
    Session s = unit.session();
    int common = Math.min(stored.size(), wanted.size());
    for (int i = 0; i < common; i++) {
      Participation w = wanted.get(i);
      if (!w.equals(stored.get(i))) {
        int ordinal = i;
        s.hotUpdate(unit.sql().get("activity.updateParticipation"), p -> participationFields(p, w).uuid(id).integer(ordinal));
      }
    }
    if (stored.size() > wanted.size()) {
      s.hotUpdate(unit.sql().get("activity.deleteParticipationsFrom"), p -> p.uuid(id).integer(wanted.size()));
    }
    for (int i = common; i < wanted.size(); i++) {
      insertParticipation(id, i, wanted.get(i));
    }
  }

  private void insertParticipation(UUID id, int ordinal, Participation participation) {
    unit.session().hotUpdate(unit.sql().get("activity.insertParticipation"),
        p -> participationFields(p.uuid(id).integer(ordinal), participation));
  }

  /**
   * Whether a failure is a unique constraint's, looking through the causes and the chained errors of
   * a batch: drivers wrap the error of the row that failed in a {@link java.sql.BatchUpdateException}.
   */
  private static boolean isUniqueViolation(Dialect dialect, Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof SQLException e) {
        for (SQLException next = e; next != null && depth < 20; next = next.getNextException(), depth++) {
          if (dialect.classify(next) == Dialect.Failure.UNIQUE) {
            return true;
          }
        }
      }
      t = t.getCause();
    }
    return false;
  }

  /** A participation of a new activity, at its place in the activity's list. */
  private record NewParticipation(UUID activity, int ordinal, Participation participation) {}

  private static Params participationFields(Params p, Participation participation) throws SQLException {
    AffiliationSnapshot affiliation = participation.affiliation();
    return p.name(participation.participant().kind())
        .uuid(participation.participant().id())
        .name(participation.role())
        .name(participation.status())
        .uuid(affiliation == null ? null : affiliation.organisation().value())
        .text(affiliation == null ? null : affiliation.position());
  }

  /**
   * The participations of some activities, by activity id, each in order. The ids go in lists of a
   * few fixed sizes, padded by repeating the last id, so that few distinct statements are prepared.
   */
  private Map<UUID, Session.Versioned<Participation>> participationsOf(List<Stored> rows) {
    Map<UUID, Session.Versioned<Participation>> byActivity = new HashMap<>();
    if (rows.isEmpty()) {
      return byActivity;
    }
    Session s = unit.session();
    String prefix = unit.sql().get("activity.participationsOfMany");
    String order = unit.sql().get("activity.participationsOfManyOrder");
    int from = 0;
    while (from < rows.size()) {
      int count = Math.min(rows.size() - from, BATCHES[BATCHES.length - 1]);
      int size = batchSize(count);
      List<Stored> batch = rows.subList(from, from + count);
      String text = prefix + ActivitySearch.placeholders(size) + "\n" + order;
      s.hotList(text, p -> {
        for (int i = 0; i < size; i++) {
          p.uuid(batch.get(Math.min(i, batch.size() - 1)).id().value());
        }
      }, r -> {
        long version = r.bigint(1);
        UUID activity = r.uuid(2);
        Session.Versioned<Participation> of = byActivity.computeIfAbsent(activity, k -> new Session.Versioned<>(version, new ArrayList<>()));
        if (!r.isNull(3)) {
          of.items().add(participation(r));
        }
        return activity;
      });
      from += count;
    }
    return byActivity;
  }

  private static int batchSize(int count) {
    for (int size : BATCHES) {
      if (size >= count) {
        return size;
      }
    }
    return BATCHES[BATCHES.length - 1];
  }

  /** Binds plan, content area, …, sort title and search text: the columns insert and update share. */
  private static Params fields(Params p, Activity a) throws SQLException {
    ActivityDetails d = a.details();
    DateSpan planned = d.planned();
    Location location = d.location();
    return p.uuid(a.plan().value())
        .integer(d.contentArea())
        .name(d.type())
        .name(a.status())
        .text(Codec.encode(d.title()))
        .text(Codec.encodeOrNull(d.description()))
        .text(planned.toString())
        .day(planned.earliestDay())
        .day(planned.latestDay())
        .text(location == null || location.country() == null ? null : location.country().code())
        .text(location == null ? null : location.city())
        .text(location == null ? null : location.venue())
        .bool(location == null ? null : location.online())
        .uuid(d.leadParty() == null ? null : d.leadParty().value())
        .uuid(a.parent().map(ActivityId::value).orElse(null))
        .text(a.actualStart().map(PartialDate::toString).orElse(null))
        .text(a.actualEnd().map(PartialDate::toString).orElse(null))
        .text(a.statusReason().orElse(null))
        .text(a.sortTitle())
        .text(a.searchText());
  }

  /** Reads the columns of {@code activity.select}. */
  private static Stored row(Row r) throws SQLException {
    Boolean online = r.boolOrNull(13);
    String country = r.textOrNull(10);
    Location location = online == null ? null : new Location(country == null ? null : new CountryCode(country), r.textOrNull(11),
        r.textOrNull(12), online);
    UUID lead = r.uuidOrNull(14);
    UUID parent = r.uuidOrNull(15);
    LocalizedText description = Codec.decodeTextOrNull(r.textOrNull(8));
    ActivityDetails details = new ActivityDetails(r.integer(4), r.name(5, ActivityType.class), Codec.decodeText(r.text(7)), description,
        DateSpan.parse(r.text(9)), location, lead == null ? null : new OrganisationId(lead));
    return new Stored(new ActivityId(r.uuid(1)), r.bigint(2), new PlanId(r.uuid(3)), details, parent == null ? null : new ActivityId(parent),
        r.name(6, ActivityStatus.class), partialDate(r.textOrNull(16)), partialDate(r.textOrNull(17)), r.textOrNull(18));
  }

  private static @Nullable PartialDate partialDate(@Nullable String text) {
    return text == null ? null : PartialDate.parse(text);
  }

  /** Reads a participation from the columns of {@code activity.participations}, from the third on. */
  private static Participation participation(Row r) throws SQLException {
    UUID organisation = r.uuidOrNull(7);
    AffiliationSnapshot affiliation = organisation == null ? null : new AffiliationSnapshot(new OrganisationId(organisation), r.text(8));
    return new Participation(new Participant(r.name(3, Participant.Kind.class), r.uuid(4)), r.name(5, ParticipationRole.class),
        r.name(6, ParticipationStatus.class), affiliation);
  }

  /** An activity row, before its participations are read. */
  private record Stored(
      ActivityId id,
      long version,
      PlanId plan,
      ActivityDetails details,
      @Nullable ActivityId parent,
      ActivityStatus status,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable String statusReason) {

    Activity with(List<Participation> participations) {
      return Activity.restore(id, plan, details, parent, status, actualStart, actualEnd, statusReason, participations, version);
    }
  }
}
