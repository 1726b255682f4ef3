package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.MarketFixtures.content;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.testing.Fixtures;
import io.github.coplan.testing.SequentialIds;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Introductions through the use cases: who may introduce two profiles and move the introduction on,
 * each refusal with its exact error and nothing changed, who sees it, its records, and what the
 * marketplace produced for a plan.
 */
class MarketIntroductionsTest extends MarketServiceFixture {

  /** Saigon water's request, in the plan's content area 6. */
  private TechnologyProfile request;

  /** Aqua's offer, part of no plan. */
  private TechnologyProfile offer;

  @BeforeEach
  void publishARequestAndAnOffer() {
    request = publish(draftIn(6, saigon, lan, request().keyword("membrane")));
    offer = published(aqua, avi, offer().keyword("membrane"));
  }

  private Introduction introduce() {
    return as(lan).market().introduce(new Introduce(request.id(), offer.id()));
  }

  private Introduction advance(Person who, AdvanceIntroduction step) {
    return as(who).market().advance(step);
  }

  private static String denied(Person who, String where) {
    return "person:" + who.id() + " lacks the permission EDIT_ACTIVITIES on " + where;
  }

  private static String notFound(String kind, Object id) {
    return new NotFoundException(kind, id.toString()).getMessage();
  }

  private String notAMatch(String... refusals) {
    return "introduction.not-a-match: " + String.join("; ", refusals);
  }

  // ---- introducing -----------------------------------------------------------------------------

  @Test
  void staffOfTheRequesterIntroduceItToAnOfferInTheRequestsPlanAndArea() {
    Introduction i = introduce();

    assertThat(i.request()).isEqualTo(request.id());
    assertThat(i.offer()).isEqualTo(offer.id());
    assertThat(i.plan()).isEqualTo(plan.id());
    assertThat(i.contentArea()).isEqualTo(6);
    assertThat(i.stage()).isEqualTo(IntroductionStage.SUGGESTED);
    assertThat(i.suggestedOn()).isEqualTo(TODAY);
    assertThat(i.version()).isEqualTo(1);
    assertThat(system.market().introduction(i.id())).isEqualTo(i);
    ChangeRecord record = history(i.id()).get(0);
    assertThat(record.commandName()).isEqualTo("Introduce");
    assertThat(record.plan()).isEqualTo(plan.id());
    assertThat(record.actor()).isEqualTo(Actor.person(lan.id()));
    assertThat(record.changes())
        .containsExactly(
            new FieldChange("contentArea", null, "6"),
            new FieldChange("interest", null, "{}"),
            new FieldChange("offer", null, offer.id().toString()),
            new FieldChange("plan", null, plan.id().toString()),
            new FieldChange("request", null, request.id().toString()),
            new FieldChange("stage", null, "SUGGESTED"),
            new FieldChange("suggestedOn", null, TODAY.toString()));
  }

  @Test
  void staffOfTheOffererIntroduceTooAndTheOffersPlanCountsWhenTheRequestHasNone() {
    TechnologyProfile planlessRequest = published(dost, lan, request().keyword("membrane"));
    TechnologyProfile offerInArea5 = publish(draftIn(5, negev, avi, offer()));
    TechnologyProfile requestOfThePlan = publish(draftIn(null, saigon, lan, request()));

    Introduction fromOffer =
        as(editor5).market().introduce(new Introduce(planlessRequest.id(), offerInArea5.id()));
    Introduction neither =
        as(avi).market().introduce(new Introduce(planlessRequest.id(), offer.id()));
    Introduction planWide =
        system.market().introduce(new Introduce(requestOfThePlan.id(), offerInArea5.id()));

    assertThat(fromOffer.plan()).isEqualTo(plan.id());
    assertThat(fromOffer.contentArea()).isEqualTo(5);
    assertThat(neither.plan()).isNull();
    assertThat(neither.contentArea()).isNull();
    assertThat(history(neither.id()).get(0).plan()).isNull();
    assertThat(planWide.plan()).isEqualTo(plan.id());
    assertThat(planWide.contentArea()).isNull();
  }

