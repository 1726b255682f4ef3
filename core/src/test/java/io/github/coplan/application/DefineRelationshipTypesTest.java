package io.github.coplan.application;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command that defines relationship types: 1 to 1000 types, each code once. */
class DefineRelationshipTypesTest {

  private static RelationshipType type(String code) {
    LocalizedText label = LocalizedText.of("en", code.replace('_', ' '));
    return new RelationshipType(
        RelationshipTypeCode.of(code),
        label,
        label,
        EnumSet.allOf(ParticipantKind.class),
        EnumSet.allOf(ParticipantKind.class),
        true);
  }

  private static List<RelationshipType> types(int n) {
    List<RelationshipType> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(type("type_" + i));
    }
    return list;
  }

  @Test
  void itKeepsACopyOfTheTypesInOrder() {
    List<RelationshipType> given =
        new ArrayList<>(List.of(type("co_founder_of"), RelationshipType.PARTNER_OF));

    DefineRelationshipTypes d = new DefineRelationshipTypes(given);
    given.clear();

    assertThat(d.types()).containsExactly(type("co_founder_of"), RelationshipType.PARTNER_OF);
    assertThat(d.types()).isUnmodifiable();
  }

  @Test
  void oneToAThousandTypesAreAccepted() {
    assertThat(new DefineRelationshipTypes(types(1)).types()).containsExactly(type("type_0"));
    assertThat(new DefineRelationshipTypes(types(1_000)).types()).hasSize(1_000);
    assertThat(DefineRelationshipTypes.LIMIT).isEqualTo(1_000);
  }

  @Test
  void noTypesAreRefused() {
    assertThat(invalidInput(() -> new DefineRelationshipTypes(List.of())).violations())
        .containsExactly(new Violation("types", Violation.OUT_OF_RANGE, "1 to 1000 types, was 0"));
  }

  @Test
  void moreThanAThousandTypesAreRefused() {
    assertThat(invalidInput(() -> new DefineRelationshipTypes(types(1_001))).violations())
        .containsExactly(
            new Violation("types", Violation.OUT_OF_RANGE, "1 to 1000 types, was 1001"));
  }

  @Test
  void aCodeGivenTwiceIsRefusedAtItsSecondPlace() {
    assertThat(
            invalidInput(
                    () ->
                        new DefineRelationshipTypes(
                            List.of(type("advises"), type("funds"), type("advises"))))
                .violations())
        .containsExactly(
            new Violation("types[2].code", Violation.DUPLICATE, "type advises is given twice"));
    violations(
        () ->
            new DefineRelationshipTypes(
                List.of(
                    type("advises"),
                    type("advises"),
                    type("funds"),
                    type("funds"),
                    type("advises"))),
        tuple("types[1].code", Violation.DUPLICATE),
        tuple("types[3].code", Violation.DUPLICATE),
        tuple("types[4].code", Violation.DUPLICATE));
  }

  @Test
  void theSameCodeWithOtherLabelsIsStillADuplicate() {
    RelationshipType relabelled =
        new RelationshipType(
            RelationshipTypeCode.of("partner_of"),
            LocalizedText.of("en", "allied with"),
            LocalizedText.of("en", "allied with"),
            EnumSet.of(ParticipantKind.ORGANISATION),
            EnumSet.of(ParticipantKind.ORGANISATION),
            true);

    violation(
        () -> new DefineRelationshipTypes(List.of(RelationshipType.PARTNER_OF, relabelled)),
        "types[1].code",
        Violation.DUPLICATE);
  }

  @Test
  void missingTypesAreListedByTheirPlace() {
    violation(() -> new DefineRelationshipTypes(null), "types", Violation.REQUIRED);
    violations(
        () -> new DefineRelationshipTypes(Arrays.asList(type("advises"), null, null)),
        tuple("types[1]", Violation.REQUIRED),
        tuple("types[2]", Violation.REQUIRED));
  }

  @Test
  void everyViolationIsListedTogether() {
    List<RelationshipType> tooMany = types(1_001);
    tooMany.set(5, type("type_0"));
    tooMany.set(7, null);

    violations(
        () -> new DefineRelationshipTypes(tooMany),
        tuple("types[7]", Violation.REQUIRED),
        tuple("types", Violation.OUT_OF_RANGE),
        tuple("types[5].code", Violation.DUPLICATE));
  }
}
