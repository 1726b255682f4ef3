package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.PlanRepository;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * Plans in the table {@code plan}, whose unique {@code code} keeps codes unique, with their
 * parties, content areas and documents in tables of their own. A plan is read by id whole, in one
 * statement ({@code plan.whole}), except where a unit that writes on PostgreSQL finds that the row
 * it locked changed while it waited: a second statement then reads it again. A plan found by code
 * is read by its row, then its parts ({@code plan.parts}). A plan whose row is at the version the
 * store's cache holds is taken from the cache, without rebuilding its parts. Not thread-safe: one
 * per unit of work.
 */
final class JdbiPlanRepository implements PlanRepository {

  private static final String KIND = "plan";

  private final Unit unit;

  /**
   * The columns of {@code plan.find}: the cached plan if it is at the row's version, else the row.
   */
  private final RowMapper<Object> rowOrCached;

  JdbiPlanRepository(Unit unit) {
    this.unit = unit;
    this.rowOrCached =
        (rs, ctx) -> {
          PlanId id = Columns.required(rs, 1, PlanId.class);
          long version = Columns.required(rs, 2, Long.class);
          CooperationPlan cached = unit.cache().plan(id, version);
          return cached != null ? cached : stored(rs, id, version);
        };
  }

  @Override
  public Optional<CooperationPlan> findById(PlanId id) {
    return unit.read(
        "read a plan",
        id,
        "id",
        () -> {
          String whole =
              unit.sql()
                  .get("plan.whole")
                  .replace("<plan>", unit.rowsToKeep("plan.find"))
                  .replace("<parts>", unit.sql().get("plan.parts"));
          Whole found = readWhole(whole, id);
          if (found != null && found.changedWhileLocking()) {
            // The row was locked after another unit changed it, and the parts were read as they
            // were before: the row is
            // locked now, so a second statement, with a snapshot of its own, reads the plan as it
            // is.
            found = readWhole(whole, id);
          }
          if (found == null) {
            return Optional.empty();
          }
          unit.saw(found.plan());
          return Optional.of(found.plan());
        });
  }

