package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.ActivitySort.Field;
import io.github.coplan.domain.shared.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivitySortTest {

  private static final UUID LOW = UUID.fromString("00000000-0000-7000-8000-000000000001");
  private static final UUID HIGH = UUID.fromString("ffffffff-0000-7000-8000-000000000001");

  static Activity activity(UUID id, String planned, String title) {
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(1)
            .type(ActivityType.WORKSHOP)
            .title(vi(title))
            .planned(DateSpan.parse(planned))
            .build();
    return Activity.propose(new ActivityId(id), PLAN, details, null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plannedStart      | PLANNED_START | ASC",
        "plannedStart,asc  | PLANNED_START | ASC",
        "plannedEnd,desc   | PLANNED_END   | DESC",
        "title,desc        | TITLE         | DESC",
        "title,DESC        | TITLE         | DESC",
        "created,ASC       | CREATED       | ASC",
        "created,Desc      | CREATED       | DESC",
      })
  void readsTheTextForm(String text, Field field, Direction direction) {
    ActivitySort sort = ActivitySort.parse(text);

    assertThat(sort).isEqualTo(ActivitySort.by(field, direction));
    assertThat(ActivitySort.parse(sort.toString())).isEqualTo(sort);
  }

  @Test
  void printsTheCanonicalTextForm() {
    assertThat(ActivitySort.DEFAULT).hasToString("plannedStart,asc");
    assertThat(ActivitySort.by(Field.TITLE, Direction.DESC)).hasToString("title,desc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title DESC; DELETE",
        "1 OR 1=1",
        "",
        "title,",
        "title,desc,x",
        ",desc",
        "Title",
        "TITLE",
        "title ,desc",
        "title, desc",
        "planned_start",
        "id",
        "title,descending",
        "title;desc",
        "created,asc\n"
      })
  void anythingElseIsMalformedOnTheSortPath(String text) {
    violation(() -> ActivitySort.parse(text), "sort", Violation.MALFORMED);
  }

  @Test
  void aMissingSortIsRequired() {
    violation(() -> ActivitySort.parse(null), "sort", Violation.REQUIRED);
    violation(() -> new ActivitySort(null, Direction.ASC), "sort", Violation.REQUIRED);
    violation(() -> new ActivitySort(Field.TITLE, null), "sort", Violation.REQUIRED);
  }

  @Test
  void codePointOrderIsNotUtf16Order() {
    String replacement = "\uFFFD";
    String emoji = "\uD83D\uDE00";

    assertThat(replacement.compareTo(emoji)).isPositive();
    assertThat(ActivitySort.compareCodePoints(replacement, emoji)).isNegative();
    assertThat(ActivitySort.compareCodePoints(emoji, replacement)).isPositive();
    assertThat(ActivitySort.compareCodePoints("ab", "abc")).isNegative();
    assertThat(ActivitySort.compareCodePoints("abc", "ab")).isPositive();
    assertThat(ActivitySort.compareCodePoints("", "")).isZero();
    assertThat(ActivitySort.compareCodePoints(emoji + "a", emoji + "a")).isZero();
    assertThat(ActivitySort.compareCodePoints("Z", "a")).isNegative();
  }

  @Test
  void idsCompareAsUnsigned128BitNumbers() {
    assertThat(LOW.compareTo(HIGH)).isPositive();
    assertThat(ActivitySort.compareIds(LOW, HIGH)).isNegative();
    assertThat(ActivitySort.compareIds(HIGH, LOW)).isPositive();
    assertThat(ActivitySort.compareIds(LOW, LOW)).isZero();
    UUID lowLsb = new UUID(1, 0x7FFF_FFFF_FFFF_FFFFL);
    UUID highLsb = new UUID(1, 0x8000_0000_0000_0000L);
    assertThat(ActivitySort.compareIds(lowLsb, highLsb)).isNegative();
  }

  @Test
  void idOrderIsTheTextOrderOfTheIds() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      UUID a = new UUID(random.nextLong(), random.nextLong());
      UUID b =
          new UUID(
              random.nextBoolean() ? a.getMostSignificantBits() : random.nextLong(),
              random.nextLong());

      assertThat(Integer.signum(ActivitySort.compareIds(a, b)))
          .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
    }
  }

  @Test
  void plannedStartSortsByEarliestDayThenId() {
    Activity q4 = activity(HIGH, "2018-Q4", "b");
    Activity november = activity(LOW, "2018-11/..", "a");
    Activity octoberLow = activity(LOW, "2018-10", "c");
    Activity year = activity(HIGH, "2018", "d");

    assertThat(sorted("plannedStart", q4, november, octoberLow, year))
        .containsExactly(year, octoberLow, q4, november);
    assertThat(sorted("plannedStart,desc", q4, november, octoberLow, year))
        .containsExactly(november, q4, octoberLow, year);
  }

  @Test
  void plannedEndSortsByLatestDayWithOpenEndsLast() {
    Activity q4 = activity(HIGH, "2018-Q4", "b");
    Activity open = activity(LOW, "2018-11/..", "a");
    Activity november = activity(LOW, "2018-11", "c");
    Activity december = activity(LOW, "2018-12", "d");

    assertThat(sorted("plannedEnd", q4, open, november, december))
        .containsExactly(november, december, q4, open);
    assertThat(sorted("plannedEnd,desc", q4, open, november, december))
        .containsExactly(open, q4, december, november);
  }

  @Test
  void titleSortsByFoldedOriginalTitleInCodePointOrderThenId() {
    Activity doiMoi = activity(HIGH, "2018", "Đổi mới");
    Activity doiMoiPlain = activity(LOW, "2018", "doi moi");
    Activity apple = activity(LOW, "2019", "Apple");
    Activity emoji = activity(LOW, "2019", "\uD83D\uDE00 vui");
    Activity replacement = activity(HIGH, "2019", "\uFFFD");

    assertThat(sorted("title", doiMoi, doiMoiPlain, apple, emoji, replacement))
        .containsExactly(apple, doiMoiPlain, doiMoi, replacement, emoji);
    assertThat(sorted("title,desc", doiMoi, doiMoiPlain, apple, emoji, replacement))
        .containsExactly(emoji, replacement, doiMoi, doiMoiPlain, apple);
  }

  @Test
  void createdSortsByIdAlone() {
    Activity first = activity(LOW, "2020", "z");
    Activity second = activity(new UUID(0x7FFF_FFFF_FFFF_FFFFL, 0), "2018", "a");
    Activity third = activity(HIGH, "2019", "m");

    assertThat(sorted("created", third, first, second)).containsExactly(first, second, third);
    assertThat(sorted("created,desc", first, third, second)).containsExactly(third, second, first);
  }

  @Test
  void keysAreWhatTheCursorCarries() {
    Activity a = activity(LOW, "2018-11/..", "Đổi mới");

    assertThat(ActivitySort.parse("plannedStart").keyOf(a))
        .isEqualTo(Long.toString(LocalDate.of(2018, 11, 1).toEpochDay()));
    assertThat(ActivitySort.parse("plannedEnd").keyOf(a))
        .isEqualTo(Long.toString(LocalDate.of(9999, 12, 31).toEpochDay()));
    assertThat(ActivitySort.parse("title").keyOf(a)).isEqualTo("doi moi");
    assertThat(ActivitySort.parse("created").keyOf(a)).isEmpty();
  }

  private static List<Activity> sorted(String sort, Activity... activities) {
    List<Activity> list = new ArrayList<>(List.of(activities));
    Collections.shuffle(list, new Random(1));
    list.sort(ActivitySort.parse(sort).comparator());
    return list;
  }
}
