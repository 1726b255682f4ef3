package io.github.coplan.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ViewerTest {

  private static final PersonId PERSON =
      new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000001"));
  private static final OrganisationId DOST =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-0000000000d1"));
  private static final OrganisationId IIA =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-0000000000d2"));
  private static final OrganisationId SHTP =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-0000000000d3"));
  private static final LocalDate DAY = LocalDate.of(2019, 6, 30);

  @Test
  void aPersonIsThemselfAndTheStaffOfEachAffiliationThatHoldsOnTheDay() {
    Viewer viewer = new Viewer(PERSON, DAY);
    List<Affiliation> affiliations =
        List.of(
            new Affiliation(SHTP, "Adviser", LocalDate.of(2015, 1, 1), DAY.minusDays(1)),
            new Affiliation(IIA, "Officer", DAY, null),
            new Affiliation(DOST, "Chuyên viên", null, DAY),
            new Affiliation(IIA, "Expert", null, null),
            new Affiliation(SHTP, "Board", DAY.plusDays(1), null));

    assertThat(viewer.principals(affiliations))
        .containsExactly(Principal.person(PERSON), Principal.staffOf(IIA), Principal.staffOf(DOST));
    assertThat(viewer.principals(List.of())).containsExactly(Principal.person(PERSON));
    assertThat(viewer.person()).isEqualTo(PERSON);
    assertThat(viewer.day()).isEqualTo(DAY);
  }

  @Test
  void thePrincipalsCannotBeChanged() {
    assertThatThrownBy(
            () -> new Viewer(PERSON, DAY).principals(List.of()).add(Principal.staffOf(DOST)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // a null where the API forbids one, on purpose
  void aMissingPersonOrDayIsRefusedByName() {
    assertThatThrownBy(() -> new Viewer(null, DAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("person", "required")));
    assertThatThrownBy(() -> new Viewer(PERSON, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("day", "required")));
  }
}
