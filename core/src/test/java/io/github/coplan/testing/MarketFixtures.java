package io.github.coplan.testing;

import static io.github.coplan.testing.Fixtures.vi;

import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Values of the technology marketplace shared by the unit tests: a small water taxonomy, contents
 * of each kind and profiles restored in any state.
 *
 * <p>The taxonomy: {@code 02} water, its children {@code 02006} treatment and {@code 02007}
 * sensors, the grandchildren {@code 02006003} membranes and {@code 02006004} UV; {@code 03}
 * agriculture with its child {@code 03001} precision farming.
 */
public final class MarketFixtures {

  /** Water: a root. */
  public static final CategoryCode WATER = CategoryCode.of("02");

  /** Water treatment, under water. */
  public static final CategoryCode TREATMENT = CategoryCode.of("02006");

  /** Water sensors, under water. */
  public static final CategoryCode SENSORS = CategoryCode.of("02007");

  /** Membranes, under treatment. */
  public static final CategoryCode MEMBRANE = CategoryCode.of("02006003");

  /** UV disinfection, under treatment. */
  public static final CategoryCode UV = CategoryCode.of("02006004");

  /** Agriculture: a root. */
  public static final CategoryCode AGRI = CategoryCode.of("03");

  /** Precision farming, under agriculture. */
  public static final CategoryCode PRECISION = CategoryCode.of("03001");

  /** The lineage of every category of the taxonomy. */
  public static final Map<CategoryCode, CategoryLineage> LINEAGES =
      Map.of(
          WATER, new CategoryLineage(WATER, null, WATER),
          TREATMENT, new CategoryLineage(TREATMENT, WATER, WATER),
          SENSORS, new CategoryLineage(SENSORS, WATER, WATER),
          MEMBRANE, new CategoryLineage(MEMBRANE, TREATMENT, WATER),
          UV, new CategoryLineage(UV, TREATMENT, WATER),
          AGRI, new CategoryLineage(AGRI, null, AGRI),
          PRECISION, new CategoryLineage(PRECISION, AGRI, AGRI));

  private MarketFixtures() {}

  /**
   * The n-th profile id; ids and their text grow with {@code n}.
   *
   * @param n a number
   * @return the id
   */
  public static ProfileId profileId(long n) {
    return new ProfileId(SequentialIds.nth(n));
  }

  /**
   * The n-th introduction id.
   *
   * @param n a number
   * @return the id
   */
  public static IntroductionId introductionId(long n) {
    return new IntroductionId(SequentialIds.nth(n));
  }

  /**
   * The n-th organisation id.
   *
   * @param n a number
   * @return the id
   */
  public static OrganisationId organisationId(long n) {
    return new OrganisationId(SequentialIds.nth(n));
  }

  /**
   * The least content of a kind: its texts and one partnership type, nothing else.
   *
   * @param kind the kind
   * @param partnership the partnership type sought
   * @return the builder
   */
  public static ProfileContent.Builder content(ProfileKind kind, PartnershipType partnership) {
    return ProfileContent.builder()
        .kind(kind)
        .title(vi("Màng lọc nước"))
        .summary(vi("Tóm tắt"))
        .description(vi("Mô tả"))
        .partnership(partnership);
  }

  /**
   * A technology offer seeking a commercial agreement with technical assistance.
   *
   * @return the builder
   */
  public static ProfileContent.Builder offer() {
    return content(
        ProfileKind.TECHNOLOGY_OFFER, PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE);
  }

  /**
   * A technology request seeking a commercial agreement with technical assistance.
   *
   * @return the builder
   */
  public static ProfileContent.Builder request() {
    return content(
        ProfileKind.TECHNOLOGY_REQUEST, PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE);
  }

  /**
   * A profile published on a day and confirmed then, not extended, stored at version 1.
   *
   * @param id its id
   * @param owner its owner
   * @param content what it says
   * @param publishedOn the day
   * @return the profile
   */
  public static TechnologyProfile published(
      ProfileId id, OrganisationId owner, ProfileContent content, LocalDate publishedOn) {
    return restored(id, owner, content, ProfileStatus.PUBLISHED, publishedOn, publishedOn);
  }

  /**
   * A profile in any state, stored at version 1, part of no plan.
   *
   * @param id its id
   * @param owner its owner
   * @param content what it says
   * @param status its status
   * @param publishedOn its publication day, or null
   * @param confirmedOn its last confirmation, or null
   * @return the profile
   */
  public static TechnologyProfile restored(
      ProfileId id,
      OrganisationId owner,
      ProfileContent content,
      ProfileStatus status,
      @Nullable LocalDate publishedOn,
      @Nullable LocalDate confirmedOn) {
    return restored(id, owner, null, null, content, status, publishedOn, confirmedOn);
  }

  /**
   * A profile in any state, stored at version 1.
   *
   * @param id its id
   * @param owner its owner
   * @param plan its plan, or null
   * @param contentArea its content area, or null
   * @param content what it says
   * @param status its status
   * @param publishedOn its publication day, or null
   * @param confirmedOn its last confirmation, or null
   * @return the profile
   */
  public static TechnologyProfile restored(
      ProfileId id,
      OrganisationId owner,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      ProfileContent content,
      ProfileStatus status,
      @Nullable LocalDate publishedOn,
      @Nullable LocalDate confirmedOn) {
    return TechnologyProfile.ForAdapters.restore(
        id,
        owner,
        Fixtures.DIRECTOR,
        plan,
        contentArea,
        content,
        status,
        publishedOn,
        0,
        confirmedOn,
        null,
        1);
  }
}
