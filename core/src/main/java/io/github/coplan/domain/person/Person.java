package io.github.coplan.domain.person;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person who takes part in activities, with dated affiliations. Immutable: changes return a new
 * instance with the same id and version; the store gives it its next version when it is saved.
 */
public final class Person {

  /** The most affiliations a person may have. */
  public static final int MAX_AFFILIATIONS = 100;

  /**
   * The name a forgotten person is shown under ({@link #forget()}): {@value}. It is a placeholder,
   * the same for everyone forgotten, and names no one.
   */
  public static final String FORGOTTEN_NAME = "Forgotten person";

  private final PersonId id;
  private final PersonProfile profile;
  private final ImmutableList<Affiliation> affiliations;
  private final long version;

  private Person(PersonId id, PersonProfile profile, List<Affiliation> affiliations, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.affiliations = ImmutableList.copyOf(affiliations);
    this.version = version;
  }

  /**
   * A new person, not yet stored (version 0).
   *
   * @param id the id
   * @param profile what describes the person
   * @param affiliations the person's affiliations, in order
   * @return the person
   * @throws InvalidInputException if a part is missing
   */
  public static Person register(
      @Nullable PersonId id,
      @Nullable PersonProfile profile,
      @Nullable List<Affiliation> affiliations) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("profile", profile);
    v.elements("affiliations", affiliations);
    v.require(
        affiliations == null || affiliations.size() <= MAX_AFFILIATIONS,
        "affiliations",
        Violation.OUT_OF_RANGE,
        "at most " + MAX_AFFILIATIONS + " affiliations");
    v.throwIfAny();
    // throwIfAny refused every missing part; notNull carries that to the nullness checker
    return new Person(
        Validation.notNull("id", id),
        Validation.notNull("profile", profile),
        Validation.notNull("affiliations", affiliations),
        0);
  }

  /**
   * This person with a new profile.
   *
   * @param newProfile the profile
   * @return the changed person
   */
  public Person update(PersonProfile newProfile) {
    return new Person(id, Validation.notNull("profile", newProfile), affiliations, version);
  }

  /**
   * This person with one more affiliation.
   *
   * @param affiliation the affiliation
   * @return the changed person
   * @throws InvalidInputException if the person has {@link #MAX_AFFILIATIONS} already
   */
  public Person addAffiliation(Affiliation affiliation) {
    Validation.notNull("affiliation", affiliation);
    if (affiliations.size() >= MAX_AFFILIATIONS) {
      throw InvalidInputException.of(
          "affiliations", Violation.OUT_OF_RANGE, "at most " + MAX_AFFILIATIONS + " affiliations");
    }
    List<Affiliation> list = new ArrayList<>(affiliations);
    list.add(affiliation);
    return new Person(id, profile, list, version);
  }

  /**
   * This person forgotten, at their request: the profile is replaced by a placeholder that holds
   * nothing personal, the name {@link #FORGOTTEN_NAME}, no contact, no expertise and no consent to
   * publish, while the id, the country and the affiliations stay, so that the person's
   * participations still count, by country and by organisation, in every report. Forgetting a
   * forgotten person gives the same profile again.
   *
   * <p>This only changes the person; erasing what the history kept of them is the use case's
   * ({@link io.github.coplan.application.PersonUseCases#forget}).
   *
   * @return the forgotten person
   */
  public Person forget() {
    return new Person(id, forgottenProfile(profile.country()), affiliations, version);
  }

  /**
   * Whether the person is forgotten: their profile is the placeholder {@link #forget()} gives (name
   * {@link #FORGOTTEN_NAME}, no contact, no expertise, no consent to publish). Read from the
   * profile alone, so it holds as long as no later update gives the person another profile, and
   * also for a person registered with exactly that profile.
   *
   * @return true if the profile is the placeholder
   */
  public boolean forgotten() {
    return profile.equals(forgottenProfile(profile.country()));
  }

  private static PersonProfile forgottenProfile(CountryCode country) {
    return new PersonProfile(FORGOTTEN_NAME, country, Set.of(), null, false);
  }

  /**
   * The affiliation held on a day: the latest-starting one among those that held then.
   *
   * @param day the day
   * @return the affiliation, if any held
   */
  public Optional<Affiliation> affiliationOn(LocalDate day) {
    Affiliation best = null;
    for (Affiliation a : affiliations) {
      if (a.heldOn(day)
          && (best == null
              || (a.from() != null && (best.from() == null || a.from().isAfter(best.from()))))) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The id.
   *
   * @return the id
   */
  public PersonId id() {
    return id;
  }

  /**
   * What describes the person.
   *
   * @return the profile
   */
  public PersonProfile profile() {
    return profile;
  }

  /**
   * The person's name, {@linkplain SearchFolding folded}: the key of the name sort of a person
   * look-up, and the text its text filter matches.
   *
   * @return the folded name
   */
  public String foldedName() {
    return SearchFolding.fold(profile.name());
  }

  /**
   * Whether the person holds an affiliation with an organisation on a day: any of the person's
   * affiliations with it {@linkplain Affiliation#heldOn held} then, not only the one {@link
   * #affiliationOn} picks.
   *
   * @param organisation the organisation
   * @param day the day
   * @return true if one did
   */
  public boolean isAffiliatedWith(OrganisationId organisation, LocalDate day) {
    for (Affiliation a : affiliations) {
      if (a.organisation().equals(organisation) && a.heldOn(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The affiliations, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * The stored version; 0 when not yet stored.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Person p
        && id.equals(p.id)
        && profile.equals(p.profile)
        && affiliations.equals(p.affiliations)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, profile, affiliations, version);
  }

  @Override
  public String toString() {
    return "Person[" + id + " " + profile.name() + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding a Person from what a store holds, and giving it the
   * version the store assigned. Part of the storage SPI (see {@code
   * io.github.coplan.port.storage}), not of the application API: nothing here checks the rules the
   * use cases keep.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * A person rebuilt from storage.
     *
     * @param id the id
     * @param profile the profile
     * @param affiliations the affiliations, in order
     * @param version the stored version
     * @return the person
     */
    public static Person restore(
        PersonId id, PersonProfile profile, List<Affiliation> affiliations, long version) {
      return new Person(id, profile, affiliations, version);
    }

    /**
     * The person as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static Person withVersion(Person x, long newVersion) {
      return new Person(x.id, x.profile, x.affiliations, newVersion);
    }
  }
}
