package io.github.coplan.domain.person;

import com.google.common.collect.ImmutableSortedSet;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What describes a person, apart from identity, affiliations and version.
 *
 * @param name the name as it should be shown; where a plan names someone only by position, that
 *     description ("Director, DOST HCMC")
 * @param country the person's country
 * @param expertise expertise tags, kept sorted, each at most {@link Texts#TOKEN_LIMIT} code points
 * @param contact how to reach the person (e-mail or phone), or null
 * @param consentToPublish whether the person agreed that their name may be published
 */
public record PersonProfile(
    String name,
    CountryCode country,
    Set<String> expertise,
    @Nullable String contact,
    boolean consentToPublish) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public PersonProfile {
    Validation v = new Validation();
    String rawName = name;
    name = v.check("name", () -> Texts.line("", rawName));
    v.required("country", country);
    List<String> tags = new ArrayList<>();
    if (v.elements("expertise", expertise) != null) {
      int i = 0;
      for (String tag : expertise) {
        int index = i++;
        if (tag != null) {
          tags.add(
              v.check(
                  "expertise[" + index + "]",
                  () -> Texts.check("", tag, Texts.TOKEN_LIMIT, false)));
        }
      }
    }
    if (contact != null) {
      String rawContact = contact;
      contact = v.check("contact", () -> Texts.check("", rawContact, Texts.TOKEN_LIMIT * 2, false));
    }
    v.throwIfAny();
    expertise = ImmutableSortedSet.copyOf(tags);
  }

  /**
   * A profile with no expertise, no contact and no consent to publish.
   *
   * @param name the name
   * @param country the country
   * @return the profile
   */
  public static PersonProfile of(String name, CountryCode country) {
    return new PersonProfile(name, country, Set.of(), null, false);
  }
}
