package io.github.coplan.domain.market;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.PlanId;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * An introduction's stages: suggested, interest expressed by each side once, a meeting, an
 * agreement, or a decline before the agreement; no step dated before the one before it.
 */
class IntroductionTest {

  private static final LocalDate D = LocalDate.of(2019, 3, 1);
  private static final IntroductionId ID = introductionId(1);
  private static final ProfileId REQUEST = profileId(11);
  private static final ProfileId OFFER = profileId(12);
  private static final URI LICENCE = URI.create("https://example.org/licence.pdf");
  private static final ActivityId MATCHMAKING = activityId(7);

  private static Introduction suggested() {
    return Introduction.suggest(ID, REQUEST, OFFER, PLAN, 6, D);
  }

  private static Introduction interested() {
    return suggested().expressInterest(Side.REQUESTER, day(2));
  }

  private static Introduction met() {
    return interested().recordMeeting(MATCHMAKING, day(10));
  }

  private static LocalDate day(int n) {
    return D.plusDays(n);
  }

  private static String illegal(String detail) {
    return "introduction.illegal-transition: " + detail;
  }

  @Test
  void aSuggestionIsVersionZeroAtItsFirstStage() {
    Introduction i = suggested();

    assertThat(i.id()).isEqualTo(ID);
    assertThat(i.request()).isEqualTo(REQUEST);
    assertThat(i.offer()).isEqualTo(OFFER);
    assertThat(i.plan()).isEqualTo(PLAN);
    assertThat(i.contentArea()).isEqualTo(6);
    assertThat(i.stage()).isEqualTo(IntroductionStage.SUGGESTED);
    assertThat(i.suggestedOn()).isEqualTo(D);
    assertThat(i.interest()).isEmpty();
    assertThat(i.interestOn()).isNull();
    assertThat(i.meeting()).isNull();
    assertThat(i.metOn()).isNull();
    assertThat(i.agreement()).isNull();
    assertThat(i.document()).isNull();
    assertThat(i.agreedOn()).isNull();
    assertThat(i.declinedBy()).isNull();
    assertThat(i.declineReason()).isNull();
    assertThat(i.declinedOn()).isNull();
    assertThat(i.version()).isZero();
    assertThat(i.lastStepOn()).isEqualTo(D);
    Introduction planless = Introduction.suggest(ID, REQUEST, OFFER, null, null, D);
    assertThat(planless.plan()).isNull();
    assertThat(planless.contentArea()).isNull();
  }

