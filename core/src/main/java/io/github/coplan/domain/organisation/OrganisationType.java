package io.github.coplan.domain.organisation;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;

/** The kind of an organisation, by the IATI OrganisationType code list. */
public enum OrganisationType {
  /** Government (IATI 10). */
  GOVERNMENT(10),
  /** Local government (IATI 11). */
  LOCAL_GOVERNMENT(11),
  /** Other public sector (IATI 15). */
  OTHER_PUBLIC_SECTOR(15),
  /** International NGO (IATI 21). */
  INTERNATIONAL_NGO(21),
  /** National NGO (IATI 22). */
  NATIONAL_NGO(22),
  /** Regional NGO (IATI 23). */
  REGIONAL_NGO(23),
  /** Partner country based NGO (IATI 24). */
  PARTNER_COUNTRY_NGO(24),
  /** Public private partnership (IATI 30). */
  PUBLIC_PRIVATE_PARTNERSHIP(30),
  /** Multilateral (IATI 40). */
  MULTILATERAL(40),
  /** Foundation (IATI 60). */
  FOUNDATION(60),
  /** Private sector (IATI 70). */
  PRIVATE_SECTOR(70),
  /** Private sector in provider country (IATI 71). */
  PRIVATE_SECTOR_PROVIDER_COUNTRY(71),
  /** Private sector in aid recipient country (IATI 72). */
  PRIVATE_SECTOR_RECIPIENT_COUNTRY(72),
  /** Private sector in third country (IATI 73). */
  PRIVATE_SECTOR_THIRD_COUNTRY(73),
  /** Academic, training and research (IATI 80). */
  ACADEMIC(80),
  /** Other (IATI 90). */
  OTHER(90);

  private final int iatiCode;

  OrganisationType(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The IATI code.
   *
   * @return for example 11 for local government
   */
  public int iatiCode() {
    return iatiCode;
  }

  /**
   * The type for an IATI code.
   *
   * @param code an IATI OrganisationType code
   * @return the type
   * @throws InvalidInputException if the code is not in the list
   */
  public static OrganisationType ofIatiCode(int code) {
    for (OrganisationType t : values()) {
      if (t.iatiCode == code) {
        return t;
      }
    }
    throw InvalidInputException.of(
        "type", Violation.OUT_OF_RANGE, "not an IATI organisation type code: " + code);
  }
}
