package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.testing.Fixtures;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  private static SortedMap<String, String> fields(String... namesAndValues) {
    SortedMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void aChangeHoldsTheFieldAndBothValues() {
    FieldChange change = new FieldChange("status", "DRAFT", "ACTIVE");

    assertThat(change.field()).isEqualTo("status");
    assertThat(change.before()).isEqualTo("DRAFT");
    assertThat(change.after()).isEqualTo("ACTIVE");
    assertThat(change).isEqualTo(new FieldChange("status", "DRAFT", "ACTIVE"));
    assertThat(change).isNotEqualTo(new FieldChange("status", "ACTIVE", "DRAFT"));
  }

  @Test
  void eitherValueMayBeMissing() {
    assertThat(new FieldChange("summary", null, "x").before()).isNull();
    assertThat(new FieldChange("summary", "x", null).after()).isNull();
    assertThat(new FieldChange("summary", "", null).before()).isEmpty();
  }

  @Test
  void equalValuesAreNoChange() {
    violation(() -> new FieldChange("status", "DRAFT", "DRAFT"), "after", Violation.OUT_OF_RANGE);
    violation(() -> new FieldChange("status", null, null), "after", Violation.OUT_OF_RANGE);
    violation(() -> new FieldChange("status", "", ""), "after", Violation.OUT_OF_RANGE);
  }

  @Test
  void aFieldIsRequired() {
    violation(() -> new FieldChange(null, "a", "b"), "field", Violation.REQUIRED);
    violations(
        () -> new FieldChange(null, null, null),
        tuple("field", Violation.REQUIRED),
        tuple("after", Violation.OUT_OF_RANGE));
  }

  @Test
  void aFieldHasANameAndNoValueHoldsASeparator() {
    violation(() -> new FieldChange("", "a", "b"), "field", Violation.BLANK);
    violations(
        () -> new FieldChange("na\u001eme", "a\u001fb", "c\u0000"),
        tuple("field", Violation.MALFORMED),
        tuple("before", Violation.MALFORMED),
        tuple("after", Violation.MALFORMED));
  }

  @Test
  void betweenNothingAndASnapshotEveryFieldIsAddedInNameOrder() {
    assertThat(FieldChange.between(fields(), fields("title", "T", "code", "C", "status", "DRAFT")))
        .containsExactly(
            new FieldChange("code", null, "C"),
            new FieldChange("status", null, "DRAFT"),
            new FieldChange("title", null, "T"));
  }

  @Test
  void betweenASnapshotAndNothingEveryFieldIsRemovedInNameOrder() {
    assertThat(FieldChange.between(fields("b", "2", "a", "1"), fields()))
        .containsExactly(new FieldChange("a", "1", null), new FieldChange("b", "2", null));
  }

  @Test
  void betweenTwoSnapshotsOnlyTheFieldsThatDifferInNameOrder() {
    SortedMap<String, String> before =
        fields("code", "C", "period", "2018/2021", "status", "ACTIVE", "title", "T");
    SortedMap<String, String> after =
        fields("code", "C", "status", "SUSPENDED", "statusReason", "why", "title", "T");

    assertThat(FieldChange.between(before, after))
        .containsExactly(
            new FieldChange("period", "2018/2021", null),
            new FieldChange("status", "ACTIVE", "SUSPENDED"),
            new FieldChange("statusReason", null, "why"));
  }

  @Test
  void betweenEqualSnapshotsNothingChanged() {
    assertThat(FieldChange.between(fields("a", "1", "b", "2"), fields("a", "1", "b", "2")))
        .isEmpty();
    assertThat(FieldChange.between(fields(), fields())).isEmpty();
  }

  @Test
  void theOrderIsByNameWhateverTheMapsOrder() {
    SortedMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.put("a", "1");
    reversed.put("c", "3");
    reversed.put("b", "2");

    assertThat(FieldChange.between(reversed, fields()))
        .extracting(FieldChange::field)
        .containsExactly("a", "b", "c");
    assertThat(FieldChange.between(fields(), reversed))
        .extracting(FieldChange::field)
        .containsExactly("a", "b", "c");
  }

  @Test
  void applySetsEachFieldToItsValueAfterAndRemovesTheOnesWithout() {
    Map<String, String> fields = new HashMap<>(Map.of("a", "1", "b", "2", "keep", "k"));

    FieldChange.apply(
        fields,
        List.of(
            new FieldChange("a", "1", null),
            new FieldChange("b", "2", "20"),
            new FieldChange("c", null, "3")));

    assertThat(fields).containsOnly(entry("b", "20"), entry("c", "3"), entry("keep", "k"));
  }

  @Test
  void applyOfNoChangesChangesNothing() {
    Map<String, String> fields = new HashMap<>(Map.of("a", "1"));

    FieldChange.apply(fields, List.of());

    assertThat(fields).containsOnly(entry("a", "1"));
  }

  @Test
  void applyInOrderLetsALaterChangeOfAFieldWin() {
    Map<String, String> fields = new HashMap<>();

    FieldChange.apply(
        fields, List.of(new FieldChange("a", null, "1"), new FieldChange("a", "1", "2")));

    assertThat(fields).containsOnly(entry("a", "2"));
  }

  @Test
  void applyingTheChangesBetweenTwoSnapshotsToTheFirstGivesTheSecond() {
    SortedMap<String, String> draft = Snapshots.of(Fixtures.draftPlan());
    SortedMap<String, String> ready = Snapshots.of(Fixtures.readyPlan().activate());
    List<FieldChange> changes = FieldChange.between(draft, ready);
    Map<String, String> replayed = new TreeMap<>(draft);

    FieldChange.apply(replayed, changes);

    assertThat(changes)
        .extracting(FieldChange::field)
        .containsExactly("contentAreas", "parties", "status");
    assertThat(replayed).isEqualTo(ready);

    Map<String, String> fromNothing = new TreeMap<>();
    FieldChange.apply(fromNothing, FieldChange.between(new TreeMap<>(), ready));
    assertThat(fromNothing).isEqualTo(ready);
  }
}
