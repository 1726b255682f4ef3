package io.github.coplan.domain.query;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.query.ActivitySort.Direction;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order of an organisation look-up: a field, a direction, and the organisation id as the
 * tie-breaker in the same direction.
 *
 * <p>Keys: {@link Field#NAME} is the {@linkplain Organisation#sortName() folded original name},
 * compared by Unicode code point.
 *
 * @param field what to sort by
 * @param direction which way
 */
public record OrganisationSort(Field field, Direction direction) {

  /** The fields an organisation look-up may be sorted by. */
  public enum Field {
    /** The folded original name. */
    NAME("name");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /**
     * The name of the field in the text form.
     *
     * @return for example {@code "name"}
     */
    public String key() {
      return key;
    }
  }

  /** Name, A to Z: the default. */
  public static final OrganisationSort DEFAULT = new OrganisationSort(Field.NAME, Direction.ASC);

  private static final List<String> NAMES = List.of("name");

  /**
   * Checks that both parts are present.
   *
   * @throws InvalidInputException if one is missing
   */
  public OrganisationSort {
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
  public static OrganisationSort by(Field field, Direction direction) {
    return new OrganisationSort(field, direction);
  }

  /**
   * Reads the text form {@code name}, {@code name,asc} or {@code name,desc}.
   *
   * @param text the text form
   * @return the sort
   * @throws InvalidInputException with code {@code malformed} for anything else
   */
  public static OrganisationSort parse(@Nullable String text) {
    Lookups.ParsedSort parsed = Lookups.parseSort(text, NAMES);
    return new OrganisationSort(Field.values()[parsed.field()], parsed.direction());
  }

  /**
   * The sort key of an organisation: its folded original name.
   *
   * @param organisation the organisation
   * @return the key
   */
  public String keyOf(Organisation organisation) {
    return organisation.sortName();
  }

  /**
   * The order this sort puts organisations in, the tie-breaker included.
   *
   * @return a comparator
   */
  public Comparator<Organisation> comparator() {
    Comparator<Organisation> order =
        (a, b) -> {
          int byKey = ActivitySort.compareCodePoints(keyOf(a), keyOf(b));
          return byKey != 0 ? byKey : ActivitySort.compareIds(a.id().value(), b.id().value());
        };
    return direction == Direction.ASC ? order : order.reversed();
  }

  /**
   * The name of this sort in the cursors it makes: {@code organisation:} and the text form.
   *
   * @return for example {@code "organisation:name,asc"}
   */
  public String cursorName() {
    return "organisation:" + this;
  }

  /** The text form, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return Lookups.text(field.key, direction);
  }
}
