package io.github.coplan.domain.activity;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Where a stop of an itinerary takes place: a city in a country, with the time zone its local times
 * are read in.
 *
 * <p>The zone is a region of the IANA time-zone database ({@code Asia/Jerusalem}, {@code
 * Asia/Ho_Chi_Minh}), not a fixed offset: its rules know the place's daylight-saving changes, so
 * that "10:00 on 28 October 2018 in Jerusalem" is read with the offset that held on that day.
 *
 * @param city the city
 * @param country the country
 * @param zone the time zone of the place, a region
 * @param venue the venue (a building, a campus), or null
 * @since 0.4.0
 */
public record Place(String city, CountryCode country, ZoneId zone, @Nullable String venue) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: a missing
   *     part, a refused text, or a zone that is a fixed offset ({@code out-of-range})
   */
  public Place {
    Validation v = new Validation();
    String rawCity = city;
    city = v.check("city", () -> Texts.line("", rawCity));
    if (venue != null) {
      String rawVenue = venue;
      venue = v.check("venue", () -> Texts.line("", rawVenue));
    }
    v.required("country", country);
    v.required("zone", zone);
    v.require(
        !(zone instanceof ZoneOffset),
        "zone",
        Violation.OUT_OF_RANGE,
        "a place's time zone is a region such as Asia/Jerusalem, not the fixed offset " + zone);
    v.throwIfAny();
  }

  /**
   * A city, without a venue.
   *
   * @param city the city
   * @param country the country
   * @param zone the time zone of the place
   * @return the place
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public static Place of(String city, CountryCode country, ZoneId zone) {
    return new Place(city, country, zone, null);
  }

  /**
   * The same city with a venue.
   *
   * @param newVenue the venue
   * @return the place
   * @throws io.github.coplan.domain.error.InvalidInputException if the venue is refused
   */
  public Place at(String newVenue) {
    return new Place(city, country, zone, Validation.notNull("venue", newVenue));
  }
}
