package shinrai.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApplicationTest;

/** Each dealer keeps its own model list, extends it, and sees it suggested when entering a vehicle. */
@ApplicationTest
class ModelCatalogueTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aDealerAddsAModelAndItIsSuggestedThereOnly() {
        var advisor = signIn(mvc, "advisor");
        assertThat(mvc.post()
                        .uri("/vehicles/models")
                        .session(advisor)
                        .with(csrf())
                        .param("brand", "雷克萨斯")
                        .param("series", "ES")
                        .param("modelName", "300h 卓越版")
                        .exchange())
                .hasRedirectedUrl("/vehicles/models");
        assertThat(mvc.get().uri("/vehicles/models").session(advisor).exchange())
                .bodyText()
                .contains("雷克萨斯", "300h 卓越版", "卡罗拉");
        assertThat(mvc.get().uri("/customers/1/vehicles/new").session(advisor).exchange())
                .bodyText()
                .contains("catalogue-series", "value=\"ES\"");
        assertThat(mvc.get()
                        .uri("/vehicles/models")
                        .session(signIn(mvc, "d2.advisor"))
                        .exchange())
                .bodyText()
                .doesNotContain("雷克萨斯");
    }

    @Test
    void aModelNeedsABrandAndASeries() {
        var advisor = signIn(mvc, "advisor");
        mvc.post()
                .uri("/vehicles/models")
                .session(advisor)
                .with(csrf())
                .param("brand", " ")
                .param("series", " ")
                .exchange();
        assertThat(mvc.get().uri("/vehicles/models").session(advisor).exchange())
                .bodyText()
                .contains("请填写品牌和车系");
    }
}
