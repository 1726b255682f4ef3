package io.github.coplan.application;

import io.github.coplan.application.internal.Services;
import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
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
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanServiceTest {

  private static final PlanCode CODE = PlanCode.of("HCMC-IIA-2018");

  private final FakeStorage storage = new FakeStorage();
  private final Services services = Services.create(storage, Clock.systemUTC(), new SequentialIds());
  private final PlanUseCases plans = services.plans();
  private Organisation dost;
  private Organisation iia;

  @BeforeEach
  void registerTheParties() {
    dost = services.organisations().register(new RegisterOrganisation(OrganisationProfile.builder()
        .name(vi("Sở KH&CN TP.HCM")).type(OrganisationType.LOCAL_GOVERNMENT).country(CountryCode.VN).build()));
    iia = services.organisations().register(new RegisterOrganisation(OrganisationProfile.builder()
        .name(vi("Israel Innovation Authority")).type(OrganisationType.GOVERNMENT).country(CountryCode.IL).build()));
  }

  private CooperationPlan draft() {
    return plans.draft(new DraftPlan(CODE, viEn("Kế hoạch hợp tác ĐMST TP.HCM – Israel", "HCMC – Israel plan")).withPeriod(DateSpan.parse("2018/2021")));
  }

  private CooperationPlan agree(CooperationPlan plan) {
    plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    plans.addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.SIGNATORY, PartyRole.FUNDING)));
    return plans.changeStatus(ChangePlanStatus.activate(plan.id()));
  }

  @Test
  void draftStoresADraftOfVersionOneFoundByIdAndCode() {
    CooperationPlan plan = draft();

    assertThat(plan.id()).isEqualTo(new PlanId(SequentialIds.nth(3)));
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.version()).isEqualTo(1);
    assertThat(plans.get(plan.id())).isEqualTo(plan);
    assertThat(plans.findByCode(CODE)).contains(plan);
    assertThat(plans.findByCode(PlanCode.of("HCMC-IIA-2019"))).isEmpty();
  }

  @Test
  void aTakenCodeIsADuplicate() {
    draft();

    DuplicateException e = catchThrowableOfType(DuplicateException.class, this::draft);

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(e.value()).isEqualTo("HCMC-IIA-2018");
  }

  @Test
  void describeReplacesTitleSummaryAndPeriodAndChecksAnExpectedVersion() {
    CooperationPlan plan = draft();

    CooperationPlan described = plans.describe(
        new DescribePlan(plan.id(), vi("Kế hoạch 2018–2022")).withSummary(vi("Tóm tắt")).withPeriod(DateSpan.parse("2018/2022")).expecting(1L));

    assertThat(described.version()).isEqualTo(2);
    assertThat(described.title()).isEqualTo(vi("Kế hoạch 2018–2022"));
    assertThat(described.summary()).isEqualTo(vi("Tóm tắt"));
    assertThat(described.period()).isEqualTo(DateSpan.parse("2018/2022"));

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> plans.describe(new DescribePlan(plan.id(), vi("Cũ")).expecting(1L)));
    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).contains(plan.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(plans.get(plan.id()).title()).isEqualTo(vi("Kế hoạch 2018–2022"));
  }

  @Test
  void anAgreedPlanKeepsItsPeriod() {
    CooperationPlan plan = agree(draft());

    violation(() -> plans.describe(new DescribePlan(plan.id(), vi("Kế hoạch"))), "period", Violation.REQUIRED);
    assertThat(plans.get(plan.id()).period()).isEqualTo(DateSpan.parse("2018/2021"));
  }

  @Test
  void addPartyNeedsAnExistingOrganisationThatIsNotAPartyYet() {
    CooperationPlan plan = draft();
    OrganisationId missing = new OrganisationId(SequentialIds.nth(77));

    CooperationPlan withParty = plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY, PartyRole.IMPLEMENTING)));
    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> plans.addParty(new AddParty(plan.id(), Party.of(missing, PartyRole.SIGNATORY))));
    rule(() -> plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.FUNDING))), RuleCode.PLAN_PARTY_EXISTS);

    assertThat(withParty.version()).isEqualTo(2);
    assertThat(withParty.parties()).containsExactly(Party.of(dost.id(), PartyRole.SIGNATORY, PartyRole.IMPLEMENTING));
    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertThat(plans.get(plan.id())).isEqualTo(withParty);
  }

  @Test
  void contentAreasAndDocumentsAreAddedInOrder() {
    CooperationPlan plan = draft();
    ContentArea policy = new ContentArea(1, vi("Chính sách ĐMST"));
    PlanDocument plan2018 = new PlanDocument(DocumentType.PLAN, vi("Kế hoạch số 1234/KH-UBND"),
        URI.create("https://example.org/kh-1234.pdf"), LocalDate.of(2018, 3, 20));

    plans.addContentArea(new AddContentArea(plan.id(), policy));
    CooperationPlan withDocument = plans.addDocument(new AddDocument(plan.id(), plan2018));
    rule(() -> plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Khác")))), RuleCode.PLAN_CONTENT_AREA_EXISTS);

    assertThat(withDocument.version()).isEqualTo(3);
    assertThat(withDocument.contentAreas()).containsExactly(policy);
    assertThat(withDocument.documents()).containsExactly(plan2018);
    assertThat(plans.get(plan.id())).isEqualTo(withDocument);
  }

  @Test
  void theLifecycleRunsThroughEveryTransition() {
    CooperationPlan plan = draft();
    rule(() -> plans.changeStatus(ChangePlanStatus.activate(plan.id())), RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);

    CooperationPlan active = agree(plan);
    CooperationPlan suspended = plans.changeStatus(ChangePlanStatus.suspend(plan.id(), "chờ kinh phí"));
    CooperationPlan resumed = plans.changeStatus(ChangePlanStatus.resume(plan.id()));
    CooperationPlan completed = plans.changeStatus(ChangePlanStatus.complete(plan.id()));

    assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(suspended.status()).isEqualTo(PlanStatus.SUSPENDED);
    assertThat(suspended.statusReason()).isEqualTo("chờ kinh phí");
    assertThat(resumed.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(resumed.statusReason()).isNull();
    assertThat(completed.status()).isEqualTo(PlanStatus.COMPLETED);
    assertThat(completed.version()).isEqualTo(7);
  }

  @Test
  void aCancelledPlanIsFrozen() {
    CooperationPlan plan = draft();
    CooperationPlan cancelled = plans.changeStatus(ChangePlanStatus.cancel(plan.id(), "không được phê duyệt"));

    assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("không được phê duyệt");
    rule(() -> plans.describe(new DescribePlan(plan.id(), vi("Mới"))), RuleCode.PLAN_FROZEN);
    rule(() -> plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY))), RuleCode.PLAN_FROZEN);
    rule(() -> plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A")))), RuleCode.PLAN_FROZEN);
    rule(() -> plans.changeStatus(ChangePlanStatus.resume(plan.id())), RuleCode.PLAN_ILLEGAL_TRANSITION);
    rule(() -> plans.changeStatus(ChangePlanStatus.cancel(plan.id(), "lần nữa")), RuleCode.PLAN_ILLEGAL_TRANSITION);
    assertThat(plans.get(plan.id())).isEqualTo(cancelled);
  }

  @Test
  void changesToAMissingPlanAreNotFound() {
    PlanId missing = new PlanId(SequentialIds.nth(88));

    for (Runnable call : new Runnable[] {
        () -> plans.get(missing),
        () -> plans.describe(new DescribePlan(missing, vi("A"))),
        () -> plans.addParty(new AddParty(missing, Party.of(dost.id(), PartyRole.SIGNATORY))),
        () -> plans.addContentArea(new AddContentArea(missing, new ContentArea(1, vi("A")))),
        () -> plans.changeStatus(ChangePlanStatus.activate(missing))}) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, call::run);
      assertThat(e.kind()).isEqualTo("plan");
      assertThat(e.id()).isEqualTo(missing.toString());
    }
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    violation(() -> plans.draft(null), "command", Violation.REQUIRED);
    violation(() -> plans.describe(null), "command", Violation.REQUIRED);
    violation(() -> plans.addParty(null), "command", Violation.REQUIRED);
    violation(() -> plans.addContentArea(null), "command", Violation.REQUIRED);
    violation(() -> plans.addDocument(null), "command", Violation.REQUIRED);
    violation(() -> plans.changeStatus(null), "command", Violation.REQUIRED);
    violation(() -> plans.get(null), "id", Violation.REQUIRED);
    violation(() -> plans.findByCode(null), "code", Violation.REQUIRED);
  }
}