  @Test
  void anIntroductionIsRefusedUnlessTheActorMayActOnASide() {
    refused(
        () -> as(stranger).market().introduce(new Introduce(request.id(), offer.id())),
        AccessDeniedException.class,
        denied(stranger, "introduction of " + request.id() + " and " + offer.id()));
    refused(
        () -> as(viewer).market().introduce(new Introduce(request.id(), offer.id())),
        AccessDeniedException.class,
        denied(viewer, "introduction of " + request.id() + " and " + offer.id()));
    assertThat(as(editor).market().introduce(new Introduce(request.id(), offer.id())).version())
        .isEqualTo(1);
  }

  @Test
  void twoProfilesThatFailAHardCriterionAreNotIntroduced() {
    TechnologyProfile businessOffer =
        published(
            negev,
            avi,
            content(
                ProfileKind.BUSINESS_OFFER, PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE));
    TechnologyProfile ownOffer = published(saigon, lan, offer());
    TechnologyProfile forIsrael = published(negev, avi, offer().targetCountry(CountryCode.IL));
    TechnologyProfile draftRequest = draft(saigon, lan, request());

    refused(
        () -> system.market().introduce(new Introduce(offer.id(), request.id())),
        RuleViolationException.class,
        notAMatch(
            "profile " + offer.id() + " is not a request",
            "profile " + request.id() + " is not an offer"));
    refused(
        () -> system.market().introduce(new Introduce(request.id(), businessOffer.id())),
        RuleViolationException.class,
        notAMatch("kinds TECHNOLOGY_REQUEST and BUSINESS_OFFER do not complement each other"));
    refused(
        () -> as(lan).market().introduce(new Introduce(request.id(), ownOffer.id())),
        RuleViolationException.class,
        notAMatch("both belong to organisation " + saigon.id()));
    refused(
        () -> as(lan).market().introduce(new Introduce(request.id(), forIsrael.id())),
        RuleViolationException.class,
        notAMatch("the offer targets [IL], not the requester's VN"));
    refused(
        () -> as(lan).market().introduce(new Introduce(draftRequest.id(), offer.id())),
        RuleViolationException.class,
        notAMatch("profile " + draftRequest.id() + " is not live on " + TODAY));
    setToday(TODAY.plusDays(365));
    refused(
        () -> as(lan).market().introduce(new Introduce(request.id(), offer.id())),
        RuleViolationException.class,
        notAMatch(
            "profile " + request.id() + " is not live on " + TODAY.plusDays(365),
            "profile " + offer.id() + " is not live on " + TODAY.plusDays(365)));
  }

  @Test
  void twoProfilesAreIntroducedOnce() {
    Introduction first = introduce();

    DuplicateException e =
        refused(
            () -> as(avi).market().introduce(new Introduce(request.id(), offer.id())),
            DuplicateException.class,
            "already taken (introduction.pair): " + request.id() + "→" + offer.id());

    assertThat(e.what()).isEqualTo(DuplicateException.INTRODUCTION).isEqualTo("introduction.pair");
    assertThat(e.value()).isEqualTo(request.id() + "→" + offer.id());
    assertThat(system.market().introductionsOf(offer.id())).containsExactly(first);
  }

  @Test
  void anIntroductionOfWhatDoesNotExistOrIsNotSeenIsNotFound() {
    ProfileId missing = new ProfileId(SequentialIds.nth(999));
    TechnologyProfile draftRequest = draft(saigon, lan, request());

    refused(
        () -> system.market().introduce(new Introduce(missing, offer.id())),
        NotFoundException.class,
        notFound("profile", missing));
    refused(
        () -> system.market().introduce(new Introduce(request.id(), missing)),
        NotFoundException.class,
        notFound("profile", missing));
    refused(
        () -> as(avi).market().introduce(new Introduce(draftRequest.id(), offer.id())),
        NotFoundException.class,
        notFound("profile", draftRequest.id()));
    violation(() -> system.market().introduce(null), "command", Violation.REQUIRED);
  }

  // ---- moving on -------------------------------------------------------------------------------

