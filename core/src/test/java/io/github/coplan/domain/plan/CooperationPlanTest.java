package io.github.coplan.domain.plan;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.draftPlan;
import static io.github.coplan.testing.Fixtures.readyPlan;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.testing.Expect;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CooperationPlanTest {

  /** Every lifecycle transition, applied with valid arguments. */
  enum Transition {
    ACTIVATE(CooperationPlan::activate),
    SUSPEND(p -> p.suspend("chờ ngân sách")),
    RESUME(CooperationPlan::resume),
    COMPLETE(CooperationPlan::complete),
    CANCEL(p -> p.cancel("không còn phù hợp"));

    private final UnaryOperator<CooperationPlan> apply;

    Transition(UnaryOperator<CooperationPlan> apply) {
      this.apply = apply;
    }

    CooperationPlan applyTo(CooperationPlan plan) {
      return apply.apply(plan);
    }
  }

  /** The lifecycle drawn on {@link PlanStatus}, written out independently of the code. */
  private static final Map<PlanStatus, Map<Transition, PlanStatus>> ALLOWED =
      Map.of(
          PlanStatus.DRAFT,
              Map.of(
                  Transition.ACTIVATE, PlanStatus.ACTIVE, Transition.CANCEL, PlanStatus.CANCELLED),
          PlanStatus.ACTIVE,
              Map.of(
                  Transition.SUSPEND, PlanStatus.SUSPENDED,
                  Transition.COMPLETE, PlanStatus.COMPLETED,
                  Transition.CANCEL, PlanStatus.CANCELLED),
          PlanStatus.SUSPENDED,
              Map.of(Transition.RESUME, PlanStatus.ACTIVE, Transition.CANCEL, PlanStatus.CANCELLED),
          PlanStatus.COMPLETED, Map.of(),
          PlanStatus.CANCELLED, Map.of());

  /**
   * A plan with two parties, a period and two content areas, brought to a status by its lifecycle.
   */
  static CooperationPlan planIn(PlanStatus status) {
    CooperationPlan draft = readyPlan();
    return switch (status) {
      case DRAFT -> draft;
      case ACTIVE -> draft.activate();
      case SUSPENDED -> draft.activate().suspend("tạm dừng");
      case COMPLETED -> draft.activate().complete();
      case CANCELLED -> draft.cancel("hủy bỏ");
    };
  }

  static Stream<Arguments> everyStatusAndTransition() {
    return EnumSet.allOf(PlanStatus.class).stream()
        .flatMap(s -> EnumSet.allOf(Transition.class).stream().map(t -> Arguments.of(s, t)));
  }

  @ParameterizedTest(name = "{0} --{1}-->")
  @MethodSource("everyStatusAndTransition")
  void everyTransitionIsAllowedOrRefusedExplicitly(PlanStatus from, Transition transition) {
    CooperationPlan plan = planIn(from);
    assertThat(plan.status()).isEqualTo(from);
    PlanStatus target = ALLOWED.get(from).get(transition);

    if (target != null) {
      CooperationPlan changed = transition.applyTo(plan);
      assertThat(changed.status()).isEqualTo(target);
      assertThat(changed.id()).isEqualTo(plan.id());
      assertThat(changed.version()).isEqualTo(plan.version());
      assertThat(changed.parties()).isEqualTo(plan.parties());
      assertThat(changed.contentAreas()).isEqualTo(plan.contentAreas());
    } else {
      rule(() -> transition.applyTo(plan), RuleCode.PLAN_ILLEGAL_TRANSITION);
    }
    assertThat(plan).isEqualTo(planIn(from));
  }

  @Test
  void theTableCoversEveryStatus() {
    assertThat(ALLOWED).containsOnlyKeys(PlanStatus.values());
    assertThat(everyStatusAndTransition()).hasSize(25);
  }

  @Test
  void aNewPlanIsADraftAtVersionZero() {
    CooperationPlan plan = draftPlan();

    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.version()).isZero();
    assertThat(plan.id()).isEqualTo(PLAN);
    assertThat(plan.code()).isEqualTo(PlanCode.of("HCMC-IIA-2018"));
    assertThat(plan.period()).isEqualTo(DateSpan.parse("2018/2021"));
    assertThat(plan.parties()).isEmpty();
    assertThat(plan.contentAreas()).isEmpty();
    assertThat(plan.documents()).isEmpty();
    assertThat(plan.summary()).isNull();
    assertThat(plan.statusReason()).isNull();
  }

  @Test
  void draftingListsEveryMissingPart() {
    violations(
        () -> CooperationPlan.draft(null, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("code", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED));
    violation(
        () -> CooperationPlan.draft(PLAN, PlanCode.of("X"), vi("một\nhai"), null, null),
        "title.vi",
        Violation.CONTROL_CHARACTER);
  }

  @Test
  void activationNeedsTwoParties() {
    CooperationPlan none = draftPlan();
    CooperationPlan one = none.addParty(Party.of(DOST, PartyRole.SIGNATORY));
    CooperationPlan noneAndNoPeriod = none.describe(none.title(), null, null);

    rule(none::activate, RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    rule(one::activate, RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    rule(noneAndNoPeriod::activate, RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    assertThat(one.addParty(Party.of(IIA, PartyRole.SIGNATORY)).activate().status())
        .isEqualTo(PlanStatus.ACTIVE);
  }

  @Test
  void activationNeedsAPeriod() {
    CooperationPlan ready = readyPlan();
    CooperationPlan withoutPeriod = ready.describe(ready.title(), null, null);

    assertThat(withoutPeriod.period()).isNull();
    rule(withoutPeriod::activate, RuleCode.PLAN_ACTIVATION_NEEDS_PERIOD);
    assertThat(
            withoutPeriod
                .describe(ready.title(), null, DateSpan.parse("2018/.."))
                .activate()
                .status())
        .isEqualTo(PlanStatus.ACTIVE);
  }

  @Test
  void suspendingAndCancellingKeepTheirReasonAndResumingClearsIt() {
    CooperationPlan suspended = planIn(PlanStatus.ACTIVE).suspend("  chờ ngân sách  ");
    assertThat(suspended.statusReason()).isEqualTo("chờ ngân sách");
    assertThat(suspended.resume().statusReason()).isNull();
    assertThat(planIn(PlanStatus.SUSPENDED).cancel("hết hạn").statusReason()).isEqualTo("hết hạn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\u00A0", "\u3000"})
  void suspendingAndCancellingNeedAReason(String blank) {
    CooperationPlan active = planIn(PlanStatus.ACTIVE);

    violation(() -> active.suspend(blank), "reason", Violation.BLANK);
    violation(() -> active.cancel(blank), "reason", Violation.BLANK);
    violation(() -> active.suspend(null), "reason", Violation.REQUIRED);
    violation(() -> active.cancel(null), "reason", Violation.REQUIRED);
    violation(() -> active.cancel("a\u202Eb"), "reason", Violation.CONTROL_CHARACTER);
    violation(() -> active.cancel("x".repeat(501)), "reason", Violation.TOO_LONG);
    assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
  }

  /** Every change a plan offers, applied with otherwise valid arguments. */
  static Stream<Arguments> everyChange() {
    Map<String, UnaryOperator<CooperationPlan>> changes =
        Map.of(
            "describe", p -> p.describe(vi("Tên mới"), null, DateSpan.parse("2018/2022")),
            "addParty", p -> p.addParty(Party.of(EMBASSY, PartyRole.IMPLEMENTING)),
            "changeParty", p -> p.changeParty(Party.of(DOST, PartyRole.ACCOUNTABLE)),
            "removeParty", p -> p.removeParty(DOST),
            "addContentArea", p -> p.addContentArea(new ContentArea(7, vi("Mời chuyên gia"))),
            "renameContentArea", p -> p.renameContentArea(new ContentArea(1, vi("Chính sách"))),
            "addDocument", p -> p.addDocument(mou()));
    return Stream.of(PlanStatus.COMPLETED, PlanStatus.CANCELLED)
        .flatMap(
            s -> changes.entrySet().stream().map(e -> Arguments.of(s, e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "{1} on a {0} plan")
  @MethodSource("everyChange")
  void aCompletedOrCancelledPlanIsFrozen(
      PlanStatus status, String name, UnaryOperator<CooperationPlan> change) {
    CooperationPlan plan = planIn(status);

    rule(() -> change.apply(plan), RuleCode.PLAN_FROZEN);
    rule(plan::requireNotFrozen, RuleCode.PLAN_FROZEN);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanStatus.class,
      names = {"DRAFT", "ACTIVE", "SUSPENDED"})
  void anOpenPlanAcceptsEveryChange(PlanStatus status) {
    CooperationPlan plan = planIn(status).addParty(Party.of(EMBASSY, PartyRole.IMPLEMENTING));
    plan.requireNotFrozen();

    CooperationPlan changed =
        plan.describe(vi("Tên mới"), vi("Tóm tắt"), DateSpan.parse("2018/2022"))
            .changeParty(Party.of(DOST, PartyRole.ACCOUNTABLE))
            .removeParty(EMBASSY)
            .addContentArea(new ContentArea(7, vi("Mời chuyên gia")))
            .renameContentArea(new ContentArea(1, vi("Chính sách")))
            .addDocument(mou());

    assertThat(changed.status()).isEqualTo(status);
    assertThat(changed.title()).isEqualTo(vi("Tên mới"));
    assertThat(changed.summary()).isEqualTo(vi("Tóm tắt"));
    assertThat(changed.period()).isEqualTo(DateSpan.parse("2018/2022"));
    assertThat(changed.parties()).extracting(Party::organisation).containsExactly(DOST, IIA);
    assertThat(changed.party(DOST)).map(Party::roles).contains(Set.of(PartyRole.ACCOUNTABLE));
    assertThat(changed.contentAreas()).extracting(ContentArea::number).containsExactly(1, 5, 7);
    assertThat(changed.contentArea(1)).map(a -> a.title().original()).contains("Chính sách");
    assertThat(changed.documents()).containsExactly(mou());
  }

  @Test
  void partiesAndContentAreasAreUnique() {
    CooperationPlan plan = readyPlan();

    rule(() -> plan.addParty(Party.of(DOST, PartyRole.FUNDING)), RuleCode.PLAN_PARTY_EXISTS);
    rule(
        () -> plan.addContentArea(new ContentArea(1, vi("Khác"))),
        RuleCode.PLAN_CONTENT_AREA_EXISTS);
    rule(() -> plan.changeParty(Party.of(EMBASSY, PartyRole.FUNDING)), RuleCode.PLAN_PARTY_UNKNOWN);
    rule(() -> plan.removeParty(EMBASSY), RuleCode.PLAN_PARTY_UNKNOWN);
    rule(
        () -> plan.renameContentArea(new ContentArea(2, vi("Khác"))),
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN);
    rule(() -> plan.requireContentArea(2), RuleCode.PLAN_CONTENT_AREA_UNKNOWN);
    rule(() -> plan.requireParty(EMBASSY), RuleCode.PLAN_PARTY_UNKNOWN);
    assertThat(plan.requireContentArea(5).number()).isEqualTo(5);
    assertThat(plan.requireParty(IIA).roles())
        .containsExactlyInAnyOrder(PartyRole.SIGNATORY, PartyRole.FUNDING);
    assertThat(plan).isEqualTo(readyPlan());
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanStatus.class,
      names = {"ACTIVE", "SUSPENDED"})
  void anAgreedPlanKeepsTwoParties(PlanStatus status) {
    CooperationPlan plan = planIn(status);

    rule(() -> plan.removeParty(DOST), RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    rule(() -> plan.removeParty(IIA), RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    CooperationPlan three = plan.addParty(Party.of(EMBASSY, PartyRole.IMPLEMENTING));
    assertThat(three.removeParty(DOST).parties())
        .extracting(Party::organisation)
        .containsExactly(IIA, EMBASSY);
  }

  @Test
  void aDraftMayLoseEveryParty() {
    CooperationPlan plan = readyPlan().removeParty(DOST).removeParty(IIA);

    assertThat(plan.parties()).isEmpty();
  }

  @Test
  void anAgreedPlanKeepsItsPeriodButADraftMayDropIt() {
    CooperationPlan active = planIn(PlanStatus.ACTIVE);

    violation(() -> active.describe(active.title(), null, null), "period", Violation.REQUIRED);
    violations(
        () -> active.describe(null, null, null),
        tuple("title", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED));
    assertThat(readyPlan().describe(readyPlan().title(), null, null).period()).isNull();
  }

  @Test
  void missingArgumentsAreRefusedAsInvalidInput() {
    CooperationPlan plan = readyPlan();

    violation(() -> plan.addParty(null), "party", Violation.REQUIRED);
    violation(() -> plan.changeParty(null), "party", Violation.REQUIRED);
    violation(() -> plan.addContentArea(null), "area", Violation.REQUIRED);
    violation(() -> plan.renameContentArea(null), "area", Violation.REQUIRED);
    violation(() -> plan.addDocument(null), "document", Violation.REQUIRED);
    violation(() -> Party.of(DOST, null), "roles", Violation.REQUIRED);
    violation(
        () -> Party.of(DOST, PartyRole.SIGNATORY, (PartyRole) null), "roles", Violation.REQUIRED);
    violation(() -> Party.of(null, PartyRole.SIGNATORY), "organisation", Violation.REQUIRED);
    violation(() -> plan.removeParty(null), "organisation", Violation.REQUIRED);
    assertThat(plan).isEqualTo(readyPlan());
  }

  @Test
  void contentAreasAreKeptInNumberOrder() {
    CooperationPlan plan =
        draftPlan()
            .addContentArea(new ContentArea(7, vi("Mời chuyên gia")))
            .addContentArea(new ContentArea(2, vi("Đào tạo sở hữu trí tuệ")))
            .addContentArea(new ContentArea(4, vi("Trao đổi startup")));

    assertThat(plan.contentAreas()).extracting(ContentArea::number).containsExactly(2, 4, 7);
    assertThat(plan.contentArea(3)).isEmpty();
  }

  @Test
  void changesReturnANewPlanAndLeaveTheOriginalAlone() {
    CooperationPlan draft = draftPlan();
    CooperationPlan withParty = draft.addParty(Party.of(DOST, PartyRole.SIGNATORY));

    assertThat(draft.parties()).isEmpty();
    assertThat(withParty.parties()).hasSize(1);
    assertThat(withParty.parties()).isUnmodifiable();
    assertThat(Aggregates.withVersion(withParty, 7).version()).isEqualTo(7);
    assertThat(withParty.version()).isZero();
  }

  @Test
  void restoreRebuildsAnEqualPlan() {
    CooperationPlan plan =
        Aggregates.withVersion(planIn(PlanStatus.SUSPENDED).addDocument(mou()), 4);

    CooperationPlan restored =
        CooperationPlan.ForAdapters.restore(
            plan.id(),
            plan.code(),
            plan.title(),
            plan.summary(),
            plan.period(),
            plan.parties(),
            plan.contentAreas(),
            plan.documents(),
            plan.status(),
            plan.statusReason(),
            4);

    assertThat(restored).isEqualTo(plan).hasSameHashCodeAs(plan);
  }

  @Test
  void aPlanHoldsAtMostFiveHundredParties() {
    CooperationPlan plan = draftPlan();
    for (int i = 0; i < CooperationPlan.MAX_PARTS; i++) {
      plan = plan.addParty(Party.of(new OrganisationId(new UUID(1, i)), PartyRole.IMPLEMENTING));
    }
    CooperationPlan full = plan;

    assertThat(full.parties()).hasSize(500);
    violation(
        () -> full.addParty(Party.of(EMBASSY, PartyRole.IMPLEMENTING)),
        "parties",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void aPartyHasRolesAndOnlyASignatorySigns() {
    Party signatory =
        new Party(
            DOST,
            EnumSet.of(PartyRole.SIGNATORY, PartyRole.IMPLEMENTING),
            LocalDate.of(2018, 8, 15));
    assertThat(signatory.signedOn()).isEqualTo(LocalDate.of(2018, 8, 15));
    assertThat(signatory.roles())
        .containsExactly(PartyRole.IMPLEMENTING, PartyRole.SIGNATORY)
        .isUnmodifiable();

    violation(
        () -> new Party(DOST, Set.of(PartyRole.IMPLEMENTING), LocalDate.of(2018, 8, 15)),
        "signedOn",
        Violation.OUT_OF_RANGE);
    violation(() -> new Party(DOST, Set.of(), null), "roles", Violation.REQUIRED);
    violations(
        () -> new Party(null, null, LocalDate.of(2018, 8, 15)),
        tuple("organisation", Violation.REQUIRED),
        tuple("roles", Violation.REQUIRED),
        tuple("signedOn", Violation.OUT_OF_RANGE));
    violation(
        () -> new Party(DOST, Set.of(PartyRole.SIGNATORY), LocalDate.of(10_000, 1, 1)),
        "signedOn",
        Violation.OUT_OF_RANGE);
    List<PartyRole> withNull = new ArrayList<>();
    withNull.add(null);
    violation(() -> new Party(DOST, new HashSet<>(withNull), null), "roles[0]", Violation.REQUIRED);
  }

  @Test
  void contentAreasAreNumberedOneTo999() {
    assertThat(new ContentArea(1, vi("a")).number()).isEqualTo(1);
    assertThat(new ContentArea(999, vi("a")).number()).isEqualTo(999);
    for (int bad : new int[] {0, -1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      violation(() -> new ContentArea(bad, vi("a")), "number", Violation.OUT_OF_RANGE);
    }
    violations(
        () -> new ContentArea(0, null),
        tuple("number", Violation.OUT_OF_RANGE),
        tuple("title", Violation.REQUIRED));
    violation(() -> new ContentArea(1, viEn("a", "b\nc")), "title.en", Violation.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HCMC-IIA-2018",
        "a",
        "1",
        "plan_2018.v2",
        "Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
      })
  void planCodesOfTheDocumentedFormAreAccepted(String code) {
    assertThat(PlanCode.of(code).value()).isEqualTo(code);
    assertThat(PlanCode.of(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-abc",
        ".abc",
        "_abc",
        "a b",
        "Đổi",
        "a/b",
        "x'; DROP TABLE plan; --",
        " HCMC",
        "HCMC ",
        "a\nb",
        "Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
      })
  void otherPlanCodesAreMalformed(String code) {
    violation(() -> PlanCode.of(code), "", Violation.MALFORMED);
  }

  @Test
  void aPlanCodeIsRequiredAndCaseSensitive() {
    violation(() -> PlanCode.of(null), "", Violation.REQUIRED);
    assertThat(PlanCode.of("hcmc")).isNotEqualTo(PlanCode.of("HCMC"));
  }

  @Test
  void aDocumentLinksToHttpHttpsOrUrn() {
    assertThat(mou().link()).hasScheme("https");
    assertThat(
            new PlanDocument(
                    DocumentType.OTHER, vi("a"), URI.create("urn:isbn:9780000000000"), null)
                .link())
        .hasScheme("urn");
    violations(
        () -> new PlanDocument(null, null, URI.create("ftp://x"), LocalDate.of(10_000, 1, 1)),
        tuple("type", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("link", Violation.MALFORMED),
        tuple("date", Violation.OUT_OF_RANGE));
    violation(
        () -> new PlanDocument(DocumentType.ARTICLE, vi("a"), null, null),
        "link",
        Violation.REQUIRED);
    violation(
        () -> new PlanDocument(DocumentType.ARTICLE, vi("a"), URI.create("relative"), null),
        "link",
        Violation.MALFORMED);
    violation(
        () ->
            new PlanDocument(
                DocumentType.ARTICLE,
                vi("a"),
                URI.create("https://x.vn/" + "a".repeat(2000)),
                null),
        "link",
        Violation.TOO_LONG);
  }

  private static PlanDocument mou() {
    return new PlanDocument(
        DocumentType.ARTICLE,
        viEn(
            "TP.HCM và Israel hợp tác thúc đẩy khởi nghiệp ĐMST",
            "HCMC and Israel cooperate on innovative start-ups"),
        URI.create("https://dost.hochiminhcity.gov.vn/tin-tuc/2018-08-15"),
        LocalDate.of(2018, 8, 15));
  }

  /**
   * Adapters prove a round trip by equality, so a plan that differs in any one part is another
   * plan.
   */
  @Test
  void aPlanEqualsAnotherOnlyWhenEveryPartIsEqual() {
    PlanCode code = PlanCode.of("HCMC-IIA-2018");
    List<Party> parties =
        List.of(Party.of(DOST, PartyRole.SIGNATORY), Party.of(IIA, PartyRole.SIGNATORY));
    List<ContentArea> areas = List.of(new ContentArea(1, vi("Chính sách")));
    List<PlanDocument> documents =
        List.of(
            new PlanDocument(
                DocumentType.PLAN, vi("Kế hoạch"), URI.create("https://example.org/kh.pdf"), null));
    DateSpan period = DateSpan.parse("2018/2021");
    CooperationPlan stored =
        CooperationPlan.ForAdapters.restore(
            PLAN,
            code,
            vi("Kế hoạch"),
            vi("Tóm tắt"),
            period,
            parties,
            areas,
            documents,
            PlanStatus.SUSPENDED,
            "chờ",
            4);

    assertThat(stored)
        .isEqualTo(
            CooperationPlan.ForAdapters.restore(
                PLAN,
                code,
                vi("Kế hoạch"),
                vi("Tóm tắt"),
                period,
                parties,
                areas,
                documents,
                PlanStatus.SUSPENDED,
                "chờ",
                4))
        .hasSameHashCodeAs(
            CooperationPlan.ForAdapters.restore(
                PLAN,
                code,
                vi("Kế hoạch"),
                vi("Tóm tắt"),
                period,
                parties,
                areas,
                documents,
                PlanStatus.SUSPENDED,
                "chờ",
                4))
        .hasToString("CooperationPlan[HCMC-IIA-2018 " + PLAN + " SUSPENDED v4]");
    assertThat(
            List.of(
                CooperationPlan.ForAdapters.restore(
                    OTHER_PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    PlanCode.of("HCMC-IIA-2019"),
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch khác"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    null,
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    DateSpan.parse("2018/2022"),
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties.subList(0, 1),
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    List.of(),
                    documents,
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    List.of(),
                    PlanStatus.SUSPENDED,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.ACTIVE,
                    "chờ",
                    4),
                CooperationPlan.ForAdapters.restore(
                    PLAN,
                    code,
                    vi("Kế hoạch"),
                    vi("Tóm tắt"),
                    period,
                    parties,
                    areas,
                    documents,
                    PlanStatus.SUSPENDED,
                    null,
                    4),
                Aggregates.withVersion(stored, 5),
                code))
        .allSatisfy(other -> assertThat(stored).isNotEqualTo(other));
  }

  @Test
  void aVeryLongPlanCodeIsMalformedAndNotEchoedWhole() {
    String huge = "A".repeat(1_000_000);

    InvalidInputException e = Expect.invalidInput(() -> PlanCode.of(huge));

    assertThat(e.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("", Violation.MALFORMED));
    assertThat(e.violations().get(0).message()).endsWith("A".repeat(70) + "…").hasSizeLessThan(200);
  }

  @Test
  void theSortTitleIsTheFoldedOriginalTitleAndTheSearchTextHoldsTitleAndSummary() {
    CooperationPlan plan = draftPlan();
    assertThat(plan.sortTitle()).isEqualTo("ke hoach hop tac dmst tp.hcm – israel");
    assertThat(plan.searchText())
        .isEqualTo(
            "hcmc – israel innovation cooperation plan\nke hoach hop tac dmst tp.hcm – israel");

    CooperationPlan described =
        plan.describe(vi("Kế hoạch"), viEn("Tóm tắt ĐMST", "Summary"), null);
    assertThat(described.searchText()).isEqualTo("ke hoach\nsummary\ntom tat dmst");
  }
}
