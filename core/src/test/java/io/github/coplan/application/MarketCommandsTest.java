package io.github.coplan.application;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.Side;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The marketplace's commands validate themselves before they run. */
class MarketCommandsTest {

  private static final ProfileId P = profileId(1);
  private static final URI DOC = URI.create("https://example.org/licence.pdf");

  private static Category category(String code) {
    return new Category(CategoryCode.of(code), null, vi("Tên"));
  }

  @Test
  void aTaxonomyLoadsOneTo10000CategoriesEachCodeOnce() {
    List<Category> given =
        new ArrayList<>(
            List.of(
                new Category(WATER, null, vi("Nước")),
                new Category(TREATMENT, WATER, vi("Xử lý"))));
    LoadTaxonomy load = new LoadTaxonomy(given);
    given.clear();

    assertThat(load.categories()).extracting(Category::code).containsExactly(WATER, TREATMENT);
    assertThat(LoadTaxonomy.LIMIT).isEqualTo(10_000);
    assertThat(
            new LoadTaxonomy(IntStream.range(0, 10_000).mapToObj(i -> category("c" + i)).toList())
                .categories())
        .hasSize(10_000);
    assertThat(
            invalidInput(
                    () ->
                        new LoadTaxonomy(
                            IntStream.range(0, 10_001).mapToObj(i -> category("c" + i)).toList()))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("categories", Violation.OUT_OF_RANGE, "1 to 10000 categories, was 10001"));
    violation(() -> new LoadTaxonomy(List.of()), "categories", Violation.OUT_OF_RANGE);
    violation(() -> new LoadTaxonomy(null), "categories", Violation.REQUIRED);
    assertThat(
            invalidInput(
                    () ->
                        new LoadTaxonomy(
                            Arrays.asList(category("02"), null, category("03"), category("02"))))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("categories[1]", Violation.REQUIRED, "a value is required"),
            tuple("categories[3].code", Violation.DUPLICATE, "category 02 is given twice"));
  }

  @Test
  void aDraftNamesEveryMissingPartAndAContentAreaNeedsAPlan() {
    violations(
        () -> new DraftProfile(null, null, null, null, null),
        tuple("owner", Violation.REQUIRED),
        tuple("contact", Violation.REQUIRED),
        tuple("content", Violation.REQUIRED));
    assertThat(
            invalidInput(() -> new DraftProfile(DOST, DIRECTOR, null, 0, offer().build()))
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
        () -> new DraftProfile(DOST, DIRECTOR, PLAN, 0, offer().build()),
        "contentArea",
        Violation.OUT_OF_RANGE);
    assertThat(new DraftProfile(DOST, DIRECTOR, PLAN, 1, offer().build()).contentArea())
        .isEqualTo(1);
    assertThat(new DraftProfile(DOST, DIRECTOR, PLAN, null, offer().build()).plan())
        .isEqualTo(PLAN);
    DraftProfile planless = DraftProfile.of(DOST, DIRECTOR, offer().build());
    assertThat(planless).isEqualTo(new DraftProfile(DOST, DIRECTOR, null, null, offer().build()));
  }

