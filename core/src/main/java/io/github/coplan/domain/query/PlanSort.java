package io.github.coplan.domain.query;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivitySort.Direction;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order of a plan look-up: a field, a direction, and the plan id as the tie-breaker in the same
 * direction.
 *
 * <p>Keys: {@link Field#CODE} is the code, unique in a store; {@link Field#TITLE} the {@linkplain
 * CooperationPlan#sortTitle() folded original title}. Both compare by Unicode code point.
 *
 * @param field what to sort by
 * @param direction which way
 */
public record PlanSort(Field field, Direction direction) {

  /** The fields a plan look-up may be sorted by. */
  public enum Field {
    /** The code. */
    CODE("code"),
    /** The folded original title. */
    TITLE("title");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /**
     * The name of the field in the text form.
     *
     * @return for example {@code "code"}
     */
    public String key() {
      return key;
    }
  }

  /** Code, A to Z: the default. */
  public static final PlanSort DEFAULT = new PlanSort(Field.CODE, Direction.ASC);

  private static final List<String> NAMES = List.of("code", "title");

  /**
   * Checks that both parts are present.
   *
   * @throws InvalidInputException if one is missing
   */
  public PlanSort {
    if (field == null || direction == null) {
      throw InvalidInputException.of(
          "sort", Violation.REQUIRED, "a sort needs a field and a direction");
    }
  }

  /**
   * A sort.
   *
   * @param field the field
   * @param direction the direction
   * @return the sort
   */
  public static PlanSort by(Field field, Direction direction) {
    return new PlanSort(field, direction);
  }

  /**
   * Reads the text form {@code field}, {@code field,asc} or {@code field,desc}, with the field
   * names {@code code} and {@code title}.
   *
   * @param text the text form
   * @return the sort
   * @throws InvalidInputException with code {@code malformed} for anything else
   */
  public static PlanSort parse(@Nullable String text) {
    Lookups.ParsedSort parsed = Lookups.parseSort(text, NAMES);
    return new PlanSort(Field.values()[parsed.field()], parsed.direction());
  }

  /**
   * The sort key of a plan: its code, or its folded original title.
   *
   * @param plan the plan
   * @return the key
   */
  public String keyOf(CooperationPlan plan) {
    return field == Field.CODE ? plan.code().value() : plan.sortTitle();
  }

  /**
   * The order this sort puts plans in, the tie-breaker included.
   *
   * @return a comparator
   */
  public Comparator<CooperationPlan> comparator() {
    Comparator<CooperationPlan> order =
        (a, b) -> {
          int byKey = ActivitySort.compareCodePoints(keyOf(a), keyOf(b));
          return byKey != 0 ? byKey : ActivitySort.compareIds(a.id().value(), b.id().value());
        };
    return direction == Direction.ASC ? order : order.reversed();
  }

  /**
   * The name of this sort in the cursors it makes: {@code plan:} and the text form.
   *
   * @return for example {@code "plan:code,asc"}
   */
  public String cursorName() {
    return "plan:" + this;
  }

  /** The text form, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return Lookups.text(field.key, direction);
  }
}
