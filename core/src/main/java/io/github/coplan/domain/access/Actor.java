package io.github.coplan.domain.access;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Ids;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.PersonId;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a change: a {@linkplain Person person} of the store, or a {@linkplain System named
 * system actor} for the application's own work (imports, scheduled jobs, an application without
 * users). Every change is recorded with its actor.
 *
 * <p>The text form (what {@code toString()} returns) is {@code person:} and the person's id, or
 * {@code system:} and the name; {@link #parse} reads it back.
 *
 * <pre>{@code
 * UseCases asAlice = coplan.actingAs(Actor.person(alice.id()));
 * UseCases importer = coplan.actingAs(Actor.system("iati-import"));
 * }</pre>
 */
public sealed interface Actor permits Actor.Person, Actor.System {

  /**
   * The system actor for an application that embeds Coplan without users of its own: {@code
   * system:application}.
   */
  System APPLICATION = new System("application");

  /**
   * A person of the store acting.
   *
   * @param person the person's id
   * @return the actor
   * @throws InvalidInputException if the id is missing
   */
  static Person person(PersonId person) {
    return new Person(person);
  }

  /**
   * A named system actor.
   *
   * @param name 1 to 64 characters of {@code a-z}, {@code 0-9}, {@code .}, {@code _} and {@code -},
   *     starting with a letter or digit; for example {@code iati-import}
   * @return the actor
   * @throws InvalidInputException if the name is missing or malformed
   */
  static System system(String name) {
    return new System(name);
  }

  /**
   * Reads the text form of an actor.
   *
   * @param text {@code person:<id>} or {@code system:<name>}
   * @return the actor
   * @throws InvalidInputException if the text is missing or not an actor's text form
   */
  static Actor parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("actor", Violation.REQUIRED, "a value is required");
    }
    if (text.startsWith("person:")) {
      try {
        return new Person(new PersonId(Ids.parse(text.substring("person:".length()))));
      } catch (InvalidInputException e) {
        throw InvalidInputException.of(
            "actor", Violation.MALFORMED, "not an actor: " + shown(text));
      }
    }
    if (text.startsWith("system:")) {
      return new System(text.substring("system:".length()));
    }
    throw InvalidInputException.of("actor", Violation.MALFORMED, "not an actor: " + shown(text));
  }

  private static String shown(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /**
   * A person of the store acting; what the person may do is decided by the plans' grants.
   *
   * @param id the person's id
   */
  record Person(PersonId id) implements Actor {

    /**
     * Checks that the id is present.
     *
     * @throws InvalidInputException if it is missing
     */
    public Person {
      Validation.notNull("actor", id);
    }

    /** {@return {@code person:} and the id} */
    @Override
    public String toString() {
      return "person:" + id;
    }
  }

  /**
   * A named system actor: the application itself, acting for no person of the store.
   *
   * @param name the name
   */
  record System(String name) implements Actor {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * Checks the name.
     *
     * @throws InvalidInputException if it is missing or malformed
     */
    public System {
      Validation.notNull("actor", name);
      if (!NAME.matcher(name).matches()) {
        throw InvalidInputException.of(
            "actor",
            Violation.MALFORMED,
            "a system actor's name is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter"
                + " or digit: "
                + shown(name));
      }
    }

    /** {@return {@code system:} and the name} */
    @Override
    public String toString() {
      return "system:" + name;
    }
  }
}
