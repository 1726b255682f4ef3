package io.github.coplan.domain.organisation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What describes an organisation: everything but its identity and version.
 *
 * @param name the name, a single line per language
 * @param acronym the acronym, for example {@code "IIA"}, or null
 * @param alternativeNames other names it is known by, in order
 * @param type the IATI organisation type
 * @param country where it is based
 * @param parent the organisation it belongs to, or null
 * @param identifiers its external identifiers, each unique in a store
 * @param website its web site (http or https), or null
 */
public record OrganisationProfile(
    LocalizedText name,
    @Nullable String acronym,
    List<String> alternativeNames,
    OrganisationType type,
    CountryCode country,
    @Nullable OrganisationId parent,
    Set<ExternalIdentifier> identifiers,
    @Nullable URI website) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public OrganisationProfile {
    Validation v = new Validation();
    if (v.required("name", name) != null) {
      v.check("name", () -> name.requireLine("", Texts.LINE_LIMIT));
    }
    if (acronym != null) {
      String raw = acronym;
      acronym = v.check("acronym", () -> Texts.check("", raw, Texts.TOKEN_LIMIT, false));
    }
    List<String> names = new ArrayList<>();
    if (v.elements("alternativeNames", alternativeNames) != null) {
      for (int i = 0; i < alternativeNames.size(); i++) {
        String raw = alternativeNames.get(i);
        if (raw != null) {
          names.add(v.check("alternativeNames[" + i + "]", () -> Texts.line("", raw)));
        }
      }
    }
    v.required("type", type);
    v.required("country", country);
    v.elements("identifiers", identifiers);
    URI rawWebsite = website;
    website = rawWebsite == null ? null : v.check("website", () -> checkWebsite(rawWebsite));
    v.throwIfAny();
    alternativeNames = ImmutableList.copyOf(names);
    identifiers = ImmutableSet.copyOf(new LinkedHashSet<>(identifiers));
  }

  /**
   * A builder, for the many optional parts.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static URI checkWebsite(URI website) {
    String scheme = website.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || website.getHost() == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "", Violation.MALFORMED, "a web site needs an http or https address with a host");
    }
    if (website.toString().length() > 2000) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "", Violation.TOO_LONG, "a web address is limited to 2000 characters");
    }
    return website;
  }

  /** Builds an {@link OrganisationProfile}; not thread-safe. */
  public static final class Builder {
    private @Nullable LocalizedText name;
    private @Nullable String acronym;
    private final List<String> alternativeNames = new ArrayList<>();
    private @Nullable OrganisationType type;
    private @Nullable CountryCode country;
    private @Nullable OrganisationId parent;
    private final Set<ExternalIdentifier> identifiers = new LinkedHashSet<>();
    private @Nullable URI website;

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the acronym.
     *
     * @param acronym the acronym
     * @return this builder
     */
    public Builder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    /**
     * Adds an alternative name.
     *
     * @param alternativeName another name
     * @return this builder
     */
    public Builder alternativeName(String alternativeName) {
      this.alternativeNames.add(alternativeName);
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type the IATI organisation type
     * @return this builder
     */
    public Builder type(OrganisationType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the country.
     *
     * @param country the country
     * @return this builder
     */
    public Builder country(CountryCode country) {
      this.country = country;
      return this;
    }

    /**
     * Sets the parent organisation.
     *
     * @param parent the parent, or null
     * @return this builder
     */
    public Builder parent(@Nullable OrganisationId parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Adds an external identifier.
     *
     * @param identifier the identifier
     * @return this builder
     */
    public Builder identifier(ExternalIdentifier identifier) {
      this.identifiers.add(identifier);
      return this;
    }

    /**
     * Sets the web site.
     *
     * @param website the address, or null
     * @return this builder
     */
    public Builder website(@Nullable URI website) {
      this.website = website;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the validated profile
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    // a part not set is null: the constructor refuses each with a 'required' violation, all at once
    @SuppressWarnings("NullAway")
    public OrganisationProfile build() {
      return new OrganisationProfile(
          name, acronym, alternativeNames, type, country, parent, identifiers, website);
    }
  }
}