  /**
   * Runs {@code plan.whole}: the plan with its parts, or as the cache holds it at its row's
   * version, or null if there is none.
   */
  private @Nullable Whole readWhole(String statement, PlanId id) {
    Stored[] row = new Stored[1];
    @Nullable CooperationPlan[] cached = new CooperationPlan[1];
    long[] seenVersion = new long[1];
    Parts parts = new Parts();
    unit.handle()
        .createQuery(statement)
        .bind(0, id)
        .bind(1, id)
        .bind(2, id)
        .bind(3, id)
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  if (row[0] == null && cached[0] == null) {
                    long version = Columns.required(rs, 2, Long.class);
                    Long seen = Columns.get(rs, 9, Long.class);
                    seenVersion[0] = seen == null ? -1 : seen;
                    cached[0] = seenVersion[0] == version ? unit.cache().plan(id, version) : null;
                    if (cached[0] == null) {
                      row[0] = stored(rs, id, version);
                    }
                  }
                  Integer part = Columns.get(rs, 10, Integer.class);
                  if (row[0] != null && part != null) {
                    parts.add(part, rs, 10);
                  }
                  return null;
                })
        .forEach(ignored -> {});
    if (cached[0] != null) {
      return new Whole(cached[0], false);
    }
    Stored stored = row[0];
    return stored == null
        ? null
        : new Whole(parts.complete(stored), seenVersion[0] != stored.version());
  }

  /**
   * A plan read whole, and whether its row was locked at a newer version than the parts read with
   * it.
   */
  private record Whole(CooperationPlan plan, boolean changedWhileLocking) {}

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    return unit.read(
        "find a plan by code",
        code,
        "id",
        () -> load(unit.handle().createQuery(unit.rowsToKeep("plan.findByCode")).bind(0, code)));
  }

  /** Reads the row, then its parts unless the cache holds the plan at that version. */
  private Optional<CooperationPlan> load(Query find) {
    return find.map(rowOrCached)
        .findFirst()
        .map(
            found -> {
              CooperationPlan plan =
                  found instanceof CooperationPlan cached ? cached : complete((Stored) found);
              unit.saw(plan);
              return plan;
            });
  }

  @Override
  public CooperationPlan insert(CooperationPlan plan) {
    return unit.write(
        "store a plan",
        plan,
        KIND,
        () -> {
          PlanId id = plan.id();
          if (plan.version() != 0) {
            throw new ConflictException(KIND, id.value().toString(), plan.version());
          }
          Handle h = unit.handle();
          int inserted =
              fields(h.createUpdate(unit.sql().get("plan.insert")).bind(0, id), 1, plan).execute();
          if (inserted == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("plan.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new DuplicateException(DuplicateException.ID, id.value().toString())
                : new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
          }
          insertParts(plan);
          CooperationPlan saved = Aggregates.withVersion(plan, 1);
          unit.saw(saved);
          return saved;
        });
  }

  @Override
  public CooperationPlan update(CooperationPlan plan) {
    return unit.write(
        "store a plan",
        plan,
        KIND,
        () -> {
          PlanId id = plan.id();
          Handle h = unit.handle();
          VersionAndCode stored =
              h.createQuery(unit.sql().get("plan.versionAndCode"))
                  .bind(0, id)
                  .map(
                      (RowMapper<VersionAndCode>)
                          (rs, ctx) ->
                              new VersionAndCode(
                                  Columns.required(rs, 1, Long.class),
                                  Columns.required(rs, 2, String.class)))
                  .findFirst()
                  .orElse(null);
          if (stored == null) {
            throw new NotFoundException(KIND, id.value().toString());
          }
          if (stored.version() != plan.version()) {
            throw new ConflictException(KIND, id.value().toString(), plan.version());
          }
          if (!stored.code().equals(plan.code().value())) {
            boolean taken =
                h.createQuery(unit.sql().get("plan.codeOwner"))
                    .bind(0, plan.code())
                    .mapTo(PlanId.class)
                    .findFirst()
                    .isPresent();
            if (taken) {
              throw new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
            }
          }
          int updated =
              fields(h.createUpdate(unit.sql().get("plan.update")), 0, plan)
                  .bind(10, id)
                  .bind(11, plan.version())
                  .execute();
          if (updated == 0) {
            throw new ConflictException(KIND, id.value().toString(), plan.version());
          }
          h.createUpdate(unit.sql().get("plan.deleteParties")).bind(0, id).execute();
          h.createUpdate(unit.sql().get("plan.deleteContentAreas")).bind(0, id).execute();
          h.createUpdate(unit.sql().get("plan.deleteDocuments")).bind(0, id).execute();
          insertParts(plan);
          CooperationPlan saved = Aggregates.withVersion(plan, stored.version() + 1);
          unit.saw(saved);
          return saved;
        });
  }

  /**
   * Binds code, title, summary, period, status and reason, then the look-up columns (folded title,
   * search text, the period's earliest and latest day), from a position on.
   */
  private static <S extends SqlStatement<S>> S fields(S s, int from, CooperationPlan plan) {
    DateSpan period = plan.period();
    return s.bind(from, plan.code())
        .bind(from + 1, plan.title())
        .bindByType(from + 2, plan.summary(), LocalizedText.class)
        .bindByType(from + 3, period, DateSpan.class)
        .bindByType(from + 4, plan.status(), PlanStatus.class)
        .bind(from + 5, plan.statusReason())
        .bind(from + 6, plan.sortTitle())
        .bind(from + 7, plan.searchText())
        .bindByType(from + 8, period == null ? null : period.earliestDay(), LocalDate.class)
        .bindByType(from + 9, period == null ? null : period.latestDay(), LocalDate.class);
  }

  @Override
  public Page<CooperationPlan> search(PlanQuery query) {
    return unit.read(
        "look plans up",
        query,
        "query",
        () -> {
          LookupSearch search = LookupSearch.plans(unit.sql(), query);
          ActivitySearch page = search.page();
          List<Object> rows =
              page.bind(unit.handle().createQuery(page.sql())).map(rowOrCached).list();
          List<CooperationPlan> plans = new ArrayList<>(rows.size());
          for (Object row : rows) {
            // The row after the page only tells that a next page follows: its parts are not read.
            CooperationPlan plan =
                row instanceof CooperationPlan cached
                    ? cached
                    : plans.size() < query.pageSize()
                        ? complete((Stored) row)
                        : ((Stored) row).without();
            if (plans.size() < query.pageSize()) {
              unit.saw(plan);
            }
            plans.add(plan);
          }
          return PlanQuery.ForAdapters.toPage(
              query, plans, query.countTotal() ? unit.count(search.count()) : null);
        });
  }

  private void insertParts(CooperationPlan plan) {
    Handle h = unit.handle();
    PlanId id = plan.id();
    List<Party> parties = plan.parties();
    if (!parties.isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("plan.insertParty"));
      for (int i = 0; i < parties.size(); i++) {
        Party party = parties.get(i);
        batch
            .bind(0, id)
            .bind(1, i)
            .bind(2, party.organisation())
            .bind(3, Codec.encodeNames(party.roles()))
            .bindByType(4, party.signedOn(), LocalDate.class)
            .add();
      }
      batch.execute();
    }
    if (!plan.contentAreas().isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("plan.insertContentArea"));
      for (ContentArea area : plan.contentAreas()) {
        batch.bind(0, id).bind(1, area.number()).bind(2, area.title()).add();
      }
      batch.execute();
    }
    List<PlanDocument> documents = plan.documents();
    if (!documents.isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("plan.insertDocument"));
      for (int i = 0; i < documents.size(); i++) {
        PlanDocument document = documents.get(i);
        batch
            .bind(0, id)
            .bind(1, i)
            .bindByType(2, document.type(), DocumentType.class)
            .bind(3, document.title())
            .bind(4, document.link())
            .bindByType(5, document.date(), LocalDate.class)
            .add();
      }
      batch.execute();
    }
  }

  /** The plan with its parts, read by {@code plan.parts}. */
  private CooperationPlan complete(Stored stored) {
    PlanId id = stored.id();
    Parts parts = new Parts();
    unit.handle()
        .createQuery(unit.sql().get("plan.parts"))
        .bind(0, id)
        .bind(1, id)
        .bind(2, id)
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  parts.add(Columns.required(rs, 1, Integer.class), rs, 1);
                  return null;
                })
        .forEach(ignored -> {});
    return parts.complete(stored);
  }

  /** The columns of {@code plan.find} from the version on. */
  private static Stored stored(ResultSet rs, PlanId id, long version) throws SQLException {
    return new Stored(
        id,
        version,
        Columns.required(rs, 3, PlanCode.class),
        Columns.required(rs, 4, LocalizedText.class),
        Columns.get(rs, 5, LocalizedText.class),
        Columns.get(rs, 6, DateSpan.class),
        Columns.required(rs, 7, PlanStatus.class),
        Columns.get(rs, 8, String.class));
  }

  /**
   * A plan's parts as {@code plan.parts} reads them, in no order, with their ordinals; put in order
   * at the end.
   */
  private static final class Parts {
    private final List<Ordered<Party>> parties = new ArrayList<>();
    private final List<Ordered<ContentArea>> areas = new ArrayList<>();
    private final List<Ordered<PlanDocument>> documents = new ArrayList<>();

    /**
     * Adds the part of a row whose columns of {@code plan.parts} begin at a position, with the
     * part's number.
     */
    void add(int part, ResultSet rs, int from) throws SQLException {
      int ordinal = Columns.required(rs, from + 1, Integer.class);
      switch (part) {
        case 1 ->
            parties.add(
                new Ordered<>(
                    ordinal,
                    new Party(
                        Columns.required(rs, from + 2, OrganisationId.class),
                        Codec.decodeNames(
                            Columns.required(rs, from + 3, String.class), PartyRole.class),
                        Columns.get(rs, from + 6, LocalDate.class))));
        case 2 ->
            areas.add(
                new Ordered<>(
                    ordinal,
                    new ContentArea(ordinal, Columns.required(rs, from + 3, LocalizedText.class))));
        default ->
            documents.add(
                new Ordered<>(
                    ordinal,
                    new PlanDocument(
                        Columns.required(rs, from + 3, DocumentType.class),
                        Columns.required(rs, from + 4, LocalizedText.class),
                        Columns.required(rs, from + 5, URI.class),
                        Columns.get(rs, from + 6, LocalDate.class))));
      }
    }

    CooperationPlan complete(Stored stored) {
      return CooperationPlan.ForAdapters.restore(
          stored.id(),
          stored.code(),
          stored.title(),
          stored.summary(),
          stored.period(),
          inOrder(parties),
          inOrder(areas),
          inOrder(documents),
          stored.status(),
          stored.statusReason(),
          stored.version());
    }

    private static <T> List<T> inOrder(List<Ordered<T>> parts) {
      parts.sort(Comparator.comparingInt(Ordered::ordinal));
      List<T> values = new ArrayList<>(parts.size());
      for (Ordered<T> part : parts) {
        values.add(part.value());
      }
      return values;
    }
  }

  /** A part and its position: its ordinal, or a content area's number. */
  private record Ordered<T>(int ordinal, T value) {}

  /** A plan row, before its parts are read. */
  private record Stored(
      PlanId id,
      long version,
      PlanCode code,
      LocalizedText title,
      @Nullable LocalizedText summary,
      @Nullable DateSpan period,
      PlanStatus status,
      @Nullable String statusReason) {

    /** The plan without its parts: the row after a page, whose keys alone are read. */
    CooperationPlan without() {
      return CooperationPlan.ForAdapters.restore(
          id,
          code,
          title,
          summary,
          period,
          List.of(),
          List.of(),
          List.of(),
          status,
          statusReason,
          version);
    }
  }

  private record VersionAndCode(long version, String code) {}
}