  @Test
  void aRevisionNamesEveryMissingPartAndAVersionFromOne() {
    violations(
        () -> new ReviseProfile(null, null, null, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("contact", Violation.REQUIRED),
        tuple("content", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    assertThat(new ReviseProfile(P, DIRECTOR, offer().build(), 1L).expectedVersion()).isEqualTo(1);
    assertThat(new ReviseProfile(P, DIRECTOR, offer().build(), null).expectedVersion()).isNull();
  }

  @Test
  void eachStepOfAProfileIsBuiltByItsFactoryAndExpectsAVersionOnRequest() {
    assertThat(ChangeProfileStatus.publish(P)).isEqualTo(new ChangeProfileStatus.Publish(P, null));
    assertThat(ChangeProfileStatus.publish(P).expecting(3))
        .isEqualTo(new ChangeProfileStatus.Publish(P, 3L));
    assertThat(ChangeProfileStatus.extend(P, 30))
        .isEqualTo(new ChangeProfileStatus.Extend(P, 30, null));
    assertThat(ChangeProfileStatus.extend(P, 30).expecting(4))
        .isEqualTo(new ChangeProfileStatus.Extend(P, 30, 4L));
    assertThat(ChangeProfileStatus.confirm(P)).isEqualTo(new ChangeProfileStatus.Confirm(P, null));
    assertThat(ChangeProfileStatus.confirm(P).expecting(5))
        .isEqualTo(new ChangeProfileStatus.Confirm(P, 5L));
    assertThat(ChangeProfileStatus.close(P)).isEqualTo(new ChangeProfileStatus.Close(P, null));
    assertThat(ChangeProfileStatus.close(P).expecting(6))
        .isEqualTo(new ChangeProfileStatus.Close(P, 6L));
    assertThat(ChangeProfileStatus.withdraw(P))
        .isEqualTo(new ChangeProfileStatus.Withdraw(P, null));
    assertThat(ChangeProfileStatus.withdraw(P).expecting(7))
        .isEqualTo(new ChangeProfileStatus.Withdraw(P, 7L));
    ChangeProfileStatus step = ChangeProfileStatus.extend(P, 1).expecting(2);
    assertThat(step.profile()).isEqualTo(P);
    assertThat(step.expectedVersion()).isEqualTo(2);
  }

  @Test
  void eachStepOfAProfileNamesWhatIsMissingOrOutOfRange() {
    violations(
        () -> new ChangeProfileStatus.Publish(null, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new ChangeProfileStatus.Confirm(null, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new ChangeProfileStatus.Close(null, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new ChangeProfileStatus.Withdraw(null, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new ChangeProfileStatus.Extend(null, 0, 0L),
        tuple("profile", Violation.REQUIRED),
        tuple("days", Violation.OUT_OF_RANGE),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    assertThat(invalidInput(() -> ChangeProfileStatus.extend(P, 366)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("days", Violation.OUT_OF_RANGE, "an extension is 1 to 365 days, was 366"));
    assertThat(ChangeProfileStatus.extend(P, 1).days()).isEqualTo(1);
    assertThat(ChangeProfileStatus.extend(P, 365).days()).isEqualTo(365);
    violation(() -> ChangeProfileStatus.extend(P, 0), "days", Violation.OUT_OF_RANGE);
  }

  @Test
  void anIntroductionNamesBothProfiles() {
    violations(
        () -> new Introduce(null, null),
        tuple("request", Violation.REQUIRED),
        tuple("offer", Violation.REQUIRED));
    Introduce ok = new Introduce(P, profileId(2));
    assertThat(ok.request()).isEqualTo(P);
    assertThat(ok.offer()).isEqualTo(profileId(2));
  }

  @Test
  void eachStepOfAnIntroductionIsBuiltByItsFactoryAndExpectsAVersionOnRequest() {
    var id = introductionId(1);

    assertThat(AdvanceIntroduction.expressInterest(id, Side.OFFERER))
        .isEqualTo(new AdvanceIntroduction.ExpressInterest(id, Side.OFFERER, null));
    assertThat(AdvanceIntroduction.expressInterest(id, Side.OFFERER).expecting(2))
        .isEqualTo(new AdvanceIntroduction.ExpressInterest(id, Side.OFFERER, 2L));
    assertThat(AdvanceIntroduction.recordMeeting(id, activityId(3)))
        .isEqualTo(new AdvanceIntroduction.RecordMeeting(id, activityId(3), null));
    assertThat(AdvanceIntroduction.recordMeeting(id, activityId(3)).expecting(3))
        .isEqualTo(new AdvanceIntroduction.RecordMeeting(id, activityId(3), 3L));
    assertThat(AdvanceIntroduction.recordAgreement(id, AgreementKind.LICENCE, DOC))
        .isEqualTo(new AdvanceIntroduction.RecordAgreement(id, AgreementKind.LICENCE, DOC, null));
    assertThat(AdvanceIntroduction.recordAgreement(id, AgreementKind.LICENCE, DOC).expecting(4))
        .isEqualTo(new AdvanceIntroduction.RecordAgreement(id, AgreementKind.LICENCE, DOC, 4L));
    assertThat(AdvanceIntroduction.decline(id, Side.REQUESTER, "  Giá  cao "))
        .isEqualTo(new AdvanceIntroduction.Decline(id, Side.REQUESTER, "Giá  cao", null));
    AdvanceIntroduction.Decline decline =
        AdvanceIntroduction.decline(id, Side.REQUESTER, "Giá").expecting(5);
    assertThat(decline).isEqualTo(new AdvanceIntroduction.Decline(id, Side.REQUESTER, "Giá", 5L));
    assertThat(decline.introduction()).isEqualTo(id);
    assertThat(decline.expectedVersion()).isEqualTo(5);
  }

  @Test
  void eachStepOfAnIntroductionNamesWhatIsMissing() {
    violations(
        () -> new AdvanceIntroduction.ExpressInterest(null, null, 0L),
        tuple("introduction", Violation.REQUIRED),
        tuple("side", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new AdvanceIntroduction.RecordMeeting(null, null, 0L),
        tuple("introduction", Violation.REQUIRED),
        tuple("activity", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new AdvanceIntroduction.RecordAgreement(null, null, null, 0L),
        tuple("introduction", Violation.REQUIRED),
        tuple("kind", Violation.REQUIRED),
        tuple("document", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new AdvanceIntroduction.Decline(null, null, null, 0L),
        tuple("introduction", Violation.REQUIRED),
        tuple("side", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(
        () -> AdvanceIntroduction.decline(introductionId(1), Side.OFFERER, " \u200b "),
        "reason",
        Violation.BLANK);
    violation(
        () -> AdvanceIntroduction.decline(introductionId(1), Side.OFFERER, "x".repeat(501)),
        "reason",
        Violation.TOO_LONG);
    assertThat(
            AdvanceIntroduction.decline(introductionId(1), Side.OFFERER, "x".repeat(500)).reason())
        .hasSize(500);
    assertThat(
            AdvanceIntroduction.recordAgreement(introductionId(1), AgreementKind.OTHER, DOC)
                .document())
        .isEqualTo(DOC);
  }
}
