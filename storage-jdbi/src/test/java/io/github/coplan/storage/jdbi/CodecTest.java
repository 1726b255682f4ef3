package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.shared.LocalizedText;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-column text forms of localized text, lists and enumeration sets. */
class CodecTest {

  @Test
  void localizedTextIsTheOriginalThenEachLanguageInTagOrder() throws SQLException {
    LocalizedText text =
        LocalizedText.of(
            "vi", Map.of("vi", "Đổi mới\nsáng tạo", "en", "Innovation", "he", "חדשנות"));

    String stored = Codec.encode(text);

    assertThat(stored)
        .isEqualTo("vi\u001Een\u001FInnovation\u001Ehe\u001Fחדשנות\u001Evi\u001FĐổi mới\nsáng tạo");
    assertThat(Codec.decodeText(stored)).isEqualTo(text);
  }

  @Test
  void oneLanguageRoundTrips() throws SQLException {
    LocalizedText text = LocalizedText.of("en", "Saigon Innovation Hub 🚀\twith a tab");

    assertThat(Codec.decodeText(Codec.encode(text))).isEqualTo(text);
  }

  @Test
  void damagedTextIsADriverErrorNotAValue() {
    for (String damaged :
        List.of("", "vi", "\u001Evi\u001Fx", "vi\u001Evi", "vi\u001Evi\u001Fx\u001E")) {
      assertThatThrownBy(() -> Codec.decodeText(damaged))
          .as(damaged)
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void listsJoinTheirElementsAndTheEmptyListIsTheEmptyString() {
    assertThat(Codec.encodeList(List.of())).isEmpty();
    assertThat(Codec.encodeList(List.of("SIHUB", "Trung tâm"))).isEqualTo("SIHUB\u001ETrung tâm");
    assertThat(Codec.decodeList("")).isEmpty();
    assertThat(Codec.decodeList("SIHUB\u001ETrung tâm")).containsExactly("SIHUB", "Trung tâm");
    assertThat(Codec.decodeList("one")).containsExactly("one");
  }

  @Test
  void enumerationSetsAreNamesJoinedByCommas() throws SQLException {
    EnumSet<PartyRole> roles = EnumSet.of(PartyRole.FUNDING, PartyRole.SIGNATORY);

    assertThat(Codec.encodeNames(roles)).isEqualTo("FUNDING,SIGNATORY");
    assertThat(Codec.decodeNames("FUNDING,SIGNATORY", PartyRole.class)).isEqualTo(roles);
    assertThat(Codec.decodeNames("", PartyRole.class)).isEmpty();
    assertThatThrownBy(() -> Codec.decodeNames("FUNDING,DROP", PartyRole.class))
        .isInstanceOf(SQLException.class)
        .hasMessage("not a PartyRole: DROP");
  }
}
