package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.PlanRepository}: every field round trips
 * (every partial-date form, parties with roles and signing dates, content areas, documents, every
 * status), codes are unique and compared exactly, versions are checked.
 */
public abstract class PlanRepositoryContract extends StorageContract {

  /** The text forms of every partial-date precision, each with every qualifier. */
  protected static final List<String> PARTIAL_DATE_FORMS =
      List.of(
          "2018",
          "2018~",
          "2018?",
          "2018%",
          "2018-H2",
          "2018-H1~",
          "2018-H2?",
          "2018-H2%",
          "2018-Q4",
          "2018-Q4~",
          "2018-Q1?",
          "2018-Q4%",
          "2018-11",
          "2018-11~",
          "2018-11?",
          "2018-11%",
          "2018-11-15",
          "2018-11-15~",
          "2018-11-15?",
          "2018-11-15%");

  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;

  /** For subclasses. */
  protected PlanRepositoryContract() {}

  /** Stores the organisations that become parties. */
  @BeforeEach
  protected void storeOrganisations() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
  }

  /** A new draft reads back exactly, with the version the store gave it. */
  @Test
  protected void insertedDraftReadsBackWithEveryField() {
    CooperationPlan plan = newPlan("HCMC-IIA-2018");

    CooperationPlan inserted = insert(plan);

    assertThat(inserted).isEqualTo(Aggregates.withVersion(plan, 1));
    CooperationPlan read = stored(plan.id());
    assertThat(read).isEqualTo(inserted);
    assertThat(read.code()).isEqualTo(PlanCode.of("HCMC-IIA-2018"));
    assertThat(read.title().originalLanguage()).isEqualTo("vi");
    assertThat(read.title().texts())
        .containsExactly(
            Map.entry("en", PLAN_TITLE_EN),
            Map.entry("he", PLAN_TITLE_HE),
            Map.entry("vi", PLAN_TITLE_VI));
    assertThat(read.summary())
        .isEqualTo(
            viEn(
                "Thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo (ĐMST).",
                "Promote innovative start-up activity."));
    assertThat(read.period()).isEqualTo(DateSpan.parse("2018/2021"));
    assertThat(read.parties()).isEmpty();
    assertThat(read.contentAreas()).isEmpty();
    assertThat(read.documents()).isEmpty();
    assertThat(read.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(read.statusReason()).isNull();
  }

  /** A plan with parties, seven content areas and documents reads back exactly, in order. */
  @Test
  protected void fullPlanReadsBackWithPartiesContentAreasAndDocuments() {
    Party dostParty =
        new Party(
            dost.id(),
            EnumSet.of(PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING, PartyRole.SIGNATORY),
            LocalDate.of(2018, 8, 15));
    Party iiaParty =
        new Party(
            iia.id(),
            EnumSet.of(PartyRole.FUNDING, PartyRole.EXTENDING, PartyRole.SIGNATORY),
            null);
    Party embassyParty = Party.of(embassy.id(), PartyRole.IMPLEMENTING);
    PlanDocument article =
        new PlanDocument(
            DocumentType.ARTICLE,
            viEn(
                "Thành phố Hồ Chí Minh và Israel hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo",
                "Ho Chi Minh City and Israel cooperate to promote innovative start-ups"),
            URI.create("https://dost.hochiminhcity.gov.vn/"),
            LocalDate.of(2018, 8, 15));
    PlanDocument mou =
        new PlanDocument(
            DocumentType.MEMORANDUM_OF_UNDERSTANDING,
            en("Memorandum of understanding"),
            URI.create("urn:coplan:mou:1"),
            null);
    CooperationPlan plan =
        newPlan("HCMC-IIA-2018").addParty(dostParty).addParty(iiaParty).addParty(embassyParty);
    // Added out of order: the plan keeps content areas by number.
    for (int n : new int[] {3, 1, 2, 7, 5, 4, 6}) {
      plan = plan.addContentArea(new ContentArea(n, contentAreaTitle(n)));
    }
    plan = plan.addDocument(article).addDocument(mou);

    insert(plan);

    CooperationPlan read = stored(plan.id());
    assertThat(read).isEqualTo(Aggregates.withVersion(plan, 1));
    assertThat(read.parties()).containsExactly(dostParty, iiaParty, embassyParty);
    assertThat(read.parties().get(0).signedOn()).isEqualTo(LocalDate.of(2018, 8, 15));
    assertThat(read.parties().get(1).signedOn()).isNull();
    assertThat(read.parties().get(1).roles())
        .containsExactlyInAnyOrder(PartyRole.FUNDING, PartyRole.EXTENDING, PartyRole.SIGNATORY);
    assertThat(read.contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(read.contentAreas().get(0).title()).isEqualTo(contentAreaTitle(1));
    assertThat(read.documents()).containsExactly(article, mou);
  }

  /** Every party role and every document type round trips. */
  @Test
  protected void everyPartyRoleAndDocumentTypeRoundTrips() {
    CooperationPlan plan = newPlan("ROLES");
    for (PartyRole role : PartyRole.values()) {
      Organisation o =
          insert(
              newOrganisation(
                  organisationProfile("Party " + role, OrganisationType.OTHER, CountryCode.VN)));
      plan = plan.addParty(Party.of(o.id(), role));
    }
    plan =
        plan.addParty(
            new Party(dost.id(), EnumSet.allOf(PartyRole.class), LocalDate.of(2018, 12, 31)));
    for (DocumentType type : DocumentType.values()) {
      plan =
          plan.addDocument(
              new PlanDocument(
                  type, en("Document " + type), URI.create("https://example.org/" + type), null));
    }

    insert(plan);

    CooperationPlan read = stored(plan.id());
    assertThat(read.parties()).isEqualTo(plan.parties());
    assertThat(read.parties()).hasSize(PartyRole.values().length + 1);
    assertThat(read.parties().get(PartyRole.values().length).roles())
        .containsExactly(PartyRole.values());
    assertThat(read.documents())
        .extracting(PlanDocument::type)
        .containsExactly(DocumentType.values());
  }

  /**
   * Every partial-date form, with every qualifier, round trips as a closed and as an open period.
   */
  @Test
  protected void everyPartialDateFormRoundTripsAsPeriod() {
    List<CooperationPlan> plans = new ArrayList<>();
    int i = 0;
    for (String form : PARTIAL_DATE_FORMS) {
      PartialDate date = PartialDate.parse(form);
      plans.add(withPeriod(newPlan("CLOSED-" + i), DateSpan.of(date, date)));
      plans.add(withPeriod(newPlan("OPEN-" + i), DateSpan.from(date)));
      plans.add(
          withPeriod(newPlan("TO-2021-" + i), DateSpan.of(date, PartialDate.parse("2021-Q2~"))));
      i++;
    }
    write(r -> plans.stream().map(p -> r.plans().insert(p)).toList());

    for (CooperationPlan plan : plans) {
      CooperationPlan read = stored(plan.id());
      DateSpan expected = plan.period();
      DateSpan actual = read.period();
      assertThat(actual).as("period of %s", plan.code()).isEqualTo(expected);
      assertThat(actual).isNotNull();
      assertThat(expected).isNotNull();
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertThat(actual.start().precision()).isEqualTo(expected.start().precision());
      assertThat(actual.start().qualifier()).isEqualTo(expected.start().qualifier());
    }
    assertThat(stored(plans.get(1).id()).period()).extracting(DateSpan::end).isNull();
    assertThat(stored(plans.get(1).id()).period()).hasToString("2018/..");
    assertThat(stored(plans.get(24).id()).period()).hasToString("2018-Q4");
  }

  /** A draft without summary or period round trips. */
  @Test
  protected void planWithoutSummaryOrPeriodRoundTrips() {
    CooperationPlan plan =
        CooperationPlan.draft(new PlanId(nextId()), PlanCode.of("BARE"), en("Bare"), null, null);

    insert(plan);

    CooperationPlan read = stored(plan.id());
    assertThat(read).isEqualTo(Aggregates.withVersion(plan, 1));
    assertThat(read.summary()).isNull();
    assertThat(read.period()).isNull();
  }

  /** Every plan status, with its reason where it has one, round trips. */
  @Test
  protected void everyStatusRoundTrips() {
    CooperationPlan draft =
        newPlan("S-DRAFT")
            .addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE))
            .addParty(Party.of(iia.id(), PartyRole.FUNDING));
    CooperationPlan active = rename(draft, "S-ACTIVE").activate();
    CooperationPlan suspended =
        rename(draft, "S-SUSPENDED").activate().suspend("Chờ phê duyệt ngân sách");
    CooperationPlan completed = rename(draft, "S-COMPLETED").activate().complete();
    CooperationPlan cancelled = rename(draft, "S-CANCELLED").cancel("הפרויקט בוטל");
    List<CooperationPlan> plans = List.of(draft, active, suspended, completed, cancelled);

    plans.forEach(this::insert);

    assertThat(plans.stream().map(p -> stored(p.id()).status()))
        .containsExactly(
            PlanStatus.DRAFT,
            PlanStatus.ACTIVE,
            PlanStatus.SUSPENDED,
            PlanStatus.COMPLETED,
            PlanStatus.CANCELLED);
    assertThat(stored(suspended.id()).statusReason()).isEqualTo("Chờ phê duyệt ngân sách");
    assertThat(stored(cancelled.id()).statusReason()).isEqualTo("הפרויקט בוטל");
    assertThat(stored(active.id()).statusReason()).isNull();
    for (CooperationPlan p : plans) {
      assertThat(stored(p.id())).isEqualTo(Aggregates.withVersion(p, 1));
    }
  }

  /** A code finds its plan only when it matches exactly, case included. */
  @Test
  protected void codeFindsItsPlanExactly() {
    CooperationPlan plan = insert(newPlan("HCMC-IIA-2018"));

    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(plan);
    assertThat(findPlanByCode("hcmc-iia-2018")).isEmpty();
    assertThat(findPlanByCode("HCMC-IIA-201")).isEmpty();
    assertThat(findPlanByCode("HCMC-IIA-2018.1")).isEmpty();
    assertThat(findPlan(new PlanId(nextId()))).isEmpty();
  }

  /** Codes that differ only in case are different codes. */
  @Test
  protected void codesDifferingInCaseAreDistinct() {
    CooperationPlan upper = insert(newPlan("HCMC-IIA-2018"));
    CooperationPlan lower = insert(newPlan("hcmc-iia-2018"));

    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(upper);
    assertThat(findPlanByCode("hcmc-iia-2018")).contains(lower);
  }

  /**
   * A second plan with a taken code fails with a duplicate of {@code plan.code} and is not stored.
   */
  @Test
  protected void insertWithTakenCodeIsDuplicate() {
    CooperationPlan first = insert(newPlan("HCMC-IIA-2018"));
    CooperationPlan second = newPlan("HCMC-IIA-2018");

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(second));

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(e.value()).isEqualTo("HCMC-IIA-2018");
    assertThat(findPlan(second.id())).isEmpty();
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(first);
  }

  /** A second insert with a taken id fails with a duplicate of {@code id} and keeps the first. */
  @Test
  protected void insertWithTakenIdIsDuplicate() {
    CooperationPlan first = insert(newPlan("FIRST"));
    CooperationPlan sameId =
        CooperationPlan.draft(first.id(), PlanCode.of("SECOND"), en("Second"), null, null);

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(sameId));

    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(first.id().toString());
    assertThat(stored(first.id())).isEqualTo(first);
    assertThat(findPlanByCode("SECOND")).isEmpty();
  }

  /** An update stores every change with the next version. */
  @Test
  protected void updateStoresTheChangesWithTheNextVersion() {
    CooperationPlan v1 = insert(newPlan("HCMC-IIA-2018"));
    CooperationPlan changed =
        v1.describe(en("Renamed"), null, DateSpan.parse("2018-11/.."))
            .addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE))
            .addParty(Party.of(iia.id(), PartyRole.FUNDING))
            .addContentArea(new ContentArea(1, contentAreaTitle(1)))
            .activate();

    CooperationPlan v2 = write(r -> r.plans().update(changed));
    CooperationPlan v3 = write(r -> r.plans().update(v2.suspend("Tạm dừng")));

    assertThat(v2).isEqualTo(Aggregates.withVersion(changed, 2));
    assertThat(v3.version()).isEqualTo(3);
    CooperationPlan read = stored(v1.id());
    assertThat(read).isEqualTo(v3);
    assertThat(read.title()).isEqualTo(en("Renamed"));
    assertThat(read.summary()).isNull();
    assertThat(read.period()).isEqualTo(DateSpan.parse("2018-11/.."));
    assertThat(read.status()).isEqualTo(PlanStatus.SUSPENDED);
    assertThat(read.statusReason()).isEqualTo("Tạm dừng");
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(v3);
  }

  /** An update against a stale version fails with a conflict and changes nothing. */
  @Test
  protected void staleUpdateConflictsAndChangesNothing() {
    CooperationPlan v1 = insert(newPlan("HCMC-IIA-2018"));
    CooperationPlan v2 =
        write(r -> r.plans().update(v1.addContentArea(new ContentArea(1, contentAreaTitle(1)))));
    CooperationPlan stale = v1.addContentArea(new ContentArea(2, contentAreaTitle(2)));

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.plans().update(stale)));

    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).contains(v1.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(stored(v1.id())).isEqualTo(v2);
  }

  /** Updating a plan that is not stored fails with not-found and stores nothing. */
  @Test
  protected void updateOfMissingPlanIsNotFound() {
    CooperationPlan never = Aggregates.withVersion(newPlan("NEVER"), 1);

    NotFoundException e =
        assertRefused(NotFoundException.class, () -> write(r -> r.plans().update(never)));

    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).isEqualTo(never.id().toString());
    assertThat(findPlan(never.id())).isEmpty();
    assertThat(findPlanByCode("NEVER")).isEmpty();
  }

  /** Inserting a plan whose version is not 0 is a conflict. */
  @Test
  protected void insertOfAVersionedPlanConflicts() {
    CooperationPlan versioned = Aggregates.withVersion(newPlan("VERSIONED"), 5);

    ConflictException e = assertRefused(ConflictException.class, () -> insert(versioned));

    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.expectedVersion()).hasValue(5L);
    assertThat(findPlanByCode("VERSIONED")).isEmpty();
  }

  /** Returned lists cannot be modified; an object read earlier does not change with the store. */
  @Test
  protected void copiesGoInAndOut() {
    CooperationPlan v1 =
        insert(newPlan("HCMC-IIA-2018").addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    CooperationPlan before = stored(v1.id());

    write(r -> r.plans().update(v1.addParty(Party.of(iia.id(), PartyRole.FUNDING))));

    assertThat(before.parties()).hasSize(1);
    assertThat(before.version()).isEqualTo(1);
    thrown(UnsupportedOperationException.class, () -> before.parties().clear());
    thrown(
        UnsupportedOperationException.class,
        () -> before.contentAreas().add(new ContentArea(9, en("x"))));
    thrown(
        UnsupportedOperationException.class,
        () -> before.parties().get(0).roles().add(PartyRole.FUNDING));
    assertThat(stored(v1.id()).parties()).hasSize(2);
  }

  private CooperationPlan withPeriod(CooperationPlan plan, DateSpan period) {
    return plan.describe(plan.title(), plan.summary(), period);
  }

  private CooperationPlan rename(CooperationPlan plan, String code) {
    return CooperationPlan.ForAdapters.restore(
        new PlanId(nextId()),
        PlanCode.of(code),
        plan.title(),
        plan.summary(),
        plan.period(),
        plan.parties(),
        plan.contentAreas(),
        plan.documents(),
        plan.status(),
        plan.statusReason(),
        0);
  }
}
