package io.github.coplan.domain.access;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  private static final String ID_TEXT = "01890000-0000-7000-8000-000000000101";
  private static final PersonId PERSON = new PersonId(UUID.fromString(ID_TEXT));
  private static final OrganisationId ORGANISATION = new OrganisationId(UUID.fromString(ID_TEXT));

  @Test
  void aPersonPrincipalHoldsTheIdAndPrintsPersonColonId() {
    Principal.Person principal = Principal.person(PERSON);

    assertThat(principal.id()).isEqualTo(PERSON);
    assertThat(principal)
        .isEqualTo(new Principal.Person(PERSON))
        .hasSameHashCodeAs(new Principal.Person(PERSON))
        .hasToString("person:" + ID_TEXT);
  }

  @Test
  void aStaffPrincipalHoldsTheOrganisationAndPrintsStaffColonId() {
    Principal.StaffOf principal = Principal.staffOf(ORGANISATION);

    assertThat(principal.id()).isEqualTo(ORGANISATION);
    assertThat(principal)
        .isEqualTo(new Principal.StaffOf(ORGANISATION))
        .hasSameHashCodeAs(new Principal.StaffOf(ORGANISATION))
        .hasToString("staff:" + ID_TEXT);
  }

  @Test
  void aPersonAndAStaffOfTheSameUuidAreDifferentPrincipals() {
    assertThat((Principal) Principal.person(PERSON)).isNotEqualTo(Principal.staffOf(ORGANISATION));
  }

  @Test
  void aMissingIdIsRequired() {
    violation(() -> Principal.person(null), "principal", Violation.REQUIRED);
    violation(() -> Principal.staffOf(null), "principal", Violation.REQUIRED);
    violation(() -> new Principal.Person(null), "principal", Violation.REQUIRED);
    violation(() -> new Principal.StaffOf(null), "principal", Violation.REQUIRED);
  }
}
