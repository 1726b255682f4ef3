package io.github.coplan.domain.market;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A profile's lifecycle: draft, publication, expiry 365 days later, one extension in the 30 days
 * before it, confirmations, closing and withdrawal; each refusal with its rule.
 */
class TechnologyProfileTest {

  /** The day of publication in these tests. */
  private static final LocalDate D = LocalDate.of(2019, 1, 10);

  private static final ProfileId ID = profileId(1);

  private static TechnologyProfile draft() {
    return TechnologyProfile.draft(ID, DOST, DIRECTOR, PLAN, 6, offer().build());
  }

  private static TechnologyProfile publishedOnD() {
    return draft().publish(D);
  }

  private static LocalDate day(int n) {
    return D.plusDays(n);
  }

  @Test
  void aDraftIsVersionZeroWithNoDatesAndNeverLive() {
    TechnologyProfile draft = draft();

    assertThat(draft.id()).isEqualTo(ID);
    assertThat(draft.owner()).isEqualTo(DOST);
    assertThat(draft.contact()).isEqualTo(DIRECTOR);
    assertThat(draft.plan()).isEqualTo(PLAN);
    assertThat(draft.contentArea()).isEqualTo(6);
    assertThat(draft.content()).isEqualTo(offer().build());
    assertThat(draft.status()).isEqualTo(ProfileStatus.DRAFT);
    assertThat(draft.publishedOn()).isNull();
    assertThat(draft.extensionDays()).isZero();
    assertThat(draft.confirmedOn()).isNull();
    assertThat(draft.endedOn()).isNull();
    assertThat(draft.version()).isZero();
    assertThat(draft.expiresOn()).isEmpty();
    assertThat(draft.isLiveOn(D)).isFalse();
    TechnologyProfile planless =
        TechnologyProfile.draft(ID, DOST, DIRECTOR, null, null, offer().build());
    assertThat(planless.plan()).isNull();
    assertThat(planless.contentArea()).isNull();
    assertThat(TechnologyProfile.draft(ID, DOST, DIRECTOR, PLAN, null, offer().build()).plan())
        .isEqualTo(PLAN);
  }

  @Test
  void aDraftNamesEveryMissingPartAndAContentAreaNeedsAPlanAndANumberFromOne() {
    violations(
        () -> TechnologyProfile.draft(null, null, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("owner", Violation.REQUIRED),
        tuple("contact", Violation.REQUIRED),
        tuple("content", Violation.REQUIRED));
    assertThat(
            invalidInput(
                    () -> TechnologyProfile.draft(ID, DOST, DIRECTOR, null, 0, offer().build()))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "contentArea",
                Violation.OUT_OF_RANGE,
                "a content area is a plan's: name the plan too"),
            tuple(
                "contentArea", Violation.OUT_OF_RANGE, "content areas are numbered from 1, was 0"));
    violation(
        () -> TechnologyProfile.draft(ID, DOST, DIRECTOR, null, 1, offer().build()),
        "contentArea",
        Violation.OUT_OF_RANGE);
    violation(
        () -> TechnologyProfile.draft(ID, DOST, DIRECTOR, PLAN, -1, offer().build()),
        "contentArea",
        Violation.OUT_OF_RANGE);
    assertThat(TechnologyProfile.draft(ID, DOST, DIRECTOR, PLAN, 1, offer().build()).contentArea())
        .isEqualTo(1);
  }

