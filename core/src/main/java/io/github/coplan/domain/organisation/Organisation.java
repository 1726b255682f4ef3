package io.github.coplan.domain.organisation;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.SearchFolding;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that takes part in cooperation plans. Immutable: changes return a new instance
 * with the same id and version; the store gives it its next version when it is saved.
 *
 * <p>A new organisation has version 0; a stored one has the version the store gave it (1 on insert,
 * one more on each update).
 */
public final class Organisation {

  private final OrganisationId id;
  private final OrganisationProfile profile;
  private final long version;

  private Organisation(OrganisationId id, OrganisationProfile profile, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.version = version;
  }

  /**
   * A new organisation, not yet stored (version 0).
   *
   * @param id its id
   * @param profile what describes it
   * @return the organisation
   * @throws InvalidInputException if the id or the profile is missing, or it is its own parent
   */
  public static Organisation register(
      @Nullable OrganisationId id, @Nullable OrganisationProfile profile) {
    if (id == null || profile == null) {
      throw InvalidInputException.of(
          id == null ? "id" : "profile", Violation.REQUIRED, "a value is required");
    }
    checkParent(id, profile);
    return new Organisation(id, profile, 0);
  }

  /**
   * This organisation with a new profile.
   *
   * @param newProfile what describes it now
   * @return the changed organisation, same id and version
   * @throws RuleViolationException if it would become its own parent
   */
  public Organisation update(OrganisationProfile newProfile) {
    Validation.notNull("profile", newProfile);
    checkParent(id, newProfile);
    return new Organisation(id, newProfile, version);
  }

  private static void checkParent(OrganisationId id, OrganisationProfile profile) {
    if (id.equals(profile.parent())) {
      throw new RuleViolationException(
          RuleCode.ORGANISATION_PARENT_CYCLE, "an organisation cannot be its own parent");
    }
  }

  /**
   * The id.
   *
   * @return the id
   */
  public OrganisationId id() {
    return id;
  }

  /**
   * What describes it.
   *
   * @return the profile
   */
  public OrganisationProfile profile() {
    return profile;
  }

  /**
   * The key of the name sort of an organisation look-up: the original name, {@linkplain
   * SearchFolding folded}.
   *
   * @return the folded original name
   */
  public String sortName() {
    return SearchFolding.fold(profile.name().original());
  }

  /**
   * The text an organisation look-up's text filter matches: the folded name in every language, the
   * folded acronym and the folded alternative names, joined by line feeds.
   *
   * @return the folded search text
   */
  public String searchText() {
    StringBuilder text = new StringBuilder(profile.name().folded());
    if (profile.acronym() != null) {
      text.append('\n').append(SearchFolding.fold(profile.acronym()));
    }
    for (String name : profile.alternativeNames()) {
      text.append('\n').append(SearchFolding.fold(name));
    }
    return text.toString();
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
    return o instanceof Organisation other
        && id.equals(other.id)
        && profile.equals(other.profile)
        && version == other.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, profile, version);
  }

  @Override
  public String toString() {
    return "Organisation[" + id + " " + profile.name() + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding an Organisation from what a store holds, and giving it
   * the version the store assigned. Part of the storage SPI (see {@code
   * io.github.coplan.port.storage}), not of the application API: nothing here checks the rules the
   * use cases keep.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * An organisation rebuilt from storage.
     *
     * @param id its id
     * @param profile what describes it
     * @param version its stored version, at least 1
     * @return the organisation
     */
    public static Organisation restore(
        OrganisationId id, OrganisationProfile profile, long version) {
      return new Organisation(id, profile, version);
    }

    /**
     * The organisation as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static Organisation withVersion(Organisation x, long newVersion) {
      return new Organisation(x.id, x.profile, newVersion);
    }
  }
}
