package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.ProfileId;
import org.jspecify.annotations.Nullable;

/**
 * Moves a technology profile through its lifecycle (see {@link
 * io.github.coplan.domain.market.TechnologyProfile}), on the clock's day: one record per step.
 * Build them with the factories ({@code ChangeProfileStatus.publish(id)}) and add {@code
 * .expecting(version)} where an edit screen must not overwrite a newer change. Whether the step is
 * allowed is decided when the command runs ({@link
 * io.github.coplan.domain.error.RuleViolationException}).
 *
 * @since 0.3.0
 */
public sealed interface ChangeProfileStatus
    permits ChangeProfileStatus.Publish,
        ChangeProfileStatus.Extend,
        ChangeProfileStatus.Confirm,
        ChangeProfileStatus.Close,
        ChangeProfileStatus.Withdraw {

  /**
   * Which profile.
   *
   * @return the profile's id
   */
  ProfileId profile();

  /**
   * The version the change is based on.
   *
   * @return the version, or null to change whatever version is stored
   */
  @Nullable Long expectedVersion();

  /**
   * DRAFT → PUBLISHED.
   *
   * @param profile which profile
   * @return the command
   */
  static Publish publish(ProfileId profile) {
    return new Publish(profile, null);
  }

  /**
   * Extends a published profile, once, in the 30 days before it expires.
   *
   * @param profile which profile
   * @param days by how many days, 1 to 365
   * @return the command
   */
  static Extend extend(ProfileId profile, int days) {
    return new Extend(profile, days, null);
  }

  /**
   * Confirms a published profile current.
   *
   * @param profile which profile
   * @return the command
   */
  static Confirm confirm(ProfileId profile) {
    return new Confirm(profile, null);
  }

  /**
   * PUBLISHED → CLOSED.
   *
   * @param profile which profile
   * @return the command
   */
  static Close close(ProfileId profile) {
    return new Close(profile, null);
  }

  /**
   * DRAFT or PUBLISHED → WITHDRAWN.
   *
   * @param profile which profile
   * @return the command
   */
  static Withdraw withdraw(ProfileId profile) {
    return new Withdraw(profile, null);
  }

  /**
   * DRAFT → PUBLISHED.
   *
   * @param profile which profile
   * @param expectedVersion the version the change is based on, or null
   */
  record Publish(ProfileId profile, @Nullable Long expectedVersion) implements ChangeProfileStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Publish {
      check(profile, expectedVersion);
    }

    /**
     * This command, refused if the profile's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Publish expecting(long version) {
      return new Publish(profile, version);
    }
  }

  /**
   * Extends a published profile.
   *
   * @param profile which profile
   * @param days by how many days, 1 to 365
   * @param expectedVersion the version the change is based on, or null
   */
  record Extend(ProfileId profile, int days, @Nullable Long expectedVersion)
      implements ChangeProfileStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Extend {
      Validation v = new Validation();
      v.required("profile", profile);
      v.require(
          days >= 1 && days <= io.github.coplan.domain.market.TechnologyProfile.MAX_EXTENSION_DAYS,
          "days",
          io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
          "an extension is 1 to 365 days, was " + days);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the profile's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Extend expecting(long version) {
      return new Extend(profile, days, version);
    }
  }

  /**
   * Confirms a published profile current.
   *
   * @param profile which profile
   * @param expectedVersion the version the change is based on, or null
   */
  record Confirm(ProfileId profile, @Nullable Long expectedVersion) implements ChangeProfileStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Confirm {
      check(profile, expectedVersion);
    }

    /**
     * This command, refused if the profile's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Confirm expecting(long version) {
      return new Confirm(profile, version);
    }
  }

  /**
   * PUBLISHED → CLOSED.
   *
   * @param profile which profile
   * @param expectedVersion the version the change is based on, or null
   */
  record Close(ProfileId profile, @Nullable Long expectedVersion) implements ChangeProfileStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Close {
      check(profile, expectedVersion);
    }

    /**
     * This command, refused if the profile's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Close expecting(long version) {
      return new Close(profile, version);
    }
  }

  /**
   * DRAFT or PUBLISHED → WITHDRAWN.
   *
   * @param profile which profile
   * @param expectedVersion the version the change is based on, or null
   */
  record Withdraw(ProfileId profile, @Nullable Long expectedVersion)
      implements ChangeProfileStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Withdraw {
      check(profile, expectedVersion);
    }

    /**
     * This command, refused if the profile's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Withdraw expecting(long version) {
      return new Withdraw(profile, version);
    }
  }

  private static void check(@Nullable ProfileId profile, @Nullable Long expectedVersion) {
    Validation v = new Validation();
    v.required("profile", profile);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }
}