  @Test
  void publishingADraftDatesItConfirmsItAndItExpires365DaysLater() {
    TechnologyProfile published = publishedOnD();

    assertThat(published.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(published.publishedOn()).isEqualTo(D);
    assertThat(published.confirmedOn()).isEqualTo(D);
    assertThat(published.extensionDays()).isZero();
    assertThat(published.endedOn()).isNull();
    assertThat(published.version()).isZero();
    assertThat(published.id()).isEqualTo(ID);
    assertThat(published.owner()).isEqualTo(DOST);
    assertThat(published.contact()).isEqualTo(DIRECTOR);
    assertThat(published.plan()).isEqualTo(PLAN);
    assertThat(published.contentArea()).isEqualTo(6);
    assertThat(published.expiresOn()).contains(LocalDate.of(2020, 1, 10));
    assertThat(published.isLiveOn(day(-1))).isFalse();
    assertThat(published.isLiveOn(D)).isTrue();
    assertThat(published.isLiveOn(day(364))).isTrue();
    assertThat(published.isLiveOn(day(365))).isFalse();
    assertThat(
            rule(() -> published.publish(day(1)), RuleCode.PROFILE_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo(
            "profile.illegal-transition: cannot publish profile " + ID + ": it is PUBLISHED");
    violation(() -> draft().publish(null), "on", Violation.REQUIRED);
  }

  @Test
  void aRevisionChangesTheContentAndContactOfADraftOrAPublishedProfileOnly() {
    TechnologyProfile published = publishedOnD();
    var content = request().keyword("màng lọc").build();

    TechnologyProfile revisedDraft = draft().revise(content, DEPUTY_AMBASSADOR);
    TechnologyProfile revised = published.revise(content, DEPUTY_AMBASSADOR);

    assertThat(revisedDraft.content()).isEqualTo(content);
    assertThat(revisedDraft.contact()).isEqualTo(DEPUTY_AMBASSADOR);
    assertThat(revisedDraft.status()).isEqualTo(ProfileStatus.DRAFT);
    assertThat(revised.content()).isEqualTo(content);
    assertThat(revised.contact()).isEqualTo(DEPUTY_AMBASSADOR);
    assertThat(revised.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(revised.publishedOn()).isEqualTo(D);
    assertThat(revised.confirmedOn()).isEqualTo(D);
    assertThat(revised.expiresOn()).contains(day(365));
    assertThat(revised.plan()).isEqualTo(PLAN);
    assertThat(revised.contentArea()).isEqualTo(6);
    TechnologyProfile closed = published.close(day(2));
    assertThat(
            rule(() -> closed.revise(content, DIRECTOR), RuleCode.PROFILE_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo("profile.illegal-transition: cannot revise profile " + ID + ": it is CLOSED");
    rule(() -> draft().withdraw(D).revise(content, DIRECTOR), RuleCode.PROFILE_ILLEGAL_TRANSITION);
    violations(
        () -> closed.revise(null, null),
        tuple("content", Violation.REQUIRED),
        tuple("contact", Violation.REQUIRED));
    TechnologyProfile revisedAfterExtension =
        published.extend(day(340), 10).revise(content, DIRECTOR);
    assertThat(revisedAfterExtension.extensionDays()).isEqualTo(10);
    assertThat(revisedAfterExtension.confirmedOn()).isEqualTo(day(340));
  }

  @Test
  void anExtensionIsOneTo365Days() {
    TechnologyProfile published = publishedOnD();

    assertThat(invalidInput(() -> published.extend(day(340), 0)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("days", Violation.OUT_OF_RANGE, "an extension is 1 to 365 days, was 0"));
    violation(() -> published.extend(day(340), 366), "days", Violation.OUT_OF_RANGE);
    violation(() -> draft().extend(day(340), -5), "days", Violation.OUT_OF_RANGE);
    assertThat(published.extend(day(340), 1).expiresOn()).contains(day(366));
    assertThat(published.extend(day(340), 365).expiresOn()).contains(day(730));
    violation(() -> published.extend(null, 10), "on", Violation.REQUIRED);
  }

  @Test
  void anExtensionOpens30DaysBeforeExpiryAndClosesOnTheDayOfExpiry() {
    TechnologyProfile published = publishedOnD();

    assertThat(
            rule(() -> published.extend(day(334), 30), RuleCode.PROFILE_EXTENSION_TOO_EARLY)
                .getMessage())
        .isEqualTo(
            "profile.extension-too-early: profile "
                + ID
                + " expires on "
                + day(365)
                + "; it may be extended from "
                + day(335));
    TechnologyProfile first = published.extend(day(335), 30);
    TechnologyProfile last = published.extend(day(364), 30);
    assertThat(rule(() -> published.extend(day(365), 30), RuleCode.PROFILE_EXPIRED).getMessage())
        .isEqualTo("profile.expired: profile " + ID + " expired on " + day(365));

    assertThat(first.extensionDays()).isEqualTo(30);
    assertThat(first.confirmedOn()).isEqualTo(day(335));
    assertThat(first.publishedOn()).isEqualTo(D);
    assertThat(first.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(first.endedOn()).isNull();
    assertThat(first.expiresOn()).contains(day(395));
    assertThat(first.isLiveOn(day(394))).isTrue();
    assertThat(first.isLiveOn(day(395))).isFalse();
    assertThat(last.confirmedOn()).isEqualTo(day(364));
    assertThat(last.expiresOn()).contains(day(395));
    assertThat(last.content()).isEqualTo(published.content());
    assertThat(last.contact()).isEqualTo(DIRECTOR);
  }

  @Test
  void aProfileIsExtendedOnceAndNeverBeforeItsPublicationOrUnlessPublished() {
    TechnologyProfile extended = publishedOnD().extend(day(335), 365);

    assertThat(
            rule(() -> extended.extend(day(336), 10), RuleCode.PROFILE_ALREADY_EXTENDED)
                .getMessage())
        .isEqualTo(
            "profile.already-extended: profile " + ID + " was extended already, by 365 days");
    rule(() -> extended.extend(day(700), 10), RuleCode.PROFILE_ALREADY_EXTENDED);
    rule(() -> extended.extend(day(730), 10), RuleCode.PROFILE_EXPIRED);
    assertThat(invalidInput(() -> publishedOnD().extend(day(-1), 10)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "on",
                Violation.OUT_OF_RANGE,
                "profile " + ID + " was published on " + D + ", after " + day(-1)));
    assertThat(
            rule(() -> draft().extend(day(340), 10), RuleCode.PROFILE_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo("profile.illegal-transition: cannot extend profile " + ID + ": it is DRAFT");
    rule(
        () -> publishedOnD().close(day(340)).extend(day(340), 10),
        RuleCode.PROFILE_ILLEGAL_TRANSITION);
  }

  @Test
  void aConfirmationDatesALiveProfileOnly() {
    TechnologyProfile published = publishedOnD();

    TechnologyProfile confirmed = published.confirm(day(100));
    assertThat(confirmed.confirmedOn()).isEqualTo(day(100));
    assertThat(confirmed.publishedOn()).isEqualTo(D);
    assertThat(confirmed.extensionDays()).isZero();
    assertThat(confirmed.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(confirmed.expiresOn()).contains(day(365));
    assertThat(published.confirm(D).confirmedOn()).isEqualTo(D);
    assertThat(published.confirm(day(364)).confirmedOn()).isEqualTo(day(364));
    rule(() -> published.confirm(day(365)), RuleCode.PROFILE_EXPIRED);
    violation(() -> published.confirm(day(-1)), "on", Violation.OUT_OF_RANGE);
    violation(() -> published.confirm(null), "on", Violation.REQUIRED);
    assertThat(rule(() -> draft().confirm(D), RuleCode.PROFILE_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo("profile.illegal-transition: cannot confirm profile " + ID + ": it is DRAFT");
    TechnologyProfile extended = published.extend(day(350), 20).confirm(day(380));
    assertThat(extended.confirmedOn()).isEqualTo(day(380));
    assertThat(extended.extensionDays()).isEqualTo(20);
    rule(() -> extended.confirm(day(385)), RuleCode.PROFILE_EXPIRED);
  }

  @Test
  void closingEndsAPublishedProfileEvenAnExpiredOne() {
    TechnologyProfile published = publishedOnD().confirm(day(20));

    TechnologyProfile closed = published.close(day(30));
    TechnologyProfile closedLate = published.close(day(400));

    assertThat(closed.status()).isEqualTo(ProfileStatus.CLOSED);
    assertThat(closed.endedOn()).isEqualTo(day(30));
    assertThat(closed.publishedOn()).isEqualTo(D);
    assertThat(closed.confirmedOn()).isEqualTo(day(20));
    assertThat(closed.expiresOn()).contains(day(365));
    assertThat(closed.isLiveOn(day(29))).isFalse();
    assertThat(closedLate.endedOn()).isEqualTo(day(400));
    assertThat(published.extend(day(340), 5).close(day(341)).extensionDays()).isEqualTo(5);
    assertThat(rule(() -> closed.close(day(31)), RuleCode.PROFILE_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo("profile.illegal-transition: cannot close profile " + ID + ": it is CLOSED");
    rule(() -> draft().close(D), RuleCode.PROFILE_ILLEGAL_TRANSITION);
    violation(() -> published.close(null), "on", Violation.REQUIRED);
  }

  @Test
  void aDraftOrAPublishedProfileIsWithdrawnOnce() {
    TechnologyProfile withdrawnDraft = draft().withdraw(D);
    TechnologyProfile withdrawn = publishedOnD().extend(day(340), 5).withdraw(day(341));

    assertThat(withdrawnDraft.status()).isEqualTo(ProfileStatus.WITHDRAWN);
    assertThat(withdrawnDraft.endedOn()).isEqualTo(D);
    assertThat(withdrawnDraft.publishedOn()).isNull();
    assertThat(withdrawnDraft.expiresOn()).isEmpty();
    assertThat(withdrawn.status()).isEqualTo(ProfileStatus.WITHDRAWN);
    assertThat(withdrawn.endedOn()).isEqualTo(day(341));
    assertThat(withdrawn.publishedOn()).isEqualTo(D);
    assertThat(withdrawn.confirmedOn()).isEqualTo(day(340));
    assertThat(withdrawn.extensionDays()).isEqualTo(5);
    assertThat(withdrawn.isLiveOn(day(341))).isFalse();
    assertThat(
            rule(() -> withdrawn.withdraw(day(342)), RuleCode.PROFILE_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            "profile.illegal-transition: cannot withdraw profile " + ID + ": it is WITHDRAWN");
    rule(() -> publishedOnD().close(D).withdraw(D), RuleCode.PROFILE_ILLEGAL_TRANSITION);
    violation(() -> draft().withdraw(null), "on", Violation.REQUIRED);
  }

  @Test
  void aPublishedProfileWithoutADayIsNeverLive() {
    TechnologyProfile odd =
        TechnologyProfile.ForAdapters.restore(
            ID,
            DOST,
            DIRECTOR,
            null,
            null,
            offer().build(),
            ProfileStatus.PUBLISHED,
            null,
            0,
            null,
            null,
            3);

    assertThat(odd.isLiveOn(D)).isFalse();
    assertThat(odd.expiresOn()).isEmpty();
    assertThatThrownBy(() -> odd.confirm(D))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("a published profile has a day");
  }

  @Test
  void anAdapterRestoresEveryPartAndGivesAVersion() {
    TechnologyProfile restored =
        TechnologyProfile.ForAdapters.restore(
            ID,
            IIA,
            DEPUTY_AMBASSADOR,
            OTHER_PLAN,
            2,
            request().build(),
            ProfileStatus.CLOSED,
            D,
            12,
            day(5),
            day(9),
            7);

    assertThat(restored.id()).isEqualTo(ID);
    assertThat(restored.owner()).isEqualTo(IIA);
    assertThat(restored.contact()).isEqualTo(DEPUTY_AMBASSADOR);
    assertThat(restored.plan()).isEqualTo(OTHER_PLAN);
    assertThat(restored.contentArea()).isEqualTo(2);
    assertThat(restored.content()).isEqualTo(request().build());
    assertThat(restored.status()).isEqualTo(ProfileStatus.CLOSED);
    assertThat(restored.publishedOn()).isEqualTo(D);
    assertThat(restored.extensionDays()).isEqualTo(12);
    assertThat(restored.expiresOn()).contains(day(377));
    assertThat(restored.confirmedOn()).isEqualTo(day(5));
    assertThat(restored.endedOn()).isEqualTo(day(9));
    assertThat(restored.version()).isEqualTo(7);
    TechnologyProfile v8 = TechnologyProfile.ForAdapters.withVersion(restored, 8);
    assertThat(v8.version()).isEqualTo(8);
    assertThat(TechnologyProfile.ForAdapters.withVersion(v8, 7)).isEqualTo(restored);
    assertThat(restored.toString())
        .isEqualTo("TechnologyProfile[" + ID + " TECHNOLOGY_REQUEST CLOSED v7]");
    assertThat(draft().publish(D).toString())
        .isEqualTo("TechnologyProfile[" + ID + " TECHNOLOGY_OFFER PUBLISHED v0]");
    assertThatThrownBy(
            () ->
                TechnologyProfile.ForAdapters.restore(
                    null,
                    IIA,
                    DIRECTOR,
                    null,
                    null,
                    offer().build(),
                    ProfileStatus.DRAFT,
                    null,
                    0,
                    null,
                    null,
                    1))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void profilesAreEqualWhenEveryPartIsAndTheirHashFollows() {
    TechnologyProfile a =
        restore(
            ID,
            DOST,
            DIRECTOR,
            PLAN,
            6,
            offer().build(),
            ProfileStatus.PUBLISHED,
            D,
            5,
            day(1),
            day(2),
            3);

    assertThat(a)
        .isEqualTo(
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3))
        .isNotEqualTo(null)
        .isNotEqualTo("profile");
    assertThat(a.hashCode())
        .isEqualTo(Objects.hash(ID, offer().build(), ProfileStatus.PUBLISHED, D, day(1), 3L));
    List<TechnologyProfile> others =
        List.of(
            restore(
                profileId(2),
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                IIA,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DEPUTY_AMBASSADOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                OTHER_PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                7,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                request().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.CLOSED,
                D,
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                day(-1),
                5,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                6,
                day(1),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(3),
                day(2),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(4),
                3),
            restore(
                ID,
                DOST,
                DIRECTOR,
                PLAN,
                6,
                offer().build(),
                ProfileStatus.PUBLISHED,
                D,
                5,
                day(1),
                day(2),
                4));
    for (TechnologyProfile other : others) {
      assertThat(a).isNotEqualTo(other);
    }
    assertThat(Optional.of(draft())).contains(draft());
  }

  private static TechnologyProfile restore(
      ProfileId id,
      io.github.coplan.domain.organisation.OrganisationId owner,
      io.github.coplan.domain.person.PersonId contact,
      io.github.coplan.domain.plan.PlanId plan,
      Integer contentArea,
      ProfileContent content,
      ProfileStatus status,
      LocalDate publishedOn,
      int extensionDays,
      LocalDate confirmedOn,
      LocalDate endedOn,
      long version) {
    return TechnologyProfile.ForAdapters.restore(
        id,
        owner,
        contact,
        plan,
        contentArea,
        content,
        status,
        publishedOn,
        extensionDays,
        confirmedOn,
        endedOn,
        version);
  }
}
