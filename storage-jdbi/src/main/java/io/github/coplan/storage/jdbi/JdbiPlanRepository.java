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
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Plans in the table {@code plan}, whose unique {@code code} keeps codes unique, with their parties,
 * content areas and documents in tables of their own. Not thread-safe: one per unit of work.
 */
final class JdbiPlanRepository implements PlanRepository {

  private static final String KIND = "plan";

  private final Unit unit;

  JdbiPlanRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<CooperationPlan> findById(PlanId id) {
    return unit.read("read a plan", id, "id", () -> Optional.ofNullable(load(unit.sql().get("plan.find"), p -> p.uuid(id.value()))));
  }

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    return unit.read("find a plan by code", code, "id", () -> Optional.ofNullable(load(unit.sql().get("plan.findByCode"), p -> p.text(code.value()))));
  }

  /**
   * Reads the row, then its parts unless the cache holds the plan at that version; again if the row
   * changed in between.
   */
  private @Nullable CooperationPlan load(String find, Session.Binder binder) {
    Session s = unit.session();
    for (int attempt = 1; ; attempt++) {
      Object found = s.first(find, binder, this::rowOrCached);
      if (found == null) {
        return null;
      }
      CooperationPlan plan = found instanceof CooperationPlan cached ? cached : complete((Stored) found);
      if (plan != null) {
        unit.saw(plan);
        return plan;
      }
      if (attempt == Unit.MAX_READ_ATTEMPTS) {
        throw Unit.changing(KIND, ((Stored) found).id());
      }
    }
  }

  private Object rowOrCached(Row r) throws SQLException {
    CooperationPlan cached = unit.cache().plan(new PlanId(r.uuid(1)), r.bigint(2));
    return cached != null ? cached : row(r);
  }

  @Override
  public CooperationPlan insert(CooperationPlan plan) {
    return unit.write("store a plan", plan, KIND, () -> {
      UUID id = plan.id().value();
      if (plan.version() != 0) {
        throw new ConflictException(KIND, id.toString(), plan.version());
      }
      Session s = unit.session();
      int inserted = s.update(unit.sql().get("plan.insert"), p -> fields(p.uuid(id), plan));
      if (inserted == 0) {
        Integer exists = s.first(unit.sql().get("plan.exists"), p -> p.uuid(id), r -> 1);
        throw exists != null
            ? new DuplicateException(DuplicateException.ID, id.toString())
            : new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
      }
      insertParts(id, plan);
      CooperationPlan saved = plan.withVersion(1);
      unit.saw(saved);
      return saved;
    });
  }

  @Override
  public CooperationPlan update(CooperationPlan plan) {
    return unit.write("store a plan", plan, KIND, () -> {
      UUID id = plan.id().value();
      Session s = unit.session();
      VersionAndCode stored = s.first(unit.sql().get("plan.versionAndCode"), p -> p.uuid(id), r -> new VersionAndCode(r.bigint(1), r.text(2)));
      if (stored == null) {
        throw new NotFoundException(KIND, id.toString());
      }
      if (stored.version() != plan.version()) {
        throw new ConflictException(KIND, id.toString(), plan.version());
      }
      if (!stored.code().equals(plan.code().value())) {
        UUID owner = s.first(unit.sql().get("plan.codeOwner"), p -> p.text(plan.code().value()), r -> r.uuid(1));
        if (owner != null) {
          throw new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
        }
      }
      int updated = s.update(unit.sql().get("plan.update"), p -> fields(p, plan).uuid(id).bigint(plan.version()));
      if (updated == 0) {
        throw new ConflictException(KIND, id.toString(), plan.version());
      }
      s.update(unit.sql().get("plan.deleteParties"), p -> p.uuid(id));
      s.update(unit.sql().get("plan.deleteContentAreas"), p -> p.uuid(id));
      s.update(unit.sql().get("plan.deleteDocuments"), p -> p.uuid(id));
      insertParts(id, plan);
      CooperationPlan saved = plan.withVersion(stored.version() + 1);
      unit.saw(saved);
      return saved;
    });
  }

  /** Binds code, title, summary, period, status and reason. */
  private static Params fields(Params p, CooperationPlan plan) throws SQLException {
    return p.text(plan.code().value())
        .text(Codec.encode(plan.title()))
        .text(Codec.encodeOrNull(plan.summary().orElse(null)))
        .text(plan.period().map(DateSpan::toString).orElse(null))
        .name(plan.status())
        .text(plan.statusReason().orElse(null));
  }

  private void insertParts(UUID id, CooperationPlan plan) {
    Session s = unit.session();
    String insertParty = unit.sql().get("plan.insertParty");
    List<Party> parties = plan.parties();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      int ordinal = i;
      s.update(insertParty, p -> p.uuid(id).integer(ordinal).uuid(party.organisation().value()).text(Codec.encodeNames(party.roles()))
          .day(party.signedOn()));
    }
    String insertArea = unit.sql().get("plan.insertContentArea");
    for (ContentArea area : plan.contentAreas()) {
      s.update(insertArea, p -> p.uuid(id).integer(area.number()).text(Codec.encode(area.title())));
    }
    String insertDocument = unit.sql().get("plan.insertDocument");
    List<PlanDocument> documents = plan.documents();
    for (int i = 0; i < documents.size(); i++) {
      PlanDocument document = documents.get(i);
      int ordinal = i;
      s.update(insertDocument, p -> p.uuid(id).integer(ordinal).name(document.type()).text(Codec.encode(document.title()))
          .text(document.link().toString()).day(document.date()));
    }
  }

  private static Stored row(Row r) throws SQLException {
    String period = r.textOrNull(6);
    return new Stored(
        r.uuid(1),
        r.bigint(2),
        new PlanCode(r.text(3)),
        Codec.decodeText(r.text(4)),
        Codec.decodeTextOrNull(r.textOrNull(5)),
        period == null ? null : DateSpan.parse(period),
        r.name(7, PlanStatus.class),
        r.textOrNull(8));
  }

  /** The plan with its parts, or null if a part was read at another version than the row. */
  private @Nullable CooperationPlan complete(Stored stored) {
    Session s = unit.session();
    UUID id = stored.id();
    Session.Versioned<Party> parties = s.versioned(unit.sql().get("plan.parties"), p -> p.uuid(id), 2,
        r -> new Party(new OrganisationId(r.uuid(2)), Codec.decodeNames(r.text(3), PartyRole.class), r.day(4)));
    Session.Versioned<ContentArea> areas = s.versioned(unit.sql().get("plan.contentAreas"), p -> p.uuid(id), 2,
        r -> new ContentArea(r.integer(2), Codec.decodeText(r.text(3))));
    Session.Versioned<PlanDocument> documents = s.versioned(unit.sql().get("plan.documents"), p -> p.uuid(id), 2,
        r -> new PlanDocument(r.name(2, DocumentType.class), Codec.decodeText(r.text(3)), uri(r.text(4)), r.day(5)));
    long version = stored.version();
    if (parties.version() != version || areas.version() != version || documents.version() != version) {
      return null;
    }
    return CooperationPlan.restore(new PlanId(id), stored.code(), stored.title(), stored.summary(), stored.period(), parties.items(),
        areas.items(), documents.items(), stored.status(), stored.statusReason(), version);
  }

  private static URI uri(String text) throws SQLException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new SQLException("a stored link is not a URI", e);
    }
  }

  /** A plan row, before its parts are read. */
  private record Stored(
      UUID id,
      long version,
      PlanCode code,
      LocalizedText title,
      @Nullable LocalizedText summary,
      @Nullable DateSpan period,
      PlanStatus status,
      @Nullable String statusReason) {}

  private record VersionAndCode(long version, String code) {}
}
