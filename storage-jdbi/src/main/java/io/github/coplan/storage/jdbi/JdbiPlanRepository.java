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
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.PlanRepository;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * Plans in the table {@code plan}, whose unique {@code code} keeps codes unique, with their parties,
 * content areas and documents in tables of their own. A plan whose row is at the version the store's
 * cache holds is taken from the cache, without reading its parts. Not thread-safe: one per unit of
 * work.
 */
final class JdbiPlanRepository implements PlanRepository {

  private static final String KIND = "plan";

  private static final RowMapper<Party> PARTY = (rs, ctx) -> new Party(Columns.get(rs, 1, OrganisationId.class),
      Codec.decodeNames(Columns.get(rs, 2, String.class), PartyRole.class), Columns.get(rs, 3, LocalDate.class));
  private static final RowMapper<ContentArea> CONTENT_AREA = (rs, ctx) -> new ContentArea(Columns.get(rs, 1, Integer.class),
      Columns.get(rs, 2, LocalizedText.class));
  private static final RowMapper<PlanDocument> DOCUMENT = (rs, ctx) -> new PlanDocument(Columns.get(rs, 1, DocumentType.class),
      Columns.get(rs, 2, LocalizedText.class), Columns.get(rs, 3, URI.class), Columns.get(rs, 4, LocalDate.class));

  private final Unit unit;
  /** The columns of {@code plan.find}: the cached plan if it is at the row's version, else the row. */
  private final RowMapper<Object> rowOrCached;

  JdbiPlanRepository(Unit unit) {
    this.unit = unit;
    this.rowOrCached = (rs, ctx) -> {
      PlanId id = Columns.get(rs, 1, PlanId.class);
      long version = Columns.get(rs, 2, Long.class);
      CooperationPlan cached = unit.cache().plan(id, version);
      return cached != null ? cached : new Stored(id, version, Columns.get(rs, 3, PlanCode.class), Columns.get(rs, 4, LocalizedText.class),
          Columns.get(rs, 5, LocalizedText.class), Columns.get(rs, 6, DateSpan.class), Columns.get(rs, 7, PlanStatus.class),
          Columns.get(rs, 8, String.class));
    };
  }

