package io.github.coplan.domain.activity;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Where an activity takes place: a country, city and venue, or online, or both (hybrid).
 *
 * @param country the country, or null for an online-only activity
 * @param city the city, or null
 * @param venue the venue, or null
 * @param online whether people take part online
 */
public record Location(
    @Nullable CountryCode country, @Nullable String city, @Nullable String venue, boolean online) {

  /**
   * Validates every part: a location has a country or is online; a city or venue needs a country.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public Location {
    Validation v = new Validation();
    if (city != null) {
      String raw = city;
      city = v.check("city", () -> Texts.line("", raw));
    }
    if (venue != null) {
      String raw = venue;
      venue = v.check("venue", () -> Texts.line("", raw));
    }
    v.require(
        country != null || online,
        "country",
        Violation.REQUIRED,
        "a location has a country or is online");
    v.require(
        country != null || (city == null && venue == null),
        "country",
        Violation.REQUIRED,
        "a city or venue needs a country");
    v.throwIfAny();
  }

  /**
   * A place in a city.
   *
   * @param country the country
   * @param city the city
   * @return the location
   */
  public static Location city(CountryCode country, String city) {
    return new Location(country, city, null, false);
  }

  /**
   * Online only.
   *
   * @return the location
   */
  public static Location onlineOnly() {
    return new Location(null, null, null, true);
  }
}
