package io.github.coplan.domain.access;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

  private static final String UUID_TEXT = "01890000-0000-7000-8000-000000000101";
  private static final PersonId ALICE = new PersonId(UUID.fromString(UUID_TEXT));

  @Test
  void aPersonActorHoldsTheIdAndPrintsPersonColonId() {
    Actor.Person actor = Actor.person(ALICE);

    assertThat(actor.id()).isEqualTo(ALICE);
    assertThat(actor).isEqualTo(new Actor.Person(ALICE)).hasToString("person:" + UUID_TEXT);
  }

  @Test
  void aSystemActorHoldsTheNameAndPrintsSystemColonName() {
    Actor.System actor = Actor.system("iati-import");

    assertThat(actor.name()).isEqualTo("iati-import");
    assertThat(actor).isEqualTo(new Actor.System("iati-import")).hasToString("system:iati-import");
  }

  @Test
  void theApplicationIsTheSystemActorNamedApplication() {
    assertThat(Actor.APPLICATION.name()).isEqualTo("application");
    assertThat(Actor.APPLICATION)
        .isEqualTo(Actor.system("application"))
        .hasToString("system:application");
    assertThat(Actor.parse("system:application")).isEqualTo(Actor.APPLICATION);
  }

  @Test
  void parseReadsBackBothTextForms() {
    Actor person = Actor.person(ALICE);
    Actor system = Actor.system("nightly.sync_2");

    assertThat(Actor.parse(person.toString())).isEqualTo(person).isInstanceOf(Actor.Person.class);
    assertThat(Actor.parse(system.toString())).isEqualTo(system).isInstanceOf(Actor.System.class);
    assertThat(Actor.parse("person:" + UUID_TEXT)).hasToString("person:" + UUID_TEXT);
    assertThat(Actor.parse("system:iati-import")).hasToString("system:iati-import");
  }

  @Test
  void anUpperCaseUuidIsTheSamePersonAndPrintsInLowerCase() {
    Actor actor = Actor.parse("person:01890000-0000-7000-8000-00000000ABCD");

    assertThat(actor)
        .isEqualTo(
            Actor.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-00000000abcd"))))
        .hasToString("person:01890000-0000-7000-8000-00000000abcd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "a.b_c-d", "0-import", "x.", "x_", "x-"})
  void aNameOfTheAllowedCharactersStartingWithALetterOrDigitIsAccepted(String name) {
    assertThat(Actor.system(name).name()).isEqualTo(name);
    assertThat(Actor.parse("system:" + name)).isEqualTo(Actor.system(name));
  }

  @Test
  void aNameOf64CharactersIsAcceptedAnd65AreNot() {
    String longest = "a".repeat(64);

    assertThat(Actor.system(longest).name()).isEqualTo(longest);
    violation(() -> Actor.system("a".repeat(65)), "actor", Violation.MALFORMED);
    violation(() -> Actor.parse("system:" + "a".repeat(65)), "actor", Violation.MALFORMED);
  }

  @Test
  void aMissingIdOrNameIsRequired() {
    violation(() -> Actor.person(null), "actor", Violation.REQUIRED);
    violation(() -> new Actor.Person(null), "actor", Violation.REQUIRED);
    violation(() -> Actor.system(null), "actor", Violation.REQUIRED);
    violation(() -> new Actor.System(null), "actor", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Iati-import",
        "IATI",
        "iati-Import",
        "-import",
        ".import",
        "_import",
        "iati import",
        " iati",
        "iati ",
        "iati/import",
        "iati:import",
        "nhập-khẩu",
        "iati\nimport"
      })
  void aMalformedNameIsRefused(String name) {
    violation(() -> Actor.system(name), "actor", Violation.MALFORMED);
    violation(() -> Actor.parse("system:" + name), "actor", Violation.MALFORMED);
  }

  @Test
  void parseRequiresText() {
    violation(() -> Actor.parse(null), "actor", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "robot:x",
        "application",
        "person",
        "person:",
        "person:not-a-uuid",
        "person:" + UUID_TEXT + "x",
        "person: " + UUID_TEXT,
        "PERSON:" + UUID_TEXT,
        "Person:" + UUID_TEXT,
        "system",
        "system:",
        "SYSTEM:application",
        " system:application",
        "organisation:" + UUID_TEXT
      })
  void textThatIsNoActorIsMalformed(String text) {
    violation(() -> Actor.parse(text), "actor", Violation.MALFORMED);
  }

  @Test
  void veryLongTextIsRefusedWithoutEchoingIt() {
    String robot = "robot:" + "x".repeat(100_000);
    String person = "person:" + "0".repeat(100_000);
    String system = "x".repeat(100_000);

    assertThat(invalidInput(() -> Actor.parse(robot)).getMessage()).hasSizeLessThan(300);
    assertThat(invalidInput(() -> Actor.parse(person)).getMessage()).hasSizeLessThan(300);
    assertThat(invalidInput(() -> Actor.system(system)).getMessage()).hasSizeLessThan(300);
  }

  @Test
  void aPersonAndASystemActorAreNeverEqual() {
    assertThat((Actor) Actor.person(ALICE)).isNotEqualTo(Actor.system(UUID_TEXT.substring(0, 8)));
    assertThat(Actor.system("a")).isNotEqualTo(Actor.system("b"));
    assertThat(Actor.person(ALICE))
        .isNotEqualTo(Actor.person(new PersonId(UUID.fromString(UUID_TEXT.replace('1', '2')))));
  }
}
