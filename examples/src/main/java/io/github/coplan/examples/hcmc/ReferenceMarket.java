package io.github.coplan.examples.hcmc;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AdvanceIntroduction;
import io.github.coplan.application.ChangeProfileStatus;
import io.github.coplan.application.DraftProfile;
import io.github.coplan.application.Introduce;
import io.github.coplan.application.LoadTaxonomy;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Assessment;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.Gap;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.Match;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Content area 6 of the reference plan, "connecting technology supply and demand on the Technology
 * Exchange and Technology Markets": a sample technology taxonomy, offers and requests in
 * Vietnamese, English and Hebrew, the matches of one request with their explanations, and an
 * introduction followed from its suggestion on 2018-10-15 to a licence agreed on 2019-06-03.
 *
 * <p>Each step is recorded on the day it happened, by a Coplan on a clock fixed at that day, and
 * only if it is not recorded yet: running the example again records nothing twice. The
 * organisations and people are invented for the example.
 */
public final class ReferenceMarket {

  /** The day the taxonomy is loaded and the profiles are published. */
  public static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 1);

  /** The sample technology taxonomy: three roots, their branches and leaves. */
  public static final List<Category> TAXONOMY =
      List.of(
          category("env", null, "Môi trường", "Environment"),
          category("env.water", "env", "Nước", "Water"),
          category("env.water.membrane", "env.water", "Màng lọc", "Membrane filtration"),
          category("env.water.uv", "env.water", "Khử trùng UV", "UV disinfection"),
          category("env.water.desalination", "env.water", "Khử mặn", "Desalination"),
          category("agri", null, "Nông nghiệp", "Agriculture"),
          category("agri.precision", "agri", "Nông nghiệp chính xác", "Precision agriculture"),
          category("agri.precision.irrigation", "agri.precision", "Tưới tiêu", "Irrigation"),
          category("health", null, "Y tế", "Health"),
          category("health.devices", "health", "Thiết bị y tế", "Medical devices"),
          category("ict", null, "Công nghệ thông tin", "Information technology"),
          category("ict.security", "ict", "An ninh mạng", "Cyber security"));

  private static final URI LICENCE =
      URI.create("https://example.org/hcmc-iia/licence-membrane-bioreactor-2019.pdf");

  private ReferenceMarket() {}

  /** The organisations and contacts of the sample market. */
  private record Owner(Organisation organisation, Person contact) {}

  /**
   * Records the sample market for a plan, each step on its own day, unless it is recorded already.
   *
   * @param storage the plan's store
   * @param actor who records
   * @param plan the reference plan, with its content area 6 and its matchmaking activity
   * @return the request whose matches the example prints
   */
  public static TechnologyProfile record(Storage storage, Actor actor, CooperationPlan plan) {
    UseCases published = on(storage, actor, PUBLISHED);
    published.market().loadTaxonomy(new LoadTaxonomy(TAXONOMY));
    Owner saigonGreen =
        owner(
            published,
            org("vi", "Công ty Cổ phần Môi trường Xanh Sài Gòn", "Saigon Green Environment JSC")
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("domain", "saigongreen.example"))
                .build(),
            "Lê Minh Châu",
            CountryCode.VN);
    Owner negev =
        owner(
            published,
            org("he", "ממברנות הנגב בע\"מ", "Negev Membranes Ltd.")
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "negev-membranes.example"))
                .build(),
            "Noa Levi",
            CountryCode.IL);
    Owner carmel =
        owner(
            published,
            org("en", "Carmel UV Systems Ltd.", null)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "carmel-uv.example"))
                .build(),
            "Yossi Mizrahi",
            CountryCode.IL);
    Owner galil =
        owner(
            published,
            org("en", "Galil Agritech Ltd.", null)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "galil-agritech.example"))
                .build(),
            "Tamar Katz",
            CountryCode.IL);
    Owner phuongNam =
        owner(
            published,
            org("vi", "Công ty TNHH Thiết bị Y tế Phương Nam", "Phuong Nam Medical Equipment Co.")
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("domain", "phuongnam-medical.example"))
                .build(),
            "Phạm Thu Hà",
            CountryCode.VN);
    Owner yarden =
        owner(
            published,
            org("en", "Yarden Cyber Ltd.", null)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "yarden-cyber.example"))
                .build(),
            "Eitan Shapiro",
            CountryCode.IL);

    TechnologyProfile request =
        profile(
            published,
            plan,
            saigonGreen,
            ProfileContent.builder()
                .kind(ProfileKind.TECHNOLOGY_REQUEST)
                .title(
                    text(
                        "vi",
                        "Công nghệ xử lý nước thải bằng màng lọc cho khu công nghiệp",
                        "Membrane waste-water treatment for industrial parks"))
                .summary(
                    text(
                        "vi",
                        "Tìm công nghệ bể phản ứng sinh học màng (MBR) cho 3 khu công nghiệp.",
                        "Looking for a membrane bioreactor (MBR) for three industrial parks."))
                .description(
                    text(
                        "vi",
                        "Nhà máy xử lý nước thải 5.000 m³/ngày; cần tái sử dụng nước.",
                        "A 5,000 m³/day waste-water plant that must reuse its water."))
                .sought(
                    text(
                        "vi",
                        "Công nghệ đã kiểm chứng, chuyển giao kèm đào tạo kỹ sư.",
                        "A proven technology, licensed with training for our engineers."))
                .category(CategoryCode.of("env.water.membrane"))
                .keyword("membrane bioreactor", "waste water", "water reuse")
                .stage(DevelopmentStage.AVAILABLE_FOR_DEMONSTRATION)
                .ipr(IprStatus.APPLIED)
                .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
                .targetCountry(CountryCode.IL)
                .build());
    TechnologyProfile bioreactor =
        profile(
            published,
            plan,
            negev,
            ProfileContent.builder()
                .kind(ProfileKind.TECHNOLOGY_OFFER)
                .title(
                    text(
                        "he",
                        "ביוריאקטור ממברנלי לטיהור שפכים תעשייתיים",
                        "Membrane bioreactor for industrial waste water"))
                .summary(
                    text(
                        "he",
                        "מערכת MBR מודולרית, מותקנת ב-40 מפעלים.",
                        "A modular MBR system, installed in 40 plants."))
                .description(
                    text(
                        "he",
                        "ממברנות סיב חלול עם ניקוי אוטומטי.",
                        "Hollow-fibre membranes with automatic cleaning."))
                .sought(en("Licensees in South-East Asia, with local installers."))
                .category(CategoryCode.of("env.water.membrane"))
                .keyword("membrane bioreactor", "waste water", "water reuse")
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED)
                .partnership(
                    PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE,
                    PartnershipType.INVESTMENT)
                .targetCountry(CountryCode.VN, CountryCode.of("TH"))
                .build());
    TechnologyProfile desalination =
        profile(
            published,
            plan,
            negev,
            ProfileContent.builder()
                .kind(ProfileKind.TECHNOLOGY_OFFER)
                .title(en("Low-energy seawater desalination membranes"))
                .summary(en("Reverse-osmosis membranes that use 20 % less energy."))
                .description(en("For coastal cities and industrial parks."))
                .sought(en("Distributors and pilot sites."))
                .category(CategoryCode.of("env.water.desalination"))
                .keyword("reverse osmosis", "desalination", "waste water")
                .stage(DevelopmentStage.LAB_TESTED)
                .ipr(IprStatus.APPLIED)
                .partnership(PartnershipType.COMMERCIAL)
                .build());
    TechnologyProfile uv =
        profile(
            published,
            plan,
            carmel,
            ProfileContent.builder()
                .kind(ProfileKind.TECHNOLOGY_OFFER)
                .title(en("UV disinfection of treated waste water"))
                .summary(en("Chemical-free UV reactors for water reuse."))
                .description(en("Validated to national reuse standards."))
                .category(CategoryCode.of("env.water.uv"))
                .keyword("uv", "water reuse")
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.SECRET_KNOW_HOW)
                .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
                .build());
    profile(
        published,
        plan,
        galil,
        ProfileContent.builder()
            .kind(ProfileKind.TECHNOLOGY_OFFER)
            .title(
                text("he", "השקיה בטפטוף עם חיישני לחות קרקע", "Drip irrigation with soil sensors"))
            .summary(en("Saves 30 % of water on vegetable farms."))
            .description(en("Sensors, valves and a mobile application."))
            .category(CategoryCode.of("agri.precision.irrigation"))
            .keyword("drip irrigation", "soil sensors")
            .stage(DevelopmentStage.ON_THE_MARKET)
            .ipr(IprStatus.GRANTED)
            .partnership(PartnershipType.COMMERCIAL, PartnershipType.SUPPLIER)
            .build());
    profile(
        published,
        plan,
        phuongNam,
        ProfileContent.builder()
            .kind(ProfileKind.TECHNOLOGY_REQUEST)
            .title(
                text("vi", "Thiết bị siêu âm chẩn đoán cầm tay", "Hand-held diagnostic ultrasound"))
            .summary(text("vi", "Cho các trạm y tế xã.", "For commune health stations."))
            .description(en("Battery-powered, with remote reading by a hospital."))
            .category(CategoryCode.of("health.devices"))
            .keyword("ultrasound", "telemedicine")
            .stage(DevelopmentStage.ON_THE_MARKET)
            .partnership(PartnershipType.COMMERCIAL)
            .build());
    profile(
        published,
        plan,
        yarden,
        ProfileContent.builder()
            .kind(ProfileKind.TECHNOLOGY_OFFER)
            .title(en("Cyber security for hospital networks"))
            .summary(en("Protects connected medical devices."))
            .description(en("Network monitoring that knows medical protocols."))
            .category(CategoryCode.of("ict.security"))
            .keyword("cyber security", "telemedicine")
            .stage(DevelopmentStage.ON_THE_MARKET)
            .ipr(IprStatus.SECRET_KNOW_HOW)
            .partnership(PartnershipType.COMMERCIAL)
            .build());

    Activity matchmaking = matchmaking(published, plan);
    // Both introductions are suggested on one day, by one Coplan: their ids keep that order.
    UseCases suggested = on(storage, actor, LocalDate.of(2018, 10, 15));
    follow(storage, actor, suggested, plan, request, bioreactor, matchmaking);
    decline(storage, actor, suggested, request, uv);
    return request;
  }

  /**
   * The introduction of the request and the bioreactor: suggested and answered by the requester on
   * 2018-10-15, answered by the offerer on 2018-10-20, a meeting at the matchmaking session on
   * 2018-12-06, a licence agreed on 2019-06-03. Each step taken unless it is taken already.
   */
  private static void follow(
      Storage storage,
      Actor actor,
      UseCases suggested,
      CooperationPlan plan,
      TechnologyProfile request,
      TechnologyProfile offer,
      Activity matchmaking) {
    Introduction introduction = introduction(suggested, request, offer);
    if (introduction.stage() == IntroductionStage.SUGGESTED) {
      introduction =
          suggested
              .market()
              .advance(AdvanceIntroduction.expressInterest(introduction.id(), Side.REQUESTER));
    }
    if (!introduction.interest().containsKey(Side.OFFERER)) {
      introduction =
          on(storage, actor, LocalDate.of(2018, 10, 20))
              .market()
              .advance(AdvanceIntroduction.expressInterest(introduction.id(), Side.OFFERER));
    }
    if (introduction.stage() == IntroductionStage.INTEREST_EXPRESSED) {
      introduction =
          on(storage, actor, LocalDate.of(2018, 12, 6))
              .market()
              .advance(AdvanceIntroduction.recordMeeting(introduction.id(), matchmaking.id()));
    }
    if (introduction.stage() == IntroductionStage.MEETING) {
      UseCases agreed = on(storage, actor, LocalDate.of(2019, 6, 3));
      agreed.useTransaction(
          tx -> {
            CooperationPlan current = tx.plans().get(plan.id());
            if (current.documents().stream().noneMatch(d -> d.link().equals(LICENCE))) {
              tx.plans()
                  .addDocument(
                      new AddDocument(
                          plan.id(),
                          new PlanDocument(
                              DocumentType.AGREEMENT,
                              text(
                                  "vi",
                                  "Hợp đồng chuyển giao công nghệ MBR",
                                  "MBR technology licence"),
                              LICENCE,
                              LocalDate.of(2019, 6, 3)),
                          null));
            }
          });
      Introduction met = introduction;
      agreed
          .market()
          .advance(AdvanceIntroduction.recordAgreement(met.id(), AgreementKind.LICENCE, LICENCE));
    }
  }

  /** The UV offer, introduced the same day, declined by the requester on 2018-10-25. */
  private static void decline(
      Storage storage,
      Actor actor,
      UseCases suggested,
      TechnologyProfile request,
      TechnologyProfile offer) {
    Introduction introduction = introduction(suggested, request, offer);
    if (!introduction.stage().isFinal()) {
      on(storage, actor, LocalDate.of(2018, 10, 25))
          .market()
          .advance(
              AdvanceIntroduction.decline(
                  introduction.id(),
                  Side.REQUESTER,
                  "Disinfection alone does not meet the discharge standard"));
    }
  }

  private static Introduction introduction(
      UseCases coplan, TechnologyProfile request, TechnologyProfile offer) {
    return coplan.market().introductionsOf(request.id()).stream()
        .filter(i -> i.offer().equals(offer.id()))
        .findFirst()
        .orElseGet(() -> coplan.market().introduce(new Introduce(request.id(), offer.id())));
  }

  /**
   * The market section of the report: the request's top matches on a day, explained; its
   * introductions; the counts of content area 6 over the plan's period.
   *
   * @param coplan the use cases
   * @param plan the plan
   * @param request the request
   * @param asOf the day of matching
   * @param language the language of the titles
   * @return the text
   */
  public static String format(
      UseCases coplan,
      CooperationPlan plan,
      TechnologyProfile request,
      LocalDate asOf,
      String language) {
    StringBuilder out = new StringBuilder();
    out.append("\ncontent area 6: technology marketplace\n");
    Matches matches = coplan.market().matches(request.id(), asOf, 5);
    out.append("matches on ")
        .append(asOf)
        .append(" for: ")
        .append(request.content().title().best(language))
        .append(" (")
        .append(ownerName(coplan, request, language))
        .append(")\n");
    if (matches.matches().isEmpty()) {
      out.append("  none\n");
    }
    int rank = 1;
    for (Match m : matches.matches()) {
      out.append(String.format(Locale.ROOT, "  %d. %3d  ", rank++, m.score()))
          .append(m.candidate().content().title().best(language))
          .append(" (")
          .append(ownerName(coplan, m.candidate(), language))
          .append(")\n");
      for (Assessment a : m.explanation()) {
        out.append(
                String.format(
                    Locale.ROOT, "       %-11s %-8s ", a.criterion().name(), a.verdict().name()))
            .append(String.join("; ", a.evidence()))
            .append('\n');
      }
    }
    out.append("what the request lacks: ")
        .append(
            matches.gaps().isEmpty()
                ? "nothing"
                : matches.gaps().stream().map(Gap::name).collect(Collectors.joining(", ")))
        .append('\n');
    out.append("introductions:\n");
    for (Introduction i : coplan.market().introductionsOf(request.id())) {
      TechnologyProfile offer = coplan.market().get(i.offer());
      out.append("  ")
          .append(offer.content().title().best(language))
          .append(": ")
          .append(i.stage())
          .append('\n');
      out.append("    ").append(i.suggestedOn()).append(" suggested\n");
      i.interest()
          .forEach(
              (side, day) ->
                  out.append("    ")
                      .append(day)
                      .append(" interest from the ")
                      .append(side.name().toLowerCase(Locale.ROOT))
                      .append('\n'));
      if (i.metOn() != null && i.meeting() != null) {
        out.append("    ")
            .append(i.metOn())
            .append(" met at: ")
            .append(coplan.activities().get(i.meeting()).details().title().best(language))
            .append('\n');
      }
      if (i.agreedOn() != null) {
        out.append("    ")
            .append(i.agreedOn())
            .append(" agreement: ")
            .append(i.agreement())
            .append(' ')
            .append(i.document())
            .append('\n');
      }
      if (i.declinedOn() != null) {
        out.append("    ")
            .append(i.declinedOn())
            .append(" declined by the ")
            .append(String.valueOf(i.declinedBy()).toLowerCase(Locale.ROOT))
            .append(": ")
            .append(i.declineReason())
            .append('\n');
      }
    }
    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2021, 12, 31);
    out.append("counts ").append(from).append(" to ").append(to).append(":\n");
    out.append("  area  published  suggested  interest  meetings  agreements  declined\n");
    for (MarketCounts c : coplan.market().counts(plan.id(), from, to)) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-4s  %9d  %9d  %8d  %8d  %10d  %8d%n",
              c.contentArea() == null ? "-" : c.contentArea().toString(),
              c.profilesPublished(),
              c.suggested(),
              c.interestExpressed(),
              c.meetings(),
              c.agreements(),
              c.declined()));
    }
    return out.toString();
  }

  private static String ownerName(UseCases coplan, TechnologyProfile p, String language) {
    OrganisationProfile owner = coplan.organisations().get(p.owner()).profile();
    return owner.name().best(language) + ", " + owner.country().code();
  }

  /** Use cases acting on a clock fixed at noon UTC of a day, over the store. Not to be closed. */
  private static UseCases on(Storage storage, Actor actor, LocalDate day) {
    return Coplan.builder()
        .storage(storage)
        .clock(Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .build()
        .actingAs(actor);
  }

  /** The area-6 matchmaking session of the plan. */
  private static Activity matchmaking(UseCases coplan, CooperationPlan plan) {
    return coplan
        .activities()
        .search(ActivityQuery.builder().plan(plan.id()).contentAreas(6).pageSize(50).build())
        .items()
        .stream()
        .filter(a -> a.details().type() == ActivityType.MATCHMAKING_SESSION)
        .findFirst()
        .orElseThrow();
  }

  /** A published profile of the plan's area 6, found by its owner and title, or drafted now. */
  private static TechnologyProfile profile(
      UseCases coplan, CooperationPlan plan, Owner owner, ProfileContent content) {
    TechnologyProfile found =
        coplan
            .market()
            .search(
                new ProfileQuery(
                    content.title().original(),
                    content.kind(),
                    owner.organisation().id(),
                    plan.id(),
                    null,
                    null,
                    10))
            .stream()
            .findFirst()
            .orElseGet(
                () ->
                    coplan
                        .market()
                        .draft(
                            new DraftProfile(
                                owner.organisation().id(),
                                owner.contact().id(),
                                plan.id(),
                                6,
                                content)));
    return found.status() == ProfileStatus.DRAFT
        ? coplan.market().changeStatus(ChangeProfileStatus.publish(found.id()))
        : found;
  }

  /** An organisation found by its identifier, or registered with a contact. */
  private static Owner owner(
      UseCases coplan, OrganisationProfile profile, String contact, CountryCode country) {
    ExternalIdentifier key = profile.identifiers().iterator().next();
    return coplan
        .organisations()
        .findByIdentifier(key)
        .map(
            o ->
                new Owner(
                    o,
                    coplan
                        .people()
                        .search(
                            io.github.coplan.domain.query.PersonQuery.builder()
                                .affiliatedWith(o.id(), PUBLISHED)
                                .build())
                        .items()
                        .get(0)))
        .orElseGet(
            () -> {
              Organisation o = coplan.organisations().register(new RegisterOrganisation(profile));
              Person p =
                  coplan
                      .people()
                      .register(
                          new RegisterPerson(
                              new PersonProfile(contact, country, Set.of(), null, false),
                              List.of(new Affiliation(o.id(), "Contact", PUBLISHED, null))));
              return new Owner(o, p);
            });
  }

  private static OrganisationProfile.Builder org(
      String language, String name, @Nullable String english) {
    LocalizedText text =
        english == null
            ? LocalizedText.of(language, name)
            : LocalizedText.of(language, Map.of(language, name, "en", english));
    return OrganisationProfile.builder().name(text).type(OrganisationType.PRIVATE_SECTOR);
  }

  private static Category category(String code, @Nullable String parent, String vi, String en) {
    return new Category(
        CategoryCode.of(code),
        parent == null ? null : CategoryCode.of(parent),
        LocalizedText.of("en", Map.of("en", en, "vi", vi)));
  }

  private static LocalizedText text(String original, String text, String english) {
    return LocalizedText.of(original, Map.of(original, text, "en", english));
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