  @Test
  void anIntroductionGoesFromSuggestionToAgreementEachStepRecorded() {
    Introduction suggested = introduce();
    setToday(TODAY.plusDays(2));
    Introduction requester =
        advance(lan, AdvanceIntroduction.expressInterest(suggested.id(), Side.REQUESTER));
    setToday(TODAY.plusDays(3));
    Introduction both =
        advance(
            avi, AdvanceIntroduction.expressInterest(suggested.id(), Side.OFFERER).expecting(2));
    setToday(TODAY.plusDays(10));
    Introduction met =
        advance(editor, AdvanceIntroduction.recordMeeting(suggested.id(), matchmaking.id()));
    setToday(TODAY.plusDays(30));
    Introduction agreed =
        advance(
            avi,
            AdvanceIntroduction.recordAgreement(suggested.id(), AgreementKind.LICENCE, LICENCE)
                .expecting(4));

    assertThat(requester.stage()).isEqualTo(IntroductionStage.INTEREST_EXPRESSED);
    assertThat(requester.interest()).containsExactly(entry(Side.REQUESTER, TODAY.plusDays(2)));
    assertThat(requester.version()).isEqualTo(2);
    assertThat(both.interest())
        .containsExactly(
            entry(Side.REQUESTER, TODAY.plusDays(2)), entry(Side.OFFERER, TODAY.plusDays(3)));
    assertThat(met.stage()).isEqualTo(IntroductionStage.MEETING);
    assertThat(met.meeting()).isEqualTo(matchmaking.id());
    assertThat(met.metOn()).isEqualTo(TODAY.plusDays(10));
    assertThat(agreed.stage()).isEqualTo(IntroductionStage.AGREEMENT);
    assertThat(agreed.agreement()).isEqualTo(AgreementKind.LICENCE);
    assertThat(agreed.document()).isEqualTo(LICENCE);
    assertThat(agreed.agreedOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(agreed.version()).isEqualTo(5);
    List<ChangeRecord> records = history(suggested.id());
    assertThat(records)
        .extracting(ChangeRecord::commandName, ChangeRecord::version, ChangeRecord::reason)
        .containsExactly(
            tuple("AdvanceIntroduction.RecordAgreement", 5L, null),
            tuple("AdvanceIntroduction.RecordMeeting", 4L, null),
            tuple("AdvanceIntroduction.ExpressInterest", 3L, null),
            tuple("AdvanceIntroduction.ExpressInterest", 2L, null),
            tuple("Introduce", 1L, null));
    assertThat(records.get(3).changes())
        .containsExactly(
            new FieldChange("interest", "{}", "{\"REQUESTER\":\"" + TODAY.plusDays(2) + "\"}"),
            new FieldChange("stage", "SUGGESTED", "INTEREST_EXPRESSED"));
    assertThat(records.get(1).changes())
        .containsExactly(
            new FieldChange("meeting", null, matchmaking.id().toString()),
            new FieldChange("metOn", null, TODAY.plusDays(10).toString()),
            new FieldChange("stage", "INTEREST_EXPRESSED", "MEETING"));
    assertThat(records.get(0).changes())
        .containsExactly(
            new FieldChange("agreedOn", null, TODAY.plusDays(30).toString()),
            new FieldChange("agreement", null, "LICENCE"),
            new FieldChange("document", null, LICENCE.toString()),
            new FieldChange("stage", "MEETING", "AGREEMENT"));
    assertThat(records).extracting(ChangeRecord::plan).containsOnly(plan.id());
  }

  @Test
  void aSideDeclinesWithAReasonTheHistoryKeeps() {
    Introduction suggested = introduce();
    setToday(TODAY.plusDays(4));

    Introduction declined =
        advance(
            avi, AdvanceIntroduction.decline(suggested.id(), Side.OFFERER, "  Không đủ năng lực "));

    assertThat(declined.stage()).isEqualTo(IntroductionStage.DECLINED);
    assertThat(declined.declinedBy()).isEqualTo(Side.OFFERER);
    assertThat(declined.declineReason()).isEqualTo("Không đủ năng lực");
    assertThat(declined.declinedOn()).isEqualTo(TODAY.plusDays(4));
    ChangeRecord record = history(suggested.id()).get(0);
    assertThat(record.commandName()).isEqualTo("AdvanceIntroduction.Decline");
    assertThat(record.reason()).isEqualTo("Không đủ năng lực");
    assertThat(record.changes())
        .containsExactly(
            new FieldChange("declineReason", null, "Không đủ năng lực"),
            new FieldChange("declinedBy", null, "OFFERER"),
            new FieldChange("declinedOn", null, TODAY.plusDays(4).toString()),
            new FieldChange("stage", "SUGGESTED", "DECLINED"));
    refused(
        () -> advance(lan, AdvanceIntroduction.expressInterest(suggested.id(), Side.REQUESTER)),
        RuleViolationException.class,
        "introduction.illegal-transition: cannot express interest in introduction "
            + suggested.id()
            + ": it is DECLINED");
  }

  @Test
  void aSideActsOnlyThroughThoseWhoMayActOnItsProfile() {
    Introduction i = introduce();

    refused(
        () -> advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.OFFERER)),
        AccessDeniedException.class,
        denied(lan, "the OFFERER side, profile " + offer.id()));
    refused(
        () -> advance(avi, AdvanceIntroduction.decline(i.id(), Side.REQUESTER, "Không")),
        AccessDeniedException.class,
        denied(avi, "the REQUESTER side, profile " + request.id()));
    refused(
        () -> advance(viewer, AdvanceIntroduction.decline(i.id(), Side.REQUESTER, "Không")),
        AccessDeniedException.class,
        denied(viewer, "the REQUESTER side, profile " + request.id()));
    refused(
        () -> advance(editor5, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER)),
        AccessDeniedException.class,
        denied(editor5, "the REQUESTER side, profile " + request.id()));
    Introduction interested =
        advance(editor, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER));
    String either = "introduction of " + request.id() + " and " + offer.id();
    refused(
        () -> advance(viewer, AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id())),
        AccessDeniedException.class,
        denied(viewer, either));
    Introduction met = advance(lan, AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id()));
    refused(
        () ->
            advance(
                viewer, AdvanceIntroduction.recordAgreement(i.id(), AgreementKind.OTHER, LICENCE)),
        AccessDeniedException.class,
        denied(viewer, either));
    refused(
        () -> advance(stranger, AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id())),
        NotFoundException.class,
        notFound("introduction", i.id()));
    assertThat(interested.version()).isEqualTo(2);
    assertThat(met.version()).isEqualTo(3);
  }

  @Test
  void interestNeedsACounterpartOpenForIt() {
    TechnologyProfile closedOffer =
        published(aqua, avi, offer().keyword("membrane").openForInterest(false));
    Introduction i = as(lan).market().introduce(new Introduce(request.id(), closedOffer.id()));

    refused(
        () -> advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER)),
        RuleViolationException.class,
        "introduction.closed-for-interest: profile "
            + closedOffer.id()
            + " does not accept expressions of interest");
    Introduction offerer = advance(avi, AdvanceIntroduction.expressInterest(i.id(), Side.OFFERER));

    assertThat(offerer.interest()).containsExactly(entry(Side.OFFERER, TODAY));
    assertThat(offerer.interestOn()).isEqualTo(TODAY);
  }

  @Test
  void aStepOutOfOrderOrOfTheWrongVersionOrDayChangesNothing() {
    Introduction i = introduce();

    refused(
        () -> advance(lan, AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id())),
        RuleViolationException.class,
        "introduction.illegal-transition: cannot record a meeting of introduction "
            + i.id()
            + ": it is SUGGESTED");
    refused(
        () ->
            advance(
                lan,
                AdvanceIntroduction.recordAgreement(
                    i.id(), AgreementKind.LICENCE, URI.create("https://example.org/none.pdf"))),
        RuleViolationException.class,
        "introduction.illegal-transition: cannot record an agreement of introduction "
            + i.id()
            + ": it is SUGGESTED");
    refused(
        () ->
            advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER).expecting(2)),
        ConflictException.class,
        new ConflictException("introduction", i.id().toString(), 2).getMessage());
    setToday(TODAY.plusDays(5));
    advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER));
    setToday(TODAY.plusDays(4));
    refused(
        () -> advance(avi, AdvanceIntroduction.expressInterest(i.id(), Side.OFFERER)),
        InvalidInputException.class,
        "invalid input: on: out-of-range (introduction "
            + i.id()
            + " took its last step on "
            + TODAY.plusDays(5)
            + ", after "
            + TODAY.plusDays(4)
            + ")");
    refused(
        () -> advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER)),
        RuleViolationException.class,
        "introduction.illegal-transition: the REQUESTER expressed interest in introduction "
            + i.id()
            + " already");
  }

  @Test
  void aMeetingNeedsAnActivityAndAnAgreementADocumentOfThePlan() {
    Introduction i = introduce();
    advance(lan, AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER));
    ActivityId noActivity = new ActivityId(SequentialIds.nth(997));
    URI unknown = URI.create("https://example.org/other.pdf");

    refused(
        () -> advance(lan, AdvanceIntroduction.recordMeeting(i.id(), noActivity)),
        NotFoundException.class,
        notFound("activity", noActivity));
    advance(lan, AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id()));
    refused(
        () ->
            advance(
                avi, AdvanceIntroduction.recordAgreement(i.id(), AgreementKind.LICENCE, unknown)),
        RuleViolationException.class,
        "introduction.unknown-document: plan " + plan.id() + " holds no document " + unknown);
  }

  @Test
  void anAgreementNamesAnyDocumentOfThePlan() {
    URI minutes = URI.create("https://example.org/minutes-2019.pdf");
    system
        .plans()
        .addDocument(
            new AddDocument(
                plan.id(),
                new io.github.coplan.domain.plan.PlanDocument(
                    io.github.coplan.domain.plan.DocumentType.MINUTES,
                    Fixtures.vi("Biên bản"),
                    minutes,
                    null)));
    TechnologyProfile other = published(negev, avi, offer().keyword("membrane"));
    Introduction first = introduce();
    Introduction second = system.market().introduce(new Introduce(request.id(), other.id()));
    for (Introduction i : List.of(first, second)) {
      system.market().advance(AdvanceIntroduction.expressInterest(i.id(), Side.REQUESTER));
      system.market().advance(AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id()));
    }

    Introduction licence =
        system
            .market()
            .advance(
                AdvanceIntroduction.recordAgreement(first.id(), AgreementKind.LICENCE, LICENCE));
    Introduction recorded =
        system
            .market()
            .advance(
                AdvanceIntroduction.recordAgreement(
                    second.id(), AgreementKind.COMMERCIAL, minutes));

    assertThat(licence.document()).isEqualTo(LICENCE);
    assertThat(recorded.document()).isEqualTo(minutes);
    assertThat(recorded.agreement()).isEqualTo(AgreementKind.COMMERCIAL);
  }

  @Test
  void anIntroductionOfNoPlanHasNoDocumentToNameForItsAgreement() {
    TechnologyProfile planlessRequest = published(dost, lan, request().keyword("membrane"));
    Introduction i = system.market().introduce(new Introduce(planlessRequest.id(), offer.id()));
    system.market().advance(AdvanceIntroduction.expressInterest(i.id(), Side.OFFERER));
    system.market().advance(AdvanceIntroduction.recordMeeting(i.id(), matchmaking.id()));

    refused(
        () ->
            system
                .market()
                .advance(
                    AdvanceIntroduction.recordAgreement(i.id(), AgreementKind.LICENCE, LICENCE)),
        RuleViolationException.class,
        "introduction.unknown-document: introduction "
            + i.id()
            + " is part of no plan: its agreement has no plan document to name");
  }

  @Test
  void aStepOfAnIntroductionThatDoesNotExistIsNotFound() {
    IntroductionId missing = new IntroductionId(SequentialIds.nth(996));

    refused(
        () -> system.market().advance(AdvanceIntroduction.expressInterest(missing, Side.OFFERER)),
        NotFoundException.class,
        notFound("introduction", missing));
    violation(() -> system.market().advance(null), "command", Violation.REQUIRED);
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Test
  void anIntroductionIsSeenByThoseWhoSeeItsPlanOrMayActOnASide() {
    Introduction ofThePlan = introduce();
    TechnologyProfile planlessRequest = published(dost, lan, request().keyword("membrane"));
    Introduction ofNoPlan =
        system.market().introduce(new Introduce(planlessRequest.id(), offer.id()));

    for (Person who : List.of(lan, avi, viewer, editor, editor5)) {
      assertThat(as(who).market().introduction(ofThePlan.id())).isEqualTo(ofThePlan);
    }
    refused(
        () -> as(stranger).market().introduction(ofThePlan.id()),
        NotFoundException.class,
        notFound("introduction", ofThePlan.id()));
    assertThat(as(avi).market().introduction(ofNoPlan.id())).isEqualTo(ofNoPlan);
    for (Person who : List.of(lan, viewer, editor, stranger)) {
      refused(
          () -> as(who).market().introduction(ofNoPlan.id()),
          NotFoundException.class,
          notFound("introduction", ofNoPlan.id()));
    }
    violation(() -> system.market().introduction(null), "id", Violation.REQUIRED);
  }

  @Test
  void theIntroductionsOfAProfileAreThoseTheActorSees() {
    Introduction ofThePlan = introduce();
    TechnologyProfile planlessRequest = published(dost, lan, request().keyword("membrane"));
    Introduction ofNoPlan =
        system.market().introduce(new Introduce(planlessRequest.id(), offer.id()));
    TechnologyProfile draft = draft(aqua, avi, offer());

    assertThat(system.market().introductionsOf(offer.id())).containsExactly(ofThePlan, ofNoPlan);
    assertThat(as(avi).market().introductionsOf(offer.id())).containsExactly(ofThePlan, ofNoPlan);
    assertThat(as(viewer).market().introductionsOf(offer.id())).containsExactly(ofThePlan);
    assertThat(as(stranger).market().introductionsOf(offer.id())).isEmpty();
    assertThat(as(lan).market().introductionsOf(request.id())).containsExactly(ofThePlan);
    assertThat(as(avi).market().introductionsOf(draft.id())).isEmpty();
    refused(
        () -> as(stranger).market().introductionsOf(draft.id()),
        NotFoundException.class,
        notFound("profile", draft.id()));
    violation(() -> system.market().introductionsOf(null), "profile", Violation.REQUIRED);
  }

  @Test
  void anIntroductionsHistoryIsSeenByThoseWhoSeeIt() {
    Introduction i = introduce();
    HistoryQuery query = HistoryQuery.of(AggregateRef.of(i.id()));

    assertThat(as(viewer).history().of(query).items())
        .extracting(ChangeRecord::commandName)
        .containsExactly("Introduce");
    assertThat(as(avi).history().of(query).items()).hasSize(1);
    assertThat(as(stranger).history().of(query).items()).isEmpty();
    assertThat(
            as(viewer)
                .history()
                .of(HistoryQuery.of(AggregateRef.of(new IntroductionId(SequentialIds.nth(995)))))
                .items())
        .isEmpty();
  }

  // ---- counts ----------------------------------------------------------------------------------

  @Test
  void eachStepCountsInThePeriodItIsDatedInPerContentAreaTheUnfiledLast() {
    TechnologyProfile unfiled = publish(draftIn(null, dost, lan, request()));
    draftIn(6, dost, lan, request());
    Introduction agreed = introduce();
    setToday(TODAY.plusDays(2));
    advance(lan, AdvanceIntroduction.expressInterest(agreed.id(), Side.REQUESTER));
    setToday(TODAY.plusDays(3));
    advance(avi, AdvanceIntroduction.expressInterest(agreed.id(), Side.OFFERER));
    setToday(TODAY.plusDays(5));
    TechnologyProfile offerInArea5 = publish(draftIn(5, negev, avi, offer()));
    setToday(TODAY.plusDays(6));
    TechnologyProfile planlessRequest = published(dost, lan, request());
    system.market().introduce(new Introduce(planlessRequest.id(), offerInArea5.id()));
    setToday(TODAY.plusDays(10));
    advance(lan, AdvanceIntroduction.recordMeeting(agreed.id(), matchmaking.id()));
    setToday(TODAY.plusDays(30));
    advance(avi, AdvanceIntroduction.recordAgreement(agreed.id(), AgreementKind.LICENCE, LICENCE));
    setToday(TODAY.plusDays(40));
    TechnologyProfile second = publish(draftIn(6, dost, lan, request()));
    Introduction declined = system.market().introduce(new Introduce(second.id(), offer.id()));
    setToday(TODAY.plusDays(45));
    system.market().advance(AdvanceIntroduction.decline(declined.id(), Side.OFFERER, "Hết hàng"));

    assertThat(as(viewer).market().counts(plan.id(), TODAY, TODAY.plusDays(60)))
        .containsExactly(
            new MarketCounts(5, 1, 1, 0, 0, 0, 0),
            new MarketCounts(6, 2, 2, 1, 1, 1, 1),
            new MarketCounts(null, 1, 0, 0, 0, 0, 0));
    assertThat(system.market().counts(plan.id(), TODAY.plusDays(1), TODAY.plusDays(29)))
        .containsExactly(
            new MarketCounts(5, 1, 1, 0, 0, 0, 0),
            new MarketCounts(6, 0, 0, 1, 1, 0, 0),
            new MarketCounts(null, 0, 0, 0, 0, 0, 0));
    assertThat(system.market().counts(plan.id(), TODAY.plusDays(2), TODAY.plusDays(2)))
        .containsExactly(
            new MarketCounts(5, 0, 0, 0, 0, 0, 0),
            new MarketCounts(6, 0, 0, 1, 0, 0, 0),
            new MarketCounts(null, 0, 0, 0, 0, 0, 0));
    assertThat(system.market().counts(plan.id(), TODAY.plusDays(3), TODAY.plusDays(3)))
        .as("the interest counts on the day it was first expressed")
        .containsExactly(
            new MarketCounts(5, 0, 0, 0, 0, 0, 0),
            new MarketCounts(6, 0, 0, 0, 0, 0, 0),
            new MarketCounts(null, 0, 0, 0, 0, 0, 0));
    assertThat(unfiled.plan()).isEqualTo(plan.id());
  }

  @Test
  void countsNeedAPlanTheActorSeesAndAPeriodInOrder() {
    PlanId missing = new PlanId(SequentialIds.nth(994));
    PlanId empty =
        system.plans().draft(new DraftPlan(PlanCode.of("EMPTY-2019"), Fixtures.vi("Trống"))).id();

    assertThat(system.market().counts(empty, TODAY, TODAY)).isEmpty();
    assertThat(system.market().counts(plan.id(), TODAY, TODAY))
        .containsExactly(new MarketCounts(6, 1, 0, 0, 0, 0, 0));
    refused(
        () -> system.market().counts(plan.id(), TODAY, TODAY.minusDays(1)),
        InvalidInputException.class,
        "invalid input: to: end-before-start (the last day "
            + TODAY.minusDays(1)
            + " is before the first "
            + TODAY
            + ")");
    refused(
        () -> as(stranger).market().counts(plan.id(), TODAY, TODAY),
        NotFoundException.class,
        notFound("plan", plan.id()));
    refused(
        () -> system.market().counts(missing, TODAY, TODAY),
        NotFoundException.class,
        notFound("plan", missing));
    violation(() -> system.market().counts(null, TODAY, TODAY), "plan", Violation.REQUIRED);
    violation(() -> system.market().counts(plan.id(), null, TODAY), "from", Violation.REQUIRED);
    violation(() -> system.market().counts(plan.id(), TODAY, null), "to", Violation.REQUIRED);
  }
}
