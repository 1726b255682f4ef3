package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.shared.CountryCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookupSortTest {

  private static final UUID LOW = UUID.fromString("00000000-0000-7000-8000-000000000001");
  private static final UUID HIGH = UUID.fromString("ffffffff-0000-7000-8000-000000000001");

  static CooperationPlan plan(UUID id, String code, String title) {
    return CooperationPlan.draft(new PlanId(id), PlanCode.of(code), vi(title), null, null);
  }

  static Organisation organisation(UUID id, String name) {
    return Organisation.register(
        new OrganisationId(id),
        OrganisationProfile.builder()
            .name(vi(name))
            .type(OrganisationType.ACADEMIC)
            .country(CountryCode.VN)
            .build());
  }

  static Person person(UUID id, String name) {
    return Person.register(new PersonId(id), PersonProfile.of(name, CountryCode.VN), List.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "code       | CODE  | ASC",
        "code,asc   | CODE  | ASC",
        "code,DESC  | CODE  | DESC",
        "title      | TITLE | ASC",
        "title,Desc | TITLE | DESC",
      })
  void aPlanSortReadsItsTextForm(String text, PlanSort.Field field, Direction direction) {
    PlanSort sort = PlanSort.parse(text);

    assertThat(sort).isEqualTo(PlanSort.by(field, direction));
    assertThat(PlanSort.parse(sort.toString())).isEqualTo(sort);
    assertThat(sort.cursorName()).isEqualTo("plan:" + sort);
  }

  @Test
  void sortsPrintTheirCanonicalTextForm() {
    assertThat(PlanSort.DEFAULT).hasToString("code,asc");
    assertThat(PlanSort.by(PlanSort.Field.TITLE, Direction.DESC)).hasToString("title,desc");
    assertThat(PlanSort.Field.TITLE.key()).isEqualTo("title");
    assertThat(OrganisationSort.DEFAULT).hasToString("name,asc");
    assertThat(OrganisationSort.parse("name,desc").cursorName())
        .isEqualTo("organisation:name,desc");
    assertThat(OrganisationSort.Field.NAME.key()).isEqualTo("name");
    assertThat(PersonSort.DEFAULT).hasToString("name,asc");
    assertThat(PersonSort.parse("name,DESC"))
        .isEqualTo(PersonSort.by(PersonSort.Field.NAME, Direction.DESC));
    assertThat(PersonSort.parse("name").cursorName()).isEqualTo("person:name,asc");
    assertThat(PersonSort.Field.NAME.key()).isEqualTo("name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "name", "code,", "code,up", "code,asc,asc", "CODE", "created", "title;drop"})
  void aPlanSortRefusesAnythingElse(String text) {
    violation(() -> PlanSort.parse(text), "sort", Violation.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "code", "name,", "name,up", "name,asc,asc", "NAME", "title"})
  void organisationAndPersonSortsRefuseAnythingElse(String text) {
    violation(() -> OrganisationSort.parse(text), "sort", Violation.MALFORMED);
    violation(() -> PersonSort.parse(text), "sort", Violation.MALFORMED);
  }

  @Test
  void aMissingSortOrPartIsRequired() {
    violation(() -> PlanSort.parse(null), "sort", Violation.REQUIRED);
    violation(() -> OrganisationSort.parse(null), "sort", Violation.REQUIRED);
    violation(() -> PersonSort.parse(null), "sort", Violation.REQUIRED);
    violation(() -> PlanSort.by(null, Direction.ASC), "sort", Violation.REQUIRED);
    violation(() -> PlanSort.by(PlanSort.Field.CODE, null), "sort", Violation.REQUIRED);
    violation(() -> OrganisationSort.by(null, Direction.ASC), "sort", Violation.REQUIRED);
    violation(
        () -> OrganisationSort.by(OrganisationSort.Field.NAME, null), "sort", Violation.REQUIRED);
    violation(() -> PersonSort.by(null, Direction.ASC), "sort", Violation.REQUIRED);
    violation(() -> PersonSort.by(PersonSort.Field.NAME, null), "sort", Violation.REQUIRED);
  }

  @Test
  void aLongBadSortIsShortenedInTheMessage() {
    String message = catchMessage(() -> PlanSort.parse("x".repeat(100)));
    assertThat(message).contains("x".repeat(40) + "…").doesNotContain("x".repeat(41));
    assertThat(catchMessage(() -> PlanSort.parse("bad")))
        .endsWith("sort is one of code, title, optionally ,asc or ,desc: bad)");
  }

  private static String catchMessage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return org.assertj.core.api.Assertions.catchThrowable(call).getMessage();
  }

  @Test
  void planSortsCompareCodeOrFoldedTitleByCodePointThenId() {
    CooperationPlan a = plan(HIGH, "A-1", "Zeta");
    CooperationPlan b = plan(LOW, "B-1", "đà nẵng");
    CooperationPlan c = plan(LOW, "a-1", "Da Lat");
    CooperationPlan tieLow = plan(LOW, "X", "Same");
    CooperationPlan tieHigh = plan(HIGH, "Y", "same");

    assertThat(PlanSort.parse("code").keyOf(b)).isEqualTo("B-1");
    assertThat(PlanSort.parse("title").keyOf(b)).isEqualTo("da nang");
    assertThat(List.of(c, b, a).stream().sorted(PlanSort.parse("code").comparator()).toList())
        .containsExactly(a, b, c);
    assertThat(List.of(a, b, c).stream().sorted(PlanSort.parse("code,desc").comparator()).toList())
        .containsExactly(c, b, a);
    assertThat(List.of(a, b, c).stream().sorted(PlanSort.parse("title").comparator()).toList())
        .containsExactly(c, b, a);
    assertThat(
            List.of(tieHigh, tieLow).stream().sorted(PlanSort.parse("title").comparator()).toList())
        .containsExactly(tieLow, tieHigh);
    assertThat(
            List.of(tieLow, tieHigh).stream()
                .sorted(PlanSort.parse("title,desc").comparator())
                .toList())
        .containsExactly(tieHigh, tieLow);
  }

  @Test
  void organisationAndPersonSortsCompareTheFoldedNameByCodePointThenId() {
    Organisation zeta = organisation(LOW, "Zeta");
    Organisation dong = organisation(LOW, "Đông Á");
    Organisation dongHigh = organisation(HIGH, "dong a");
    Organisation emoji = organisation(LOW, "\uD83D\uDE80 Rocket");
    Organisation pua = organisation(LOW, "\uFFFD");
    assertThat(OrganisationSort.DEFAULT.keyOf(dong)).isEqualTo("dong a");
    assertThat(
            List.of(emoji, zeta, dongHigh, pua, dong).stream()
                .sorted(OrganisationSort.DEFAULT.comparator())
                .toList())
        .containsExactly(dong, dongHigh, zeta, pua, emoji);
    assertThat(
            List.of(emoji, zeta, dongHigh, pua, dong).stream()
                .sorted(OrganisationSort.parse("name,desc").comparator())
                .toList())
        .containsExactly(emoji, pua, zeta, dongHigh, dong);

    Person nguyen = person(HIGH, "Nguyễn Việt Dũng");
    Person nguyenLow = person(LOW, "nguyen viet dung");
    Person an = person(HIGH, "An");
    assertThat(PersonSort.DEFAULT.keyOf(nguyen)).isEqualTo("nguyen viet dung");
    assertThat(
            List.of(nguyen, an, nguyenLow).stream()
                .sorted(PersonSort.DEFAULT.comparator())
                .toList())
        .containsExactly(an, nguyenLow, nguyen);
    assertThat(
            List.of(nguyen, an, nguyenLow).stream()
                .sorted(PersonSort.parse("name,desc").comparator())
                .toList())
        .containsExactly(nguyen, nguyenLow, an);
  }
}
