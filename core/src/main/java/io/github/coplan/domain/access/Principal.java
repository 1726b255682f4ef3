package io.github.coplan.domain.access;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;

/**
 * Who a {@link Grant} is to: one {@linkplain Person person}, or {@linkplain StaffOf every staff
 * member of an organisation}, that is every person with an affiliation to it that holds on the day
 * of the request. Text forms: {@code person:<id>} and {@code staff:<id>}.
 */
public sealed interface Principal permits Principal.Person, Principal.StaffOf {

  /**
   * One person.
   *
   * @param person the person's id
   * @return the principal
   * @throws io.github.coplan.domain.error.InvalidInputException if the id is missing
   */
  static Person person(PersonId person) {
    return new Person(person);
  }

  /**
   * The staff of an organisation, through their affiliations on the day of each request.
   *
   * @param organisation the organisation's id
   * @return the principal
   * @throws io.github.coplan.domain.error.InvalidInputException if the id is missing
   */
  static StaffOf staffOf(OrganisationId organisation) {
    return new StaffOf(organisation);
  }

  /**
   * One person.
   *
   * @param id the person's id
   */
  record Person(PersonId id) implements Principal {

    /**
     * Checks that the id is present.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if it is missing
     */
    public Person {
      Validation.notNull("principal", id);
    }

    /** {@return {@code person:} and the id} */
    @Override
    public String toString() {
      return "person:" + id;
    }
  }

  /**
   * The staff of an organisation.
   *
   * @param id the organisation's id
   */
  record StaffOf(OrganisationId id) implements Principal {

    /**
     * Checks that the id is present.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if it is missing
     */
    public StaffOf {
      Validation.notNull("principal", id);
    }

    /** {@return {@code staff:} and the id} */
    @Override
    public String toString() {
      return "staff:" + id;
    }
  }
}
