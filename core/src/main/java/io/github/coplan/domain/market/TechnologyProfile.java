package io.github.coplan.domain.market;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A technology or business offer or request of an organisation on the marketplace. Immutable:
 * changes return a new instance with the same id and version; the store gives it its next version.
 *
 * <p>Lifecycle: {@code DRAFT → PUBLISHED → CLOSED | WITHDRAWN}, and {@code DRAFT → WITHDRAWN}. A
 * published profile expires {@value #LIFETIME_DAYS} days after its publication day; it may be
 * extended once, by 1 to {@value #MAX_EXTENSION_DAYS} days, no earlier than {@value
 * #EXTENSION_WINDOW_DAYS} days before it expires. Expiry is computed from these dates whenever it
 * is asked ({@link #isLiveOn}); nothing runs to expire a profile. Its owner confirms now and then
 * that it is still current ({@link #confirm}); how long ago that was counts in matching.
 *
 * @since 0.3.0
 */
public final class TechnologyProfile {

  /** Days from publication to expiry, before any extension. */
  public static final int LIFETIME_DAYS = 365;

  /** The longest extension, in days. */
  public static final int MAX_EXTENSION_DAYS = 365;

  /** How many days before expiry a profile may be extended. */
  public static final int EXTENSION_WINDOW_DAYS = 30;

  private final ProfileId id;
  private final OrganisationId owner;
  private final PersonId contact;
  private final @Nullable PlanId plan;
  private final @Nullable Integer contentArea;
  private final ProfileContent content;
  private final ProfileStatus status;
  private final @Nullable LocalDate publishedOn;
  private final int extensionDays;
  private final @Nullable LocalDate confirmedOn;
  private final @Nullable LocalDate endedOn;
  private final long version;

  private TechnologyProfile(
      ProfileId id,
      OrganisationId owner,
      PersonId contact,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      ProfileContent content,
      ProfileStatus status,
      @Nullable LocalDate publishedOn,
      int extensionDays,
      @Nullable LocalDate confirmedOn,
      @Nullable LocalDate endedOn,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.contact = Objects.requireNonNull(contact, "contact");
    this.plan = plan;
    this.contentArea = contentArea;
    this.content = Objects.requireNonNull(content, "content");
    this.status = Objects.requireNonNull(status, "status");
    this.publishedOn = publishedOn;
    this.extensionDays = extensionDays;
    this.confirmedOn = confirmedOn;
    this.endedOn = endedOn;
    this.version = version;
  }

  /**
   * A new draft profile, not yet stored (version 0).
   *
   * @param id its id
   * @param owner the organisation it belongs to
   * @param contact the person to contact about it
   * @param plan the plan it is part of, or null
   * @param contentArea the number of the plan's content area it is part of, or null; only with a
   *     plan
   * @param content what it says
   * @return the draft
   * @throws InvalidInputException listing every missing part, or a content area without a plan
   */
  public static TechnologyProfile draft(
      @Nullable ProfileId id,
      @Nullable OrganisationId owner,
      @Nullable PersonId contact,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      @Nullable ProfileContent content) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("owner", owner);
    v.required("contact", contact);
    v.required("content", content);
    v.require(
        contentArea == null || plan != null,
        "contentArea",
        Violation.OUT_OF_RANGE,
        "a content area is a plan's: name the plan too");
    v.require(
        contentArea == null || contentArea >= 1,
        "contentArea",
        Violation.OUT_OF_RANGE,
        "content areas are numbered from 1, was " + contentArea);
    v.throwIfAny();
    return new TechnologyProfile(
        Validation.notNull("id", id),
        Validation.notNull("owner", owner),
        Validation.notNull("contact", contact),
        plan,
        contentArea,
        Validation.notNull("content", content),
        ProfileStatus.DRAFT,
        null,
        0,
        null,
        null,
        0);
  }

  /**
   * This profile with new content. A closed or withdrawn profile cannot change.
   *
   * @param newContent what it says now
   * @param newContact the person to contact now
   * @return the changed profile
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} if it is closed or
   *     withdrawn
   */
  public TechnologyProfile revise(ProfileContent newContent, PersonId newContact) {
    Validation v = new Validation();
    v.required("content", newContent);
    v.required("contact", newContact);
    v.throwIfAny();
    requireStatus("revise", ProfileStatus.DRAFT, ProfileStatus.PUBLISHED);
    return with(newContent, newContact, status, publishedOn, extensionDays, confirmedOn, endedOn);
  }

  /**
   * Publishes a draft: it is matched from that day, and expires {@value #LIFETIME_DAYS} days later.
   *
   * @param on the day of publication
   * @return the published profile, confirmed on that day
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} unless a draft
   */
  public TechnologyProfile publish(LocalDate on) {
    Validation.notNull("on", on);
    requireStatus("publish", ProfileStatus.DRAFT);
    return with(content, contact, ProfileStatus.PUBLISHED, on, 0, on, null);
  }

  /**
   * Extends a published profile, once, in the {@value #EXTENSION_WINDOW_DAYS} days before it
   * expires.
   *
   * @param on the day of the extension
   * @param days how many days, 1 to {@value #MAX_EXTENSION_DAYS}
   * @return the extended profile, also confirmed on that day
   * @throws InvalidInputException if the days are out of range, or the day is before publication
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} unless published,
   *     {@link RuleCode#PROFILE_EXPIRED} if it has expired on that day, {@link
   *     RuleCode#PROFILE_ALREADY_EXTENDED} if it was extended before, {@link
   *     RuleCode#PROFILE_EXTENSION_TOO_EARLY} if the day is earlier than the window
   */
  public TechnologyProfile extend(LocalDate on, int days) {
    Validation.notNull("on", on);
    if (days < 1 || days > MAX_EXTENSION_DAYS) {
      throw InvalidInputException.of(
          "days",
          Violation.OUT_OF_RANGE,
          "an extension is 1 to " + MAX_EXTENSION_DAYS + " days, was " + days);
    }
    LocalDate published = requireLive("extend", on);
    if (extensionDays > 0) {
      throw new RuleViolationException(
          RuleCode.PROFILE_ALREADY_EXTENDED,
          "profile " + id + " was extended already, by " + extensionDays + " days");
    }
    LocalDate expiry = expiry(published);
    LocalDate opens = expiry.minusDays(EXTENSION_WINDOW_DAYS);
    if (on.isBefore(opens)) {
      throw new RuleViolationException(
          RuleCode.PROFILE_EXTENSION_TOO_EARLY,
          "profile " + id + " expires on " + expiry + "; it may be extended from " + opens);
    }
    return with(content, contact, status, published, days, on, null);
  }

  /**
   * Confirms that a published profile is still current.
   *
   * @param on the day of the confirmation
   * @return the confirmed profile
   * @throws InvalidInputException if the day is before publication
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} unless published,
   *     {@link RuleCode#PROFILE_EXPIRED} if it has expired on that day
   */
  public TechnologyProfile confirm(LocalDate on) {
    Validation.notNull("on", on);
    LocalDate published = requireLive("confirm", on);
    return with(content, contact, status, published, extensionDays, on, null);
  }

  /**
   * Closes a published profile: what it sought was found, or is no longer sought.
   *
   * @param on the day
   * @return the closed profile
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} unless published
   */
  public TechnologyProfile close(LocalDate on) {
    Validation.notNull("on", on);
    requireStatus("close", ProfileStatus.PUBLISHED);
    return with(
        content, contact, ProfileStatus.CLOSED, publishedOn, extensionDays, confirmedOn, on);
  }

  /**
   * Withdraws a draft or a published profile.
   *
   * @param on the day
   * @return the withdrawn profile
   * @throws RuleViolationException {@link RuleCode#PROFILE_ILLEGAL_TRANSITION} if closed or
   *     withdrawn already
   */
  public TechnologyProfile withdraw(LocalDate on) {
    Validation.notNull("on", on);
    requireStatus("withdraw", ProfileStatus.DRAFT, ProfileStatus.PUBLISHED);
    return with(
        content, contact, ProfileStatus.WITHDRAWN, publishedOn, extensionDays, confirmedOn, on);
  }

  private void requireStatus(String action, ProfileStatus... allowed) {
    for (ProfileStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new RuleViolationException(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        "cannot " + action + " profile " + id + ": it is " + status);
  }

  /** Requires a published profile, live on the day; returns its publication day. */
  private LocalDate requireLive(String action, LocalDate on) {
    requireStatus(action, ProfileStatus.PUBLISHED);
    LocalDate published = Objects.requireNonNull(publishedOn, "a published profile has a day");
    if (on.isBefore(published)) {
      throw InvalidInputException.of(
          "on",
          Violation.OUT_OF_RANGE,
          "profile " + id + " was published on " + published + ", after " + on);
    }
    LocalDate expiry = expiry(published);
    if (!on.isBefore(expiry)) {
      throw new RuleViolationException(
          RuleCode.PROFILE_EXPIRED, "profile " + id + " expired on " + expiry);
    }
    return published;
  }

  private LocalDate expiry(LocalDate published) {
    return published.plusDays((long) LIFETIME_DAYS + extensionDays);
  }

  private TechnologyProfile with(
      ProfileContent newContent,
      PersonId newContact,
      ProfileStatus newStatus,
      @Nullable LocalDate newPublishedOn,
      int newExtensionDays,
      @Nullable LocalDate newConfirmedOn,
      @Nullable LocalDate newEndedOn) {
    return new TechnologyProfile(
        id,
        owner,
        newContact,
        plan,
        contentArea,
        newContent,
        newStatus,
        newPublishedOn,
        newExtensionDays,
        newConfirmedOn,
        newEndedOn,
        version);
  }

  /**
   * The first day on which a published profile is no longer live: {@value #LIFETIME_DAYS} days
   * after its publication, plus its extension. Empty for a profile never published.
   *
   * @return the expiry day, if published once
   */
  public java.util.Optional<LocalDate> expiresOn() {
    return publishedOn == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(expiry(publishedOn));
  }

  /**
   * Whether the profile is published and not expired on a day: it was published on or before it,
   * and it expires after it. Only live profiles are matched.
   *
   * @param day the day
   * @return whether it is live that day
   */
  public boolean isLiveOn(LocalDate day) {
    return status == ProfileStatus.PUBLISHED
        && publishedOn != null
        && !day.isBefore(publishedOn)
        && day.isBefore(expiry(publishedOn));
  }

  /**
   * The id.
   *
   * @return the id
   */
  public ProfileId id() {
    return id;
  }

  /**
   * The organisation it belongs to.
   *
   * @return the owner
   */
  public OrganisationId owner() {
    return owner;
  }

  /**
   * The person to contact about it.
   *
   * @return the contact
   */
  public PersonId contact() {
    return contact;
  }

  /**
   * The plan it is part of.
   *
   * @return the plan, or null
   */
  public @Nullable PlanId plan() {
    return plan;
  }

  /**
   * The number of the plan's content area it is part of.
   *
   * @return the content area, or null
   */
  public @Nullable Integer contentArea() {
    return contentArea;
  }

  /**
   * What it says.
   *
   * @return the content
   */
  public ProfileContent content() {
    return content;
  }

  /**
   * Its lifecycle status; see {@link #isLiveOn} for whether it is live on a day.
   *
   * @return the status
   */
  public ProfileStatus status() {
    return status;
  }

  /**
   * The day it was published.
   *
   * @return the day, or null if never published
   */
  public @Nullable LocalDate publishedOn() {
    return publishedOn;
  }

  /**
   * How many days it was extended by; 0 if it never was.
   *
   * @return the days
   */
  public int extensionDays() {
    return extensionDays;
  }

  /**
   * The last day its owner confirmed it current: its publication, extension or confirmation.
   *
   * @return the day, or null if never published
   */
  public @Nullable LocalDate confirmedOn() {
    return confirmedOn;
  }

  /**
   * The day it was closed or withdrawn.
   *
   * @return the day, or null
   */
  public @Nullable LocalDate endedOn() {
    return endedOn;
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
    return o instanceof TechnologyProfile p
        && id.equals(p.id)
        && owner.equals(p.owner)
        && contact.equals(p.contact)
        && Objects.equals(plan, p.plan)
        && Objects.equals(contentArea, p.contentArea)
        && content.equals(p.content)
        && status == p.status
        && Objects.equals(publishedOn, p.publishedOn)
        && extensionDays == p.extensionDays
        && Objects.equals(confirmedOn, p.confirmedOn)
        && Objects.equals(endedOn, p.endedOn)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, content, status, publishedOn, confirmedOn, version);
  }

  @Override
  public String toString() {
    return "TechnologyProfile[" + id + " " + content.kind() + " " + status + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding a profile from what a store holds, and giving it the
   * version the store assigned. Part of the storage SPI, not of the application API: nothing here
   * checks the rules the use cases keep.
   *
   * @since 0.3.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * A profile rebuilt from storage.
     *
     * @param id its id
     * @param owner its owner
     * @param contact its contact
     * @param plan its plan, or null
     * @param contentArea its content area, or null
     * @param content what it says
     * @param status its status
     * @param publishedOn its publication day, or null
     * @param extensionDays its extension in days
     * @param confirmedOn its last confirmation, or null
     * @param endedOn the day it was closed or withdrawn, or null
     * @param version its stored version, at least 1
     * @return the profile
     */
    public static TechnologyProfile restore(
        ProfileId id,
        OrganisationId owner,
        PersonId contact,
        @Nullable PlanId plan,
        @Nullable Integer contentArea,
        ProfileContent content,
        ProfileStatus status,
        @Nullable LocalDate publishedOn,
        int extensionDays,
        @Nullable LocalDate confirmedOn,
        @Nullable LocalDate endedOn,
        long version) {
      return new TechnologyProfile(
          id,
          owner,
          contact,
          plan,
          contentArea,
          content,
          status,
          publishedOn,
          extensionDays,
          confirmedOn,
          endedOn,
          version);
    }

    /**
     * The profile as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static TechnologyProfile withVersion(TechnologyProfile x, long newVersion) {
      return new TechnologyProfile(
          x.id,
          x.owner,
          x.contact,
          x.plan,
          x.contentArea,
          x.content,
          x.status,
          x.publishedOn,
          x.extensionDays,
          x.confirmedOn,
          x.endedOn,
          newVersion);
    }
  }
}
