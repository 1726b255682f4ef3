package io.github.coplan.domain.activity;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What describes an activity, apart from its identity, plan, parent, participations and lifecycle.
 *
 * @param contentArea the number of the plan's content area it serves
 * @param type what kind of activity it is
 * @param title the title, a single line per language
 * @param description a description, or null
 * @param planned when it is planned, as the plan states it
 * @param location where, or null while unknown
 * @param leadParty the party that leads it, or null
 */
public record ActivityDetails(
    int contentArea,
    ActivityType type,
    LocalizedText title,
    @Nullable LocalizedText description,
    DateSpan planned,
    @Nullable Location location,
    @Nullable OrganisationId leadParty) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ActivityDetails {
    validate(contentArea, type, title, planned);
  }

  /** Checks every part; a null content area is one the builder was never given. */
  private static void validate(
      @Nullable Integer contentArea,
      @Nullable ActivityType type,
      @Nullable LocalizedText title,
      @Nullable DateSpan planned) {
    Validation v = new Validation();
    v.required("contentArea", contentArea);
    if (contentArea != null) {
      v.require(
          contentArea >= 1 && contentArea <= 999,
          "contentArea",
          Violation.OUT_OF_RANGE,
          "a content area number is 1 to 999");
    }
    v.required("type", type);
    v.required("title", title);
    if (title != null) {
      v.check("title", () -> title.requireLine("", Texts.LINE_LIMIT));
    }
    v.required("planned", planned);
    v.throwIfAny();
  }

  /**
   * A builder, for the optional parts.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these details, to change some of them.
   *
   * @return a filled builder
   */
  public Builder toBuilder() {
    return new Builder()
        .contentArea(contentArea)
        .type(type)
        .title(title)
        .description(description)
        .planned(planned)
        .location(location)
        .leadParty(leadParty);
  }

  /** Builds {@link ActivityDetails}; not thread-safe. */
  public static final class Builder {
    private @Nullable Integer contentArea;
    private @Nullable ActivityType type;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private @Nullable DateSpan planned;
    private @Nullable Location location;
    private @Nullable OrganisationId leadParty;

    private Builder() {}

    /**
     * Sets the content-area number.
     *
     * @param number the number
     * @return this builder
     */
    public Builder contentArea(int number) {
      this.contentArea = number;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(ActivityType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the planned span.
     *
     * @param planned the span
     * @return this builder
     */
    public Builder planned(DateSpan planned) {
      this.planned = planned;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param location the location, or null
     * @return this builder
     */
    public Builder location(@Nullable Location location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the lead party.
     *
     * @param leadParty the party's organisation, or null
     * @return this builder
     */
    public Builder leadParty(@Nullable OrganisationId leadParty) {
      this.leadParty = leadParty;
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the validated details
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation; a
     *     content area never set is {@code contentArea:required}
     */
    // a part not set is null: the constructor refuses each with a 'required' violation, all at once
    @SuppressWarnings("NullAway")
    public ActivityDetails build() {
      if (contentArea == null) {
        validate(null, type, title, planned);
      }
      return new ActivityDetails(
          contentArea, type, title, description, planned, location, leadParty);
    }
  }
}
