package shinrai.dealer.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The token is read from the header as Spring's own resolver reads it, and refused when malformed. */
class BearerTokensTest {

    private final BearerTokens tokens = new BearerTokens();

    @Test
    void theTokenAfterTheSchemeWrittenInAnyCase() {
        assertThat(tokens.resolve(withAuthorization("Bearer eyJhbGci.eyJzdWIi.c2ln-_~+/==")))
                .isEqualTo("eyJhbGci.eyJzdWIi.c2ln-_~+/==");
        assertThat(tokens.resolve(withAuthorization("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void noTokenWithoutTheHeaderOrWithAnotherScheme() {
        assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
        assertThat(tokens.resolve(withAuthorization("Basic YWRtaW46c2VjcmV0"))).isNull();
    }

    @Test
    void aMalformedTokenIsRefused() {
        for (String header :
                new String[] {"Bearer", "Bearer ", "Bearer a b", "Bearer ab=c", "Bearer ===", "Bearerabc"}) {
            assertThatThrownBy(() -> tokens.resolve(withAuthorization(header)))
                    .as(header)
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
