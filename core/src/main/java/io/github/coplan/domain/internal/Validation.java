package io.github.coplan.domain.internal;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every violation of an input before refusing it, so that one {@link
 * InvalidInputException} lists them all. Used by command records and value constructors:
 *
 * <pre>{@code
 * Validation v = new Validation();
 * v.required("plan", plan);
 * String title = v.check("title", () -> Texts.line("", rawTitle));
 * v.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe; use one per validation.
 */
public final class Validation {

  private final List<Violation> violations = new ArrayList<>();

  /**
   * Runs a check; its violations are recorded under {@code path} instead of thrown.
   *
   * @param path the field path
   * @param check the check, which returns the accepted value
   * @param <T> the value type
   * @return the accepted value, or null if the check refused it
   */
  public <T> @Nullable T check(String path, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      violations.addAll(e.under(path).violations());
      return null;
    }
  }

  /**
   * Checks text by the rules of {@link Texts#check}; a violation is recorded under {@code path}.
   *
   * @param path the field path
   * @param raw the raw text
   * @param limit the maximum length in code points
   * @param multiLine whether line breaks and tabs are allowed
   * @return the normalised text, or null if it was refused
   */
  public @Nullable String text(String path, @Nullable String raw, int limit, boolean multiLine) {
    return check(path, () -> Texts.check("", raw, limit, multiLine));
  }

  /**
   * Checks single-line text of at most {@link Texts#LINE_LIMIT} code points.
   *
   * @param path the field path
   * @param raw the raw text
   * @return the normalised text, or null if it was refused
   */
  public @Nullable String line(String path, @Nullable String raw) {
    return text(path, raw, Texts.LINE_LIMIT, false);
  }

  /**
   * Records a {@code required} violation when the value is null.
   *
   * @param path the field path
   * @param value the value
   * @param <T> the value type
   * @return the value
   */
  public <T> @Nullable T required(String path, @Nullable T value) {
    if (value == null) {
      violations.add(new Violation(path, Violation.REQUIRED, "a value is required"));
    }
    return value;
  }

  /**
   * Records a {@code required} violation for a null collection and for each null element.
   *
   * @param path the field path
   * @param values the collection
   * @param <C> the collection type
   * @return the collection
   */
  public <C extends Collection<?>> @Nullable C elements(String path, @Nullable C values) {
    if (values == null) {
      violations.add(new Violation(path, Violation.REQUIRED, "a value is required"));
      return null;
    }
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        violations.add(
            new Violation(path + "[" + i + "]", Violation.REQUIRED, "a value is required"));
      }
      i++;
    }
    return values;
  }

  /**
   * Records a violation when {@code ok} is false.
   *
   * @param ok the condition that must hold
   * @param path the field path
   * @param code the violation code
   * @param message the explanation
   */
  public void require(boolean ok, String path, String code, String message) {
    if (!ok) {
      violations.add(new Violation(path, code, message));
    }
  }

  /**
   * Refuses a missing argument with an {@link InvalidInputException} rather than a {@link
   * NullPointerException}.
   *
   * @param path the field path
   * @param value the value
   * @param <T> the value type
   * @return the value, never null
   * @throws InvalidInputException with code {@code required} if it is null
   */
  public static <T> T notNull(String path, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, "a value is required");
    }
    return value;
  }

  /**
   * Throws if anything was recorded.
   *
   * @throws InvalidInputException listing every violation recorded
   */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * Throws if anything was recorded; otherwise returns what the checks built.
   *
   * @param <T> the value's type
   * @param value what {@link #check} returned, null only when that check recorded a violation
   * @return the value
   * @throws InvalidInputException listing every violation recorded
   */
  public <T> T valueOrThrow(@Nullable T value) {
    throwIfAny();
    if (value == null) {
      throw new AssertionError("a check that recorded no violation gave no value");
    }
    return value;
  }
}