  @Test
  void aSuggestionNamesEveryMissingPartAndAProfileIsNotIntroducedToItself() {
    violations(
        () -> Introduction.suggest(null, null, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("request", Violation.REQUIRED),
        tuple("offer", Violation.REQUIRED),
        tuple("on", Violation.REQUIRED));
    assertThat(
            invalidInput(() -> Introduction.suggest(ID, REQUEST, REQUEST, PLAN, 6, D)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("offer", Violation.OUT_OF_RANGE, "a profile cannot be introduced to itself"));
    violation(
        () -> Introduction.suggest(ID, REQUEST, null, PLAN, 6, D), "offer", Violation.REQUIRED);
  }

  @Test
  void eachSideExpressesInterestOnceAndTheFirstDayCounts() {
    Introduction requester = interested();
    Introduction both = requester.expressInterest(Side.OFFERER, day(3));

    assertThat(requester.stage()).isEqualTo(IntroductionStage.INTEREST_EXPRESSED);
    assertThat(requester.interest()).containsExactly(entry(Side.REQUESTER, day(2)));
    assertThat(requester.interestOn()).isEqualTo(day(2));
    assertThat(requester.lastStepOn()).isEqualTo(day(2));
    assertThat(requester.suggestedOn()).isEqualTo(D);
    assertThat(requester.plan()).isEqualTo(PLAN);
    assertThat(requester.contentArea()).isEqualTo(6);
    assertThat(requester.request()).isEqualTo(REQUEST);
    assertThat(requester.offer()).isEqualTo(OFFER);
    assertThat(both.stage()).isEqualTo(IntroductionStage.INTEREST_EXPRESSED);
    assertThat(both.interest())
        .containsExactly(entry(Side.REQUESTER, day(2)), entry(Side.OFFERER, day(3)));
    assertThat(both.interestOn()).isEqualTo(day(2));
    assertThat(both.lastStepOn()).isEqualTo(day(3));
    Introduction offererFirst =
        suggested().expressInterest(Side.OFFERER, D).expressInterest(Side.REQUESTER, D);
    assertThat(offererFirst.interest())
        .containsExactly(entry(Side.REQUESTER, D), entry(Side.OFFERER, D));
    assertThat(
            rule(
                    () -> both.expressInterest(Side.OFFERER, day(4)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(illegal("the OFFERER expressed interest in introduction " + ID + " already"));
    rule(
        () -> requester.expressInterest(Side.REQUESTER, day(4)),
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> both.interest().put(Side.OFFERER, D))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void interestComesBeforeAMeetingAndNotBeforeTheLastStep() {
    assertThat(invalidInput(() -> suggested().expressInterest(Side.OFFERER, day(-1))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "on",
                Violation.OUT_OF_RANGE,
                "introduction " + ID + " took its last step on " + D + ", after " + day(-1)));
    violation(
        () -> interested().expressInterest(Side.OFFERER, day(1)), "on", Violation.OUT_OF_RANGE);
    assertThat(interested().expressInterest(Side.OFFERER, day(2)).lastStepOn()).isEqualTo(day(2));
    assertThat(
            rule(
                    () -> met().expressInterest(Side.OFFERER, day(11)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(illegal("cannot express interest in introduction " + ID + ": it is MEETING"));
    violations(
        () -> suggested().expressInterest(null, null),
        tuple("side", Violation.REQUIRED),
        tuple("on", Violation.REQUIRED));
  }

  @Test
  void theTwoMeetAtAnActivityAfterInterestOnly() {
    Introduction met = met();

    assertThat(met.stage()).isEqualTo(IntroductionStage.MEETING);
    assertThat(met.meeting()).isEqualTo(MATCHMAKING);
    assertThat(met.metOn()).isEqualTo(day(10));
    assertThat(met.interest()).containsExactly(entry(Side.REQUESTER, day(2)));
    assertThat(met.lastStepOn()).isEqualTo(day(10));
    assertThat(met.plan()).isEqualTo(PLAN);
    assertThat(met.contentArea()).isEqualTo(6);
    assertThat(interested().recordMeeting(MATCHMAKING, day(2)).metOn()).isEqualTo(day(2));
    assertThat(
            rule(
                    () -> suggested().recordMeeting(MATCHMAKING, day(1)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(illegal("cannot record a meeting of introduction " + ID + ": it is SUGGESTED"));
    rule(() -> met.recordMeeting(MATCHMAKING, day(11)), RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    violation(() -> interested().recordMeeting(MATCHMAKING, day(1)), "on", Violation.OUT_OF_RANGE);
    violations(
        () -> interested().recordMeeting(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("on", Violation.REQUIRED));
  }

  @Test
  void anAgreementFollowsAMeetingAndIsFinal() {
    Introduction agreed = met().recordAgreement(AgreementKind.LICENCE, LICENCE, day(30));

    assertThat(agreed.stage()).isEqualTo(IntroductionStage.AGREEMENT);
    assertThat(agreed.agreement()).isEqualTo(AgreementKind.LICENCE);
    assertThat(agreed.document()).isEqualTo(LICENCE);
    assertThat(agreed.agreedOn()).isEqualTo(day(30));
    assertThat(agreed.meeting()).isEqualTo(MATCHMAKING);
    assertThat(agreed.metOn()).isEqualTo(day(10));
    assertThat(agreed.interest()).containsExactly(entry(Side.REQUESTER, day(2)));
    assertThat(agreed.lastStepOn()).isEqualTo(day(30));
    assertThat(agreed.declinedBy()).isNull();
    assertThat(agreed.plan()).isEqualTo(PLAN);
    assertThat(agreed.contentArea()).isEqualTo(6);
    assertThat(met().recordAgreement(AgreementKind.OTHER, LICENCE, day(10)).agreedOn())
        .isEqualTo(day(10));
    assertThat(
            rule(
                    () -> interested().recordAgreement(AgreementKind.LICENCE, LICENCE, day(30)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            illegal(
                "cannot record an agreement of introduction " + ID + ": it is INTEREST_EXPRESSED"));
    rule(
        () -> agreed.recordAgreement(AgreementKind.LICENCE, LICENCE, day(31)),
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    assertThat(
            rule(
                    () -> agreed.decline(Side.OFFERER, "Too late", day(31)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(illegal("cannot decline introduction " + ID + ": it is AGREEMENT"));
    rule(
        () -> agreed.expressInterest(Side.OFFERER, day(31)),
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    violation(
        () -> met().recordAgreement(AgreementKind.LICENCE, LICENCE, day(9)),
        "on",
        Violation.OUT_OF_RANGE);
    violations(
        () -> met().recordAgreement(null, null, null),
        tuple("kind", Violation.REQUIRED),
        tuple("document", Violation.REQUIRED),
        tuple("on", Violation.REQUIRED));
  }

  @Test
  void aSideDeclinesAtAnyStageBeforeTheAgreementWithAReason() {
    Introduction fromSuggested = suggested().decline(Side.OFFERER, "  No capacity  ", D);
    Introduction fromInterest = interested().decline(Side.REQUESTER, "Price", day(5));
    Introduction fromMeeting = met().decline(Side.OFFERER, "Terms", day(12));

    assertThat(fromSuggested.stage()).isEqualTo(IntroductionStage.DECLINED);
    assertThat(fromSuggested.declinedBy()).isEqualTo(Side.OFFERER);
    assertThat(fromSuggested.declineReason()).isEqualTo("No capacity");
    assertThat(fromSuggested.declinedOn()).isEqualTo(D);
    assertThat(fromSuggested.lastStepOn()).isEqualTo(D);
    assertThat(fromInterest.declinedBy()).isEqualTo(Side.REQUESTER);
    assertThat(fromInterest.interest()).containsExactly(entry(Side.REQUESTER, day(2)));
    assertThat(fromInterest.lastStepOn()).isEqualTo(day(5));
    assertThat(fromMeeting.meeting()).isEqualTo(MATCHMAKING);
    assertThat(fromMeeting.metOn()).isEqualTo(day(10));
    assertThat(fromMeeting.declineReason()).isEqualTo("Terms");
    assertThat(fromMeeting.agreement()).isNull();
    assertThat(fromMeeting.document()).isNull();
    assertThat(fromMeeting.agreedOn()).isNull();
    assertThat(fromMeeting.plan()).isEqualTo(PLAN);
    assertThat(fromMeeting.contentArea()).isEqualTo(6);
    assertThat(
            rule(
                    () -> fromMeeting.decline(Side.REQUESTER, "Again", day(13)),
                    RuleCode.INTRODUCTION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(illegal("cannot decline introduction " + ID + ": it is DECLINED"));
    rule(
        () -> fromSuggested.expressInterest(Side.REQUESTER, day(1)),
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    rule(
        () -> fromInterest.recordMeeting(MATCHMAKING, day(6)),
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION);
    violation(() -> met().decline(Side.OFFERER, "Late", day(9)), "on", Violation.OUT_OF_RANGE);
  }

  @Test
  void aReasonIsOneVisibleLineOfAtMost500CodePoints() {
    assertThat(suggested().decline(Side.OFFERER, "x".repeat(500), D).declineReason()).hasSize(500);
    violation(
        () -> suggested().decline(Side.OFFERER, "x".repeat(501), D), "reason", Violation.TOO_LONG);
    violation(() -> suggested().decline(Side.OFFERER, " \u200b ", D), "reason", Violation.BLANK);
    violation(
        () -> suggested().decline(Side.OFFERER, "a\nb", D), "reason", Violation.CONTROL_CHARACTER);
    violations(
        () -> suggested().decline(null, null, null),
        tuple("side", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED),
        tuple("on", Violation.REQUIRED));
    violation(() -> met().decline(Side.OFFERER, " ", day(1)), "reason", Violation.BLANK);
  }

  @Test
  void onlyAnAgreementAndADeclineAreFinal() {
    assertThat(IntroductionStage.values())
        .extracting(IntroductionStage::isFinal)
        .containsExactly(false, false, false, true, true);
    assertThat(AgreementKind.values())
        .containsExactly(
            AgreementKind.LICENCE,
            AgreementKind.JOINT_DEVELOPMENT,
            AgreementKind.INVESTMENT,
            AgreementKind.COMMERCIAL,
            AgreementKind.OTHER);
    assertThat(Side.values()).containsExactly(Side.REQUESTER, Side.OFFERER);
  }

  @Test
  void theLastStepIsTheLatestOfEveryDayAndInterestTheEarliest() {
    Map<Side, LocalDate> interest = Map.of(Side.REQUESTER, day(5), Side.OFFERER, day(3));

    assertThat(restore(interest, null, null, null).lastStepOn()).isEqualTo(day(5));
    assertThat(restore(interest, null, null, null).interestOn()).isEqualTo(day(3));
    assertThat(restore(Map.of(Side.OFFERER, day(4)), null, null, null).lastStepOn())
        .isEqualTo(day(4));
    assertThat(restore(interest, day(10), day(8), null).lastStepOn()).isEqualTo(day(10));
    assertThat(restore(interest, day(10), day(30), null).lastStepOn()).isEqualTo(day(30));
    assertThat(restore(interest, day(10), null, day(20)).lastStepOn()).isEqualTo(day(20));
    assertThat(restore(interest, null, day(2), day(1)).lastStepOn()).isEqualTo(day(5));
    assertThat(restore(Map.of(), day(-3), day(-2), day(-1)).lastStepOn()).isEqualTo(D);
  }

  private static Introduction restore(
      Map<Side, LocalDate> interest, LocalDate metOn, LocalDate agreedOn, LocalDate declinedOn) {
    return Introduction.ForAdapters.restore(
        ID,
        REQUEST,
        OFFER,
        null,
        null,
        IntroductionStage.MEETING,
        D,
        interest,
        null,
        metOn,
        null,
        null,
        agreedOn,
        null,
        null,
        declinedOn,
        1);
  }

  @Test
  void anAdapterRestoresEveryPartAndGivesAVersion() {
    Map<Side, LocalDate> interest = new HashMap<>(Map.of(Side.OFFERER, day(3)));
    Introduction i =
        Introduction.ForAdapters.restore(
            ID,
            REQUEST,
            OFFER,
            OTHER_PLAN,
            2,
            IntroductionStage.DECLINED,
            D,
            interest,
            MATCHMAKING,
            day(4),
            AgreementKind.INVESTMENT,
            LICENCE,
            day(5),
            Side.REQUESTER,
            "Why",
            day(6),
            9);
    interest.put(Side.REQUESTER, day(1));

    assertThat(i.id()).isEqualTo(ID);
    assertThat(i.request()).isEqualTo(REQUEST);
    assertThat(i.offer()).isEqualTo(OFFER);
    assertThat(i.plan()).isEqualTo(OTHER_PLAN);
    assertThat(i.contentArea()).isEqualTo(2);
    assertThat(i.stage()).isEqualTo(IntroductionStage.DECLINED);
    assertThat(i.suggestedOn()).isEqualTo(D);
    assertThat(i.interest()).containsExactly(entry(Side.OFFERER, day(3)));
    assertThat(i.meeting()).isEqualTo(MATCHMAKING);
    assertThat(i.metOn()).isEqualTo(day(4));
    assertThat(i.agreement()).isEqualTo(AgreementKind.INVESTMENT);
    assertThat(i.document()).isEqualTo(LICENCE);
    assertThat(i.agreedOn()).isEqualTo(day(5));
    assertThat(i.declinedBy()).isEqualTo(Side.REQUESTER);
    assertThat(i.declineReason()).isEqualTo("Why");
    assertThat(i.declinedOn()).isEqualTo(day(6));
    assertThat(i.version()).isEqualTo(9);
    Introduction v10 = Introduction.ForAdapters.withVersion(i, 10);
    assertThat(v10.version()).isEqualTo(10);
    assertThat(Introduction.ForAdapters.withVersion(v10, 9)).isEqualTo(i);
    assertThat(i.toString())
        .isEqualTo("Introduction[" + ID + " " + REQUEST + "→" + OFFER + " DECLINED v9]");
    assertThat(i.hashCode()).isEqualTo(Objects.hash(ID, IntroductionStage.DECLINED, 9L));
    assertThatThrownBy(
            () ->
                Introduction.ForAdapters.restore(
                    ID,
                    REQUEST,
                    OFFER,
                    null,
                    null,
                    IntroductionStage.SUGGESTED,
                    null,
                    Map.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    1))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("suggestedOn");
  }

  @Test
  void introductionsAreEqualWhenEveryPartIs() {
    Introduction a = full(new Object[0]);

    assertThat(a).isEqualTo(full(new Object[0])).isNotEqualTo(null).isNotEqualTo("introduction");
    assertThat(a.hashCode()).isEqualTo(full(new Object[0]).hashCode());
    List<Introduction> others =
        List.of(
            full(0, introductionId(2)),
            full(1, profileId(21)),
            full(2, profileId(22)),
            full(3, PLAN),
            full(4, 3),
            full(5, IntroductionStage.AGREEMENT),
            full(6, day(-1)),
            full(7, Map.of(Side.REQUESTER, day(2))),
            full(8, activityId(8)),
            full(9, day(11)),
            full(10, AgreementKind.OTHER),
            full(11, URI.create("https://example.org/other.pdf")),
            full(12, day(31)),
            full(13, Side.OFFERER),
            full(14, "Other"),
            full(15, day(41)),
            full(16, 5L));
    for (Introduction other : others) {
      assertThat(a).isNotEqualTo(other);
    }
  }

  /** A restored introduction with every part set; one part replaced when {@code change} says. */
  private static Introduction full(Object... change) {
    Object[] parts = {
      ID,
      REQUEST,
      OFFER,
      OTHER_PLAN,
      2,
      IntroductionStage.DECLINED,
      D,
      Map.of(Side.REQUESTER, day(2), Side.OFFERER, day(3)),
      MATCHMAKING,
      day(10),
      AgreementKind.LICENCE,
      LICENCE,
      day(30),
      Side.REQUESTER,
      "Why",
      day(40),
      4L
    };
    if (change.length == 2) {
      parts[(Integer) change[0]] = change[1];
    }
    @SuppressWarnings("unchecked")
    Map<Side, LocalDate> interest = new EnumMap<>((Map<Side, LocalDate>) parts[7]);
    return Introduction.ForAdapters.restore(
        (IntroductionId) parts[0],
        (ProfileId) parts[1],
        (ProfileId) parts[2],
        (PlanId) parts[3],
        (Integer) parts[4],
        (IntroductionStage) parts[5],
        (LocalDate) parts[6],
        interest,
        (ActivityId) parts[8],
        (LocalDate) parts[9],
        (AgreementKind) parts[10],
        (URI) parts[11],
        (LocalDate) parts[12],
        (Side) parts[13],
        (String) parts[14],
        (LocalDate) parts[15],
        (Long) parts[16]);
  }
}