  @Override
  public Optional<CooperationPlan> findById(PlanId id) {
    return unit.read("read a plan", id, "id", () -> load(unit.handle().createQuery(unit.rowsToKeep("plan.find")).bind(0, id)));
  }

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    return unit.read("find a plan by code", code, "id", () -> load(unit.handle().createQuery(unit.rowsToKeep("plan.findByCode")).bind(0, code)));
  }

  /** Reads the row, then its parts unless the cache holds the plan at that version. */
  private Optional<CooperationPlan> load(Query find) {
    return find.map(rowOrCached).findFirst().map(found -> {
      CooperationPlan plan = found instanceof CooperationPlan cached ? cached : complete((Stored) found);
      unit.saw(plan);
      return plan;
    });
  }

  @Override
  public CooperationPlan insert(CooperationPlan plan) {
    return unit.write("store a plan", plan, KIND, () -> {
      PlanId id = plan.id();
      if (plan.version() != 0) {
        throw new ConflictException(KIND, id.value().toString(), plan.version());
      }
      Handle h = unit.handle();
      int inserted = fields(h.createUpdate(unit.sql().get("plan.insert")).bind(0, id), 1, plan).execute();
      if (inserted == 0) {
        boolean exists = h.createQuery(unit.sql().get("plan.exists")).bind(0, id).mapTo(Integer.class).findFirst().isPresent();
        throw exists
            ? new DuplicateException(DuplicateException.ID, id.value().toString())
            : new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
      }
      insertParts(plan);
      CooperationPlan saved = plan.withVersion(1);
      unit.saw(saved);
      return saved;
    });
  }

  @Override
  public CooperationPlan update(CooperationPlan plan) {
    return unit.write("store a plan", plan, KIND, () -> {
      PlanId id = plan.id();
      Handle h = unit.handle();
      VersionAndCode stored = h.createQuery(unit.sql().get("plan.versionAndCode")).bind(0, id)
          .map((RowMapper<VersionAndCode>) (rs, ctx) -> new VersionAndCode(Columns.get(rs, 1, Long.class), Columns.get(rs, 2, String.class)))
          .findFirst().orElse(null);
      if (stored == null) {
        throw new NotFoundException(KIND, id.value().toString());
      }
      if (stored.version() != plan.version()) {
        throw new ConflictException(KIND, id.value().toString(), plan.version());
      }
      if (!stored.code().equals(plan.code().value())) {
        boolean taken = h.createQuery(unit.sql().get("plan.codeOwner")).bind(0, plan.code()).mapTo(PlanId.class).findFirst().isPresent();
        if (taken) {
          throw new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
        }
      }
      int updated = fields(h.createUpdate(unit.sql().get("plan.update")), 0, plan).bind(6, id).bind(7, plan.version()).execute();
      if (updated == 0) {
        throw new ConflictException(KIND, id.value().toString(), plan.version());
      }
      h.createUpdate(unit.sql().get("plan.deleteParties")).bind(0, id).execute();
      h.createUpdate(unit.sql().get("plan.deleteContentAreas")).bind(0, id).execute();
      h.createUpdate(unit.sql().get("plan.deleteDocuments")).bind(0, id).execute();
      insertParts(plan);
      CooperationPlan saved = plan.withVersion(stored.version() + 1);
      unit.saw(saved);
      return saved;
    });
  }

  /** Binds code, title, summary, period, status and reason from a position on. */
  private static <S extends SqlStatement<S>> S fields(S s, int from, CooperationPlan plan) {
    return s.bind(from, plan.code())
        .bind(from + 1, plan.title())
        .bindByType(from + 2, plan.summary().orElse(null), LocalizedText.class)
        .bindByType(from + 3, plan.period().orElse(null), DateSpan.class)
        .bindByType(from + 4, plan.status(), PlanStatus.class)
        .bind(from + 5, plan.statusReason().orElse(null));
  }

  private void insertParts(CooperationPlan plan) {
    Handle h = unit.handle();
    PlanId id = plan.id();
    List<Party> parties = plan.parties();
    if (!parties.isEmpty()) {
      PreparedBatch batch = h.prepareBatch(unit.sql().get("plan.insertParty"));
      for (int i = 0; i < parties.size(); i++) {
        Party party = parties.get(i);
        batch.bind(0, id).bind(1, i).bind(2, party.organisation()).bind(3, Codec.encodeNames(party.roles()))
            .bindByType(4, party.signedOn(), LocalDate.class).add();
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
        batch.bind(0, id).bind(1, i).bindByType(2, document.type(), DocumentType.class).bind(3, document.title())
            .bind(4, document.link()).bindByType(5, document.date(), LocalDate.class).add();
      }
      batch.execute();
    }
  }

  /** The plan with its parts. */
  private CooperationPlan complete(Stored stored) {
    Handle h = unit.handle();
    PlanId id = stored.id();
    List<Party> parties = h.createQuery(unit.sql().get("plan.parties")).bind(0, id).map(PARTY).list();
    List<ContentArea> areas = h.createQuery(unit.sql().get("plan.contentAreas")).bind(0, id).map(CONTENT_AREA).list();
    List<PlanDocument> documents = h.createQuery(unit.sql().get("plan.documents")).bind(0, id).map(DOCUMENT).list();
    return CooperationPlan.restore(id, stored.code(), stored.title(), stored.summary(), stored.period(), parties, areas, documents,
        stored.status(), stored.statusReason(), stored.version());
  }

  /** A plan row, before its parts are read. */
  private record Stored(
      PlanId id,
      long version,
      PlanCode code,
      LocalizedText title,
      @Nullable LocalizedText summary,
      @Nullable DateSpan period,
      PlanStatus status,
      @Nullable String statusReason) {}

  private record VersionAndCode(long version, String code) {}
}
