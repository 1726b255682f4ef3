package io.github.coplan.domain.access;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person acting on a day, as the stores see them when they resolve what the person may see in
 * their own queries: the {@linkplain #principals principals} the person is that day are themself
 * and the staff of each organisation they hold an {@link Affiliation} to on that day ({@link
 * Affiliation#heldOn}). A person the store does not hold is only themself.
 *
 * @param person the person
 * @param day the day of the request, which decides which affiliations hold
 * @since 0.2.0
 */
public record Viewer(PersonId person, LocalDate day) {

  /**
   * Checks that both are present.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is missing
   */
  public Viewer {
    Validation.notNull("person", person);
    Validation.notNull("day", day);
  }

  /**
   * The principals the person is on the day, given their affiliations: themself first, then the
   * staff of each organisation of an affiliation that holds on the day, in the affiliations' order.
   *
   * @param affiliations the person's affiliations as stored, none if the store does not hold them
   * @return the principals, unmodifiable
   */
  public Set<Principal> principals(Collection<Affiliation> affiliations) {
    Set<Principal> principals = new LinkedHashSet<>();
    principals.add(Principal.person(person));
    for (Affiliation a : affiliations) {
      if (a.heldOn(day)) {
        principals.add(Principal.staffOf(a.organisation()));
      }
    }
    return Collections.unmodifiableSet(principals);
  }
}
