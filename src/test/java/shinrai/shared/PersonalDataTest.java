package shinrai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masks staff without "see unmasked contact details" see, as the customer would still recognise them. */
class PersonalDataTest {

    @Test
    void aMobileKeepsItsFirstThreeAndLastFourDigitsInAnyNotation() {
        assertThat(PersonalData.MOBILE.masked("+8613812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.MOBILE.masked("138 1234 5678")).isEqualTo("138****5678");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndItsDomain() {
        assertThat(PersonalData.EMAIL.masked("zhang.wei@example.com")).isEqualTo("z***@example.com");
        assertThat(PersonalData.EMAIL.masked("not an address")).isEqualTo("***");
    }

    @Test
    void aWechatIdKeepsItsFirstCharacter() {
        assertThat(PersonalData.WECHAT_ID.masked("wxid_zhangwei88")).isEqualTo("w***");
    }

    @Test
    void aChineseAddressKeepsItsDistrictAndDropsStreetAndNumber() {
        assertThat(PersonalData.ADDRESS.masked("上海市浦东新区张江路 123 弄 5 号 601 室")).isEqualTo("上海市浦东新区***");
        assertThat(PersonalData.ADDRESS.masked("浙江省杭州市西湖区文三路 90 号")).isEqualTo("浙江省杭州市西湖区***");
        assertThat(PersonalData.ADDRESS.masked("广西壮族自治区南宁市青秀区民族大道 1 号"))
                .as("the 自治区 of a province is not a district")
                .isEqualTo("广西壮族自治区南宁市青秀区***");
        assertThat(PersonalData.ADDRESS.masked("苏州市人民路 8 号")).isEqualTo("苏州市***");
    }

    @Test
    void aLatinAddressKeepsItsLastTwoParts() {
        assertThat(PersonalData.ADDRESS.masked("Room 601, 123 Zhangjiang Road, Pudong, Shanghai"))
                .isEqualTo("***, Pudong, Shanghai");
    }

    @Test
    void aBirthdayKeepsTheDayForGreetingsButNotTheYear() {
        assertThat(PersonalData.BIRTHDAY.masked("1985-05-14")).isEqualTo("****-05-14");
    }

    @Test
    void anIdCardNumberKeepsItsRegionAndCheck() {
        assertThat(PersonalData.ID_CARD.masked("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void mobileAndIdNumbersAreMaskedInsideAnyText() {
        assertThat(PersonalData.scrubbed("导出 13812345678 和 +86 139-0000-1111"))
                .isEqualTo("导出 138****5678 和 139****1111");
        assertThat(PersonalData.scrubbed("search 8613812345678 or 11010519491231002X"))
                .isEqualTo("search 138****5678 or 1101**********002X");
        assertThat(PersonalData.scrubbed("order RO20261201-0001, 12345678901234567890"))
                .as("longer numbers are not mobiles")
                .isEqualTo("order RO20261201-0001, 12345678901234567890");
    }

    @Test
    void anIpAddressKeepsItsNetworkAndDropsTheDevice() {
        assertThat(PersonalData.IP_ADDRESS.masked("203.0.113.7")).isEqualTo("203.0.*.*");
        assertThat(PersonalData.IP_ADDRESS.masked("2001:db8:85a3::8a2e:370:7334"))
                .isEqualTo("2001:db8:*");
        assertThat(PersonalData.IP_ADDRESS.masked("unknown")).isEqualTo("***");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(PersonalData.EMAIL.masked("")).isEmpty();
    }
}
