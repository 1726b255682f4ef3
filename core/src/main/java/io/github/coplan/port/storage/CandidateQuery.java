package io.github.coplan.port.storage;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a store retrieves as candidates for matching a profile ({@link
 * MarketRepository#candidates}): the profiles that pass the hard criteria and share a category or a
 * keyword with the subject, ranked coarsely; the use case then scores only these. Build one with
 * {@link #of}.
 *
 * <p>The retrieval, which every store answers alike:
 *
 * <ol>
 *   <li><b>Keys.</b> Each of {@code categories} is a key matching the profiles filed under that
 *       category; each of {@code keywords} a key matching the profiles with that folded keyword.
 *   <li><b>Postings.</b> For each key, the at most {@code perKey} profiles it matches that are of
 *       one of {@code kinds}, {@linkplain TechnologyProfile#isLiveOn live} on {@code asOf}, and not
 *       of {@code excludedOwner}: the most recently {@linkplain TechnologyProfile#confirmedOn
 *       confirmed} first, ties by id text ascending.
 *   <li><b>Filter.</b> Of the union of the postings, those other than the subject, that seek {@code
 *       requiredPartnership} when it is given, that target {@code requesterCountry} (or no country)
 *       when it is given, and whose owner's country is in {@code ownerCountries} when it is not
 *       empty.
 *   <li><b>Rank.</b> By {@value #CATEGORY_WEIGHT} per category key and {@value #KEYWORD_WEIGHT} per
 *       keyword key they were posted under, descending; then most recently confirmed; then id text
 *       ascending. The first {@code limit}.
 * </ol>
 *
 * <p>The postings bound the work of one retrieval, whatever the size of the market: a key shared by
 * more than {@code perKey} live profiles yields its most recently confirmed ones. A profile that
 * shares neither a category nor a keyword with the subject is never a candidate; one that shares
 * only a parent or a root category must share a keyword.
 *
 * @param subject the profile matched
 * @param excludedOwner its owner, whose profiles are never candidates
 * @param kinds the kinds of candidate wanted
 * @param requiredPartnership a partnership type a candidate must seek, or null
 * @param requesterCountry a country a candidate must target, unless it targets none; or null
 * @param ownerCountries the countries a candidate's owner must be in; empty for any
 * @param asOf the day of matching
 * @param categories the category keys
 * @param keywords the folded keyword keys
 * @param perKey the most postings of one key, at least 1
 * @param limit the most candidates, at least 1
 * @since 0.3.0
 */
public record CandidateQuery(
    ProfileId subject,
    OrganisationId excludedOwner,
    Set<ProfileKind> kinds,
    @Nullable PartnershipType requiredPartnership,
    @Nullable CountryCode requesterCountry,
    Set<CountryCode> ownerCountries,
    LocalDate asOf,
    List<CategoryCode> categories,
    List<String> keywords,
    int perKey,
    int limit) {

  /** The rank a category key adds. */
  public static final int CATEGORY_WEIGHT = 3;

  /** The rank a keyword key adds. */
  public static final int KEYWORD_WEIGHT = 2;

  /** The postings of one key that {@link #of} asks for. */
  public static final int DEFAULT_PER_KEY = 400;

  /**
   * Validates every part and copies the collections.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public CandidateQuery {
    Validation v = new Validation();
    v.required("subject", subject);
    v.required("excludedOwner", excludedOwner);
    v.elements("kinds", kinds);
    v.elements("ownerCountries", ownerCountries);
    v.required("asOf", asOf);
    v.elements("categories", categories);
    v.elements("keywords", keywords);
    v.require(perKey >= 1, "perKey", Violation.OUT_OF_RANGE, "at least 1, was " + perKey);
    v.require(limit >= 1, "limit", Violation.OUT_OF_RANGE, "at least 1, was " + limit);
    v.throwIfAny();
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    ownerCountries = Set.copyOf(ownerCountries);
    categories = List.copyOf(categories);
    keywords = List.copyOf(keywords);
  }

  /**
   * The retrieval for matching a profile, by the hard criteria of {@link
   * io.github.coplan.domain.market.Matching}: complementary kinds (a research-and-development
   * request wants technology offers that seek research cooperation; a technology offer wants
   * research requests only if it seeks research cooperation itself), the requester's country among
   * an offer's targets, other owners.
   *
   * @param subject the profile matched
   * @param ownerCountry the country of its owner
   * @param asOf the day of matching
   * @param perKey the most postings of one key
   * @param limit the most candidates
   * @return the query
   */
  public static CandidateQuery of(
      TechnologyProfile subject, CountryCode ownerCountry, LocalDate asOf, int perKey, int limit) {
    Validation v = new Validation();
    v.required("subject", subject);
    v.required("ownerCountry", ownerCountry);
    v.throwIfAny();
    ProfileKind kind = subject.content().kind();
    Set<PartnershipType> partnerships = subject.content().partnerships();
    EnumSet<ProfileKind> kinds = EnumSet.noneOf(ProfileKind.class);
    for (ProfileKind k : kind.complementary()) {
      if (k != ProfileKind.RESEARCH_REQUEST
          || partnerships.contains(PartnershipType.RESEARCH_COOPERATION)) {
        kinds.add(k);
      }
    }
    boolean asks = kind.isRequest();
    return new CandidateQuery(
        subject.id(),
        subject.owner(),
        kinds,
        kind == ProfileKind.RESEARCH_REQUEST ? PartnershipType.RESEARCH_COOPERATION : null,
        asks ? ownerCountry : null,
        asks ? Set.of() : subject.content().targetCountries(),
        asOf,
        subject.content().categories(),
        subject.content().foldedKeywords(),
        perKey,
        limit);
  }
}
