package io.github.coplan.application;

import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;

/**
 * Registering, describing, looking up and forgetting people and their affiliations. Implementations
 * are thread-safe.
 */
public interface PersonUseCases {

  /**
   * Registers a new person.
   *
   * @param command what to register
   * @return the stored person, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if an affiliation's organisation does
   *     not exist
   */
  Person register(RegisterPerson command);

  /**
   * Replaces what describes a person; the affiliations stay.
   *
   * @param command who, and the new profile
   * @return the stored person
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such person
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs: someone else changed it first
   */
  Person update(UpdatePerson command);

  /**
   * Adds an affiliation to a person.
   *
   * @param command what to add
   * @return the stored person
   * @throws io.github.coplan.domain.error.NotFoundException if the person or the organisation does
   *     not exist
   */
  Person addAffiliation(AddAffiliation command);

  /**
   * Forgets a person, at their request: the right to be forgotten. In one unit of work:
   *
   * <ul>
   *   <li>the person's profile becomes a placeholder ({@link Person#forget()}): the name {@link
   *       Person#FORGOTTEN_NAME}, no contact, no expertise, no consent to publish. The id, the
   *       country and the affiliations stay, so participations still refer to the person, and
   *       progress reports count them as before (people are counted by country). Look-ups by name
   *       find the placeholder, not the old name;
   *   <li>the history keeps no value of the person's {@linkplain
   *       io.github.coplan.domain.history.Snapshots#PERSONAL_FIELDS personal fields} (name,
   *       contact, expertise): their changes are erased from every record of the person ({@link
   *       io.github.coplan.port.storage.HistoryRepository#erase}), the only rewrite of the history;
   *       the records themselves stay, with their actors, instants, commands and reasons;
   *   <li>this command is recorded like any other, as {@code ForgetPerson} with its actor, instant,
   *       reason and the person's new version, but its record lists no change of a personal field
   *       (a consent to publish withdrawn appears, {@code true} to {@code false}).
   * </ul>
   *
   * <p>Forgetting a forgotten person is allowed and changes nothing but the version: the profile
   * stays the placeholder, and the command is recorded again with its reason. A person forgotten
   * and then given a new profile by {@link #update} can be forgotten again, which erases the new
   * values too. Reasons given to other commands, and values kept outside Coplan's store (backups,
   * copies an application made), are not touched: a reason should never hold personal data.
   *
   * <p>A person is forgotten by a {@linkplain io.github.coplan.domain.access.Actor.System system
   * actor} or by themself; any other person is refused before anything is read.
   *
   * @param command who, and why
   * @return the stored, forgotten person, their version one more
   * @throws io.github.coplan.domain.error.InvalidInputException if the command is missing ({@code
   *     command:required})
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor is a person other than
   *     the one to forget; its permission is {@link
   *     io.github.coplan.domain.access.AccessTable#FORGET_PERSON}
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such person
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs
   */
  Person forget(ForgetPerson command);

  /**
   * Reads a person.
   *
   * @param id the id
   * @return the person
   * @throws io.github.coplan.domain.error.NotFoundException if there is none
   */
  Person get(PersonId id);

  /**
   * Looks people up: by name, country and current affiliation, a page at a time. An affiliation
   * filter without a day is checked on today, by the clock Coplan runs on.
   *
   * @param query the criteria
   * @return one page, with the total when the query asked for it
   */
  Page<Person> search(PersonQuery query);
}
