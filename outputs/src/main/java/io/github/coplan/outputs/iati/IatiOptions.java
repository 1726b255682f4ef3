package io.github.coplan.outputs.iati;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.outputs.support.Required;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an IATI export needs that a plan does not hold: who reports it, its sectors and recipient
 * countries, the file's default language and the clock that says what today is. Immutable; built
 * with {@link #builder(OrganisationId)}.
 *
 * <p>The organisation identifiers come from the organisations' {@link
 * io.github.coplan.domain.organisation.ExternalIdentifier}s in the scheme {@value #IATI_SCHEME};
 * the reporting organisation's may be given here instead.
 */
public final class IatiOptions {

  /** The identifier scheme whose value is an organisation's IATI organisation identifier. */
  public static final String IATI_SCHEME = "IATI";

  /** The DAC 5-digit sector vocabulary, IATI's default. */
  public static final String DAC_5_DIGIT = "1";

  private final OrganisationId reportingOrganisation;
  private final @Nullable String reportingOrganisationIdentifier;
  private final List<Sector> sectors;
  private final List<RecipientCountry> recipientCountries;
  private final @Nullable String language;
  private final Clock clock;

  private IatiOptions(Builder b) {
    this.reportingOrganisation = b.reportingOrganisation;
    this.reportingOrganisationIdentifier = b.reportingOrganisationIdentifier;
    this.sectors = List.copyOf(b.sectors);
    this.recipientCountries = List.copyOf(b.recipientCountries);
    this.language = b.language;
    this.clock = b.clock;
  }

  /**
   * A builder for the options of an organisation's reports.
   *
   * @param reportingOrganisation the organisation that publishes the file, registered in Coplan
   * @return a builder with no sector, no recipient country, the plan title's language and the
   *     system clock in UTC
   * @throws InvalidInputException if the organisation is null
   */
  public static Builder builder(@Nullable OrganisationId reportingOrganisation) {
    return new Builder(Required.of("reportingOrganisation", reportingOrganisation));
  }

  /**
   * The organisation that publishes the file.
   *
   * @return its id
   */
  public OrganisationId reportingOrganisation() {
    return reportingOrganisation;
  }

  /**
   * The reporting organisation's IATI identifier when given here, which then wins over its stored
   * one.
   *
   * @return the identifier, or null to take the stored one
   */
  public @Nullable String reportingOrganisationIdentifier() {
    return reportingOrganisationIdentifier;
  }

  /**
   * The sectors of every activity written.
   *
   * @return the sectors, in order
   */
  public List<Sector> sectors() {
    return sectors;
  }

  /**
   * The recipient countries of every activity written.
   *
   * @return the countries, in order
   */
  public List<RecipientCountry> recipientCountries() {
    return recipientCountries;
  }

  /**
   * The file's default language ({@code xml:lang} of each activity).
   *
   * @return a language tag, or null for the original language of the plan's title
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * What says what today is: actual dates after today are not written.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * A sector, in a vocabulary of IATI's SectorVocabulary code list.
   *
   * @param vocabulary the vocabulary's code, {@value IatiOptions#DAC_5_DIGIT} for DAC 5-digit
   *     purpose codes
   * @param code the sector's code in that vocabulary, such as {@code "32182"} (technological
   *     research and development)
   * @param percentage its share, from 0 to 100, or null when it is the only sector
   */
  public record Sector(String vocabulary, String code, @Nullable BigDecimal percentage) {

    /**
     * Validates every part.
     *
     * @throws InvalidInputException if the vocabulary or code is null or blank, or the percentage
     *     is outside 0–100
     */
    public Sector {
      List<Violation> found = new ArrayList<>();
      vocabulary = token("vocabulary", vocabulary, found);
      code = token("code", code, found);
      checkPercentage(percentage, found);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
    }
  }

  /**
   * A recipient country.
   *
   * @param country the country
   * @param percentage its share, from 0 to 100, or null when it is the only country
   */
  public record RecipientCountry(CountryCode country, @Nullable BigDecimal percentage) {

    /**
     * Validates every part.
     *
     * @throws InvalidInputException if the country is null or the percentage is outside 0–100
     */
    public RecipientCountry {
      List<Violation> found = new ArrayList<>();
      if (country == null) {
        found.add(new Violation("country", Violation.REQUIRED, "country is required"));
      }
      checkPercentage(percentage, found);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
    }
  }

  private static String token(String path, @Nullable String text, List<Violation> found) {
    if (text == null) {
      found.add(new Violation(path, Violation.REQUIRED, path + " is required"));
      return "";
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      found.add(new Violation(path, Violation.BLANK, path + " is blank"));
    } else if (trimmed.codePoints().anyMatch(Character::isWhitespace)) {
      found.add(new Violation(path, Violation.MALFORMED, path + " is one word: " + trimmed));
    }
    return trimmed;
  }

  private static void checkPercentage(@Nullable BigDecimal percentage, List<Violation> found) {
    if (percentage != null
        && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
      found.add(
          new Violation(
              "percentage",
              Violation.OUT_OF_RANGE,
              "a percentage is from 0 to 100, not " + percentage.toPlainString()));
    }
  }

  /** Builds {@link IatiOptions}. Not thread-safe. */
  public static final class Builder {

    private final OrganisationId reportingOrganisation;
    private @Nullable String reportingOrganisationIdentifier;
    private final List<Sector> sectors = new ArrayList<>();
    private final List<RecipientCountry> recipientCountries = new ArrayList<>();
    private @Nullable String language;
    private Clock clock = Clock.systemUTC();

    private Builder(OrganisationId reportingOrganisation) {
      this.reportingOrganisation = reportingOrganisation;
    }

    /**
     * Gives the reporting organisation's IATI organisation identifier, instead of the one stored in
     * its profile under the scheme {@value IatiOptions#IATI_SCHEME}.
     *
     * @param identifier the identifier, such as {@code "XM-DAC-41114"}
     * @return this builder
     * @throws InvalidInputException if it is null, blank or holds white space
     */
    public Builder reportingOrganisationIdentifier(@Nullable String identifier) {
      List<Violation> found = new ArrayList<>();
      String token = token("reportingOrganisationIdentifier", identifier, found);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      this.reportingOrganisationIdentifier = token;
      return this;
    }

    /**
     * Adds a DAC 5-digit sector, with no percentage.
     *
     * @param code the purpose code, such as {@code "32182"}
     * @return this builder
     * @throws InvalidInputException if the code is null or blank
     */
    public Builder sector(@Nullable String code) {
      return sector(new Sector(DAC_5_DIGIT, Required.of("code", code), null));
    }

    /**
     * Adds a sector.
     *
     * @param sector the sector
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder sector(@Nullable Sector sector) {
      sectors.add(Required.of("sector", sector));
      return this;
    }

    /**
     * Adds a recipient country, with no percentage.
     *
     * @param country the country
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder recipientCountry(@Nullable CountryCode country) {
      return recipientCountry(new RecipientCountry(Required.of("country", country), null));
    }

    /**
     * Adds a recipient country.
     *
     * @param country the country and its share
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder recipientCountry(@Nullable RecipientCountry country) {
      recipientCountries.add(Required.of("recipientCountry", country));
      return this;
    }

    /**
     * Sets the file's default language.
     *
     * @param language a language tag, such as {@code "en"} or {@code "vi"}
     * @return this builder
     * @throws InvalidInputException if it is null or not a language tag
     */
    public Builder language(@Nullable String language) {
      this.language = LocalizedText.languageTag(Required.of("language", language));
      return this;
    }

    /**
     * Sets the clock that says what today is.
     *
     * @param clock the clock; its zone gives the day
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = Required.of("clock", clock);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public IatiOptions build() {
      return new IatiOptions(this);
    }
  }
}
