package io.github.coplan.domain.market;

import java.util.Set;

/**
 * What a technology profile offers or asks for.
 *
 * @since 0.3.0
 */
public enum ProfileKind {
  /** A technology for licensing, joint development or sale. */
  TECHNOLOGY_OFFER,
  /** A technology being looked for. */
  TECHNOLOGY_REQUEST,
  /** A product or service offered to business partners (distribution, supply, outsourcing). */
  BUSINESS_OFFER,
  /** Business partners being looked for. */
  BUSINESS_REQUEST,
  /** Partners being looked for a research-and-development project. */
  RESEARCH_REQUEST;

  /**
   * Whether profiles of this kind ask for something, rather than offer it.
   *
   * @return true for the requests
   */
  public boolean isRequest() {
    return this == TECHNOLOGY_REQUEST || this == BUSINESS_REQUEST || this == RESEARCH_REQUEST;
  }

  /**
   * The kinds a profile of this kind is matched with: offers with requests of the same sort, and a
   * research-and-development request with the technology offers that seek {@linkplain
   * PartnershipType#RESEARCH_COOPERATION research cooperation} (the latter condition is on the
   * offer, see {@link #complements(ProfileKind, java.util.Set)}).
   *
   * @return the complementary kinds
   */
  public Set<ProfileKind> complementary() {
    return switch (this) {
      case TECHNOLOGY_OFFER -> Set.of(TECHNOLOGY_REQUEST, RESEARCH_REQUEST);
      case TECHNOLOGY_REQUEST -> Set.of(TECHNOLOGY_OFFER);
      case BUSINESS_OFFER -> Set.of(BUSINESS_REQUEST);
      case BUSINESS_REQUEST -> Set.of(BUSINESS_OFFER);
      case RESEARCH_REQUEST -> Set.of(TECHNOLOGY_OFFER);
    };
  }

  /**
   * Whether a profile of this kind and one of another kind complement each other: their kinds are
   * {@linkplain #complementary complementary}, and when one is a research-and-development request,
   * the offer seeks research cooperation.
   *
   * @param other the other profile's kind
   * @param offerPartnerships the partnership types the offer of the pair seeks
   * @return whether they can be matched
   */
  public boolean complements(ProfileKind other, Set<PartnershipType> offerPartnerships) {
    if (!complementary().contains(other)) {
      return false;
    }
    return (this != RESEARCH_REQUEST && other != RESEARCH_REQUEST)
        || offerPartnerships.contains(PartnershipType.RESEARCH_COOPERATION);
  }
}
