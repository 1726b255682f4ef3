package io.github.coplan.benchmarks;

import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A generated technology market, the same for the same seed: a taxonomy of 8 roots, 6 branches each
 * and 8 leaves each (384 leaves); a vocabulary of 4,000 invented keywords, each leaf with 40 topic
 * words of its own and popular words shared by all; organisations in Viet Nam, Israel and elsewhere
 * with a contact each; and profiles of every kind, mostly published and live on {@link #AS_OF},
 * some expired, some drafts, closed or withdrawn.
 *
 * <p>Among them, planted pairs: a technology request of a Vietnamese organisation and the Israeli
 * offer that is its true match (filed under the same leaf, sharing three of its four keywords,
 * mostly fitting on stage, IPR and partnership); and, for each planted request, five distractor
 * offers filed under its leaf or a sibling that share one or two of its keywords.
 */
final class MarketData {

  /** The day the market is matched on. */
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 3);

  private static final int ROOTS = 8;
  private static final int BRANCHES = 6;
  private static final int LEAVES = 8;
  private static final int VOCABULARY = 4_000;
  private static final int TOPIC_WORDS = 40;
  private static final int DISTRACTORS = 5;
  private static final String[] SYLLABLES = {
    "ba", "co", "di", "fu", "ga", "he", "ki", "lo", "mu", "na", "pe", "qui", "ra", "so", "tu", "va",
    "xe", "yo", "za", "bri", "cla", "dro", "fle", "gri", "pla", "stu", "tra", "vin"
  };
  private static final CountryCode[] OTHER_COUNTRIES = {
    CountryCode.of("TH"), CountryCode.of("SG"), CountryCode.of("DE"), CountryCode.of("US")
  };

  /** What was generated. */
  record Market(
      List<Category> taxonomy,
      List<Organisation> organisations,
      List<Person> people,
      List<TechnologyProfile> profiles,
      Map<ProfileId, ProfileId> planted) {}

  private final Random random;
  private final List<CategoryCode> leaves = new ArrayList<>();
  private final List<String> vocabulary = new ArrayList<>();
  private final Map<CategoryCode, List<String>> topics = new LinkedHashMap<>();
  private final List<Organisation> vietnamese = new ArrayList<>();
  private final List<Organisation> israeli = new ArrayList<>();
  private final List<Organisation> all = new ArrayList<>();
  private final Map<OrganisationId, PersonId> contacts = new LinkedHashMap<>();
  private final List<Person> people = new ArrayList<>();
  private long ids;

  private MarketData(long seed) {
    this.random = new Random(seed);
    this.ids = seed << 20;
  }

  /**
   * Generates a market.
   *
   * @param seed the seed
   * @param size how many profiles in all
   * @param plantedPairs how many planted pairs among them (each with five distractors)
   * @return the market
   */
  static Market generate(long seed, int size, int plantedPairs) {
    return new MarketData(seed).build(size, plantedPairs);
  }

  /** Loads a market into a store, a thousand rows to a unit, through the storage port. */
  static void load(Storage storage, Market market) {
    storage.inTransaction(
        r -> {
          market.taxonomy().forEach(r.market()::saveCategory);
          return market.taxonomy().size();
        });
    for (List<Organisation> chunk : chunks(market.organisations())) {
      storage.inTransaction(
          r -> {
            chunk.forEach(r.organisations()::insert);
            return chunk.size();
          });
    }
    for (List<Person> chunk : chunks(market.people())) {
      storage.inTransaction(
          r -> {
            chunk.forEach(r.people()::insert);
            return chunk.size();
          });
    }
    for (List<TechnologyProfile> chunk : chunks(market.profiles())) {
      storage.inTransaction(
          r -> {
            chunk.forEach(r.market()::insertProfile);
            return chunk.size();
          });
    }
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 1_000) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 1_000)));
    }
    return chunks;
  }

  private Market build(int size, int plantedPairs) {
    List<Category> taxonomy = taxonomy();
    words();
    organisations(Math.max(50, size / 50));
    List<TechnologyProfile> profiles = new ArrayList<>(size);
    Map<ProfileId, ProfileId> planted = new LinkedHashMap<>();
    for (int i = 0; i < plantedPairs; i++) {
      plant(profiles, planted);
    }
    while (profiles.size() < size) {
      profiles.add(background());
    }
    return new Market(taxonomy, List.copyOf(all), List.copyOf(people), profiles, planted);
  }

  private UUID nextId() {
    ids++;
    return new UUID(0x0000_0000_0000_7000L | (ids << 16), 0x8000_0000_0000_0000L | ids);
  }

  private List<Category> taxonomy() {
    List<Category> categories = new ArrayList<>();
    List<Category> branches = new ArrayList<>();
    List<Category> leafCategories = new ArrayList<>();
    for (int r = 0; r < ROOTS; r++) {
      CategoryCode root = CategoryCode.of("r" + r);
      categories.add(new Category(root, null, LocalizedText.of("en", "Root " + r)));
      for (int b = 0; b < BRANCHES; b++) {
        CategoryCode branch = CategoryCode.of(root + ".b" + b);
        branches.add(new Category(branch, root, LocalizedText.of("en", "Branch " + branch)));
        for (int l = 0; l < LEAVES; l++) {
          CategoryCode leaf = CategoryCode.of(branch + ".l" + l);
          leafCategories.add(new Category(leaf, branch, LocalizedText.of("en", "Leaf " + leaf)));
          leaves.add(leaf);
        }
      }
    }
    categories.addAll(branches);
    categories.addAll(leafCategories);
    return categories;
  }

  private void words() {
    Set<String> seen = new LinkedHashSet<>();
    while (seen.size() < VOCABULARY) {
      int n = 2 + random.nextInt(2);
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < n; i++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (random.nextInt(4) == 0) {
        w.append(' ').append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append("tech");
      }
      seen.add(w.toString());
    }
    vocabulary.addAll(seen);
    for (CategoryCode leaf : leaves) {
      List<String> words = new ArrayList<>();
      while (words.size() < TOPIC_WORDS) {
        String w = vocabulary.get(random.nextInt(VOCABULARY));
        if (!words.contains(w)) {
          words.add(w);
        }
      }
      topics.put(leaf, words);
    }
  }

  private void organisations(int count) {
    for (int i = 0; i < count; i++) {
      CountryCode country =
          i % 5 < 2
              ? CountryCode.VN
              : i % 5 < 4 ? CountryCode.IL : OTHER_COUNTRIES[i % OTHER_COUNTRIES.length];
      Organisation o =
          Organisation.register(
              new OrganisationId(nextId()),
              OrganisationProfile.builder()
                  .name(LocalizedText.of("en", "Company " + i))
                  .type(OrganisationType.PRIVATE_SECTOR)
                  .country(country)
                  .build());
      all.add(o);
      if (country.equals(CountryCode.VN)) {
        vietnamese.add(o);
      } else if (country.equals(CountryCode.IL)) {
        israeli.add(o);
      }
      Person p =
          Person.register(
              new PersonId(nextId()), PersonProfile.of("Contact " + i, country), List.of());
      people.add(p);
      contacts.put(o.id(), p.id());
    }
  }

  private void plant(List<TechnologyProfile> profiles, Map<ProfileId, ProfileId> planted) {
    CategoryCode leaf = leaves.get(random.nextInt(leaves.size()));
    List<String> topic = topic(leaf);
    List<String> keywords = pick(topic, 4);
    Organisation requester = vietnamese.get(random.nextInt(vietnamese.size()));
    TechnologyProfile request =
        profile(
            requester,
            ProfileKind.TECHNOLOGY_REQUEST,
            List.of(leaf),
            keywords,
            EnumSet.of(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE),
            DevelopmentStage.LAB_TESTED,
            IprStatus.APPLIED,
            Set.of(),
            AS_OF.minusDays(1 + random.nextInt(120)));
    List<String> offered = new ArrayList<>(keywords.subList(0, 3));
    offered.add(other(topic, offered));
    EnumSet<PartnershipType> partnerships =
        random.nextInt(10) < 9
            ? EnumSet.of(
                PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE, PartnershipType.INVESTMENT)
            : EnumSet.of(PartnershipType.INVESTMENT);
    TechnologyProfile offer =
        profile(
            israeli.get(random.nextInt(israeli.size())),
            ProfileKind.TECHNOLOGY_OFFER,
            List.of(leaf),
            offered,
            partnerships,
            random.nextInt(5) < 4
                ? DevelopmentStage.ON_THE_MARKET
                : DevelopmentStage.UNDER_DEVELOPMENT,
            random.nextInt(5) < 4 ? IprStatus.GRANTED : IprStatus.SECRET_KNOW_HOW,
            random.nextBoolean() ? Set.of() : Set.of(CountryCode.VN),
            AS_OF.minusDays(1 + random.nextInt(120)));
    profiles.add(request);
    profiles.add(offer);
    planted.put(request.id(), offer.id());
    for (int d = 0; d < DISTRACTORS; d++) {
      CategoryCode near =
          random.nextBoolean()
              ? leaf
              : leaves.get(leaves.indexOf(leaf) / LEAVES * LEAVES + random.nextInt(LEAVES));
      List<String> some = new ArrayList<>(pick(keywords, 1 + random.nextInt(2)));
      while (some.size() < 4) {
        some.add(other(topic(near), some));
      }
      profiles.add(
          profile(
              all.get(random.nextInt(all.size())),
              ProfileKind.TECHNOLOGY_OFFER,
              List.of(near),
              some,
              partnerships(),
              stage(),
              ipr(),
              Set.of(),
              AS_OF.minusDays(1 + random.nextInt(300))));
    }
  }

  private TechnologyProfile background() {
    int k = random.nextInt(10);
    ProfileKind kind =
        k < 4
            ? ProfileKind.TECHNOLOGY_OFFER
            : k < 7
                ? ProfileKind.TECHNOLOGY_REQUEST
                : k == 7
                    ? ProfileKind.BUSINESS_OFFER
                    : k == 8 ? ProfileKind.BUSINESS_REQUEST : ProfileKind.RESEARCH_REQUEST;
    CategoryCode leaf = leaves.get(random.nextInt(leaves.size()));
    List<CategoryCode> categories = new ArrayList<>(List.of(leaf));
    if (random.nextBoolean()) {
      CategoryCode sibling =
          leaves.get(leaves.indexOf(leaf) / LEAVES * LEAVES + random.nextInt(LEAVES));
      if (!categories.contains(sibling)) {
        categories.add(sibling);
      }
    }
    List<String> keywords = new ArrayList<>();
    int n = 3 + random.nextInt(3);
    while (keywords.size() < n) {
      // Most from the leaf's topic; some popular words every leaf uses.
      String w =
          random.nextInt(10) < 7
              ? topic(leaf).get(random.nextInt(TOPIC_WORDS))
              : vocabulary.get((int) (VOCABULARY * Math.pow(random.nextDouble(), 3)));
      if (!keywords.contains(w)) {
        keywords.add(w);
      }
    }
    EnumSet<PartnershipType> partnerships = partnerships();
    if (kind == ProfileKind.RESEARCH_REQUEST
        || kind == ProfileKind.TECHNOLOGY_OFFER && random.nextInt(5) == 0) {
      if (partnerships.size() == 3) {
        partnerships.remove(partnerships.iterator().next());
      }
      partnerships.add(PartnershipType.RESEARCH_COOPERATION);
    }
    Set<CountryCode> targets = new LinkedHashSet<>();
    if (!kind.isRequest() && random.nextInt(10) < 3) {
      targets.add(random.nextBoolean() ? CountryCode.VN : CountryCode.IL);
      targets.add(OTHER_COUNTRIES[random.nextInt(OTHER_COUNTRIES.length)]);
    }
    int age = random.nextInt(100);
    LocalDate published =
        age < 5
            ? AS_OF.minusDays(366 + random.nextInt(300))
            : AS_OF.minusDays(1 + random.nextInt(360));
    TechnologyProfile p =
        profile(
            all.get(random.nextInt(all.size())),
            kind,
            categories,
            keywords,
            partnerships,
            random.nextInt(10) == 0 ? null : stage(),
            random.nextInt(10) == 0 ? null : ipr(),
            targets,
            published);
    if (age >= 95) {
      return random.nextBoolean() ? p.close(AS_OF.minusDays(1)) : p.withdraw(AS_OF.minusDays(1));
    }
    return p;
  }

  private TechnologyProfile profile(
      Organisation owner,
      ProfileKind kind,
      List<CategoryCode> categories,
      List<String> keywords,
      Set<PartnershipType> partnerships,
      @Nullable DevelopmentStage stage,
      @Nullable IprStatus ipr,
      Set<CountryCode> targets,
      LocalDate published) {
    String title = String.join(" ", keywords);
    ProfileContent.Builder content =
        ProfileContent.builder()
            .kind(kind)
            .title(LocalizedText.of("en", title))
            .summary(LocalizedText.of("en", "Summary: " + title))
            .description(LocalizedText.of("en", "Description: " + title))
            .sought(LocalizedText.of("en", "Partners"))
            .category(categories.toArray(CategoryCode[]::new))
            .keyword(keywords.toArray(String[]::new))
            .stage(stage)
            .ipr(ipr)
            .partnership(partnerships.toArray(PartnershipType[]::new))
            .targetCountry(targets.toArray(CountryCode[]::new));
    TechnologyProfile draft =
        TechnologyProfile.draft(
            new ProfileId(nextId()),
            owner.id(),
            java.util.Objects.requireNonNull(contacts.get(owner.id())),
            null,
            null,
            content.build());
    long days = java.time.temporal.ChronoUnit.DAYS.between(published, AS_OF);
    TechnologyProfile live = draft.publish(published);
    long confirmedAfter = Math.min(days - 1, 364);
    return confirmedAfter > 0 && random.nextBoolean()
        ? live.confirm(published.plusDays(random.nextLong(confirmedAfter)))
        : live;
  }

  private List<String> topic(CategoryCode leaf) {
    return java.util.Objects.requireNonNull(topics.get(leaf), "every leaf has a topic");
  }

  private EnumSet<PartnershipType> partnerships() {
    EnumSet<PartnershipType> set = EnumSet.noneOf(PartnershipType.class);
    int n = 1 + random.nextInt(3);
    PartnershipType[] all = PartnershipType.values();
    while (set.size() < n) {
      set.add(all[random.nextInt(all.length)]);
    }
    return set;
  }

  private DevelopmentStage stage() {
    return DevelopmentStage.values()[random.nextInt(DevelopmentStage.values().length)];
  }

  private IprStatus ipr() {
    return IprStatus.values()[random.nextInt(IprStatus.values().length)];
  }

  private List<String> pick(List<String> from, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String w = from.get(random.nextInt(from.size()));
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private String other(List<String> from, List<String> not) {
    while (true) {
      String w = from.get(random.nextInt(from.size()));
      if (!not.contains(w)) {
        return w;
      }
    }
  }
}
