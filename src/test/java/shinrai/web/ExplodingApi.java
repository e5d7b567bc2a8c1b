package shinrai.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint that fails the way a bug would, to prove the API never leaks what went wrong inside. */
@RestController
class ExplodingApi {

    static final String SECRET = "jdbc:postgresql://internal-host/secret";

    @GetMapping("/api/v1/test-only/explode")
    String explode() {
        throw new IllegalStateException("cannot reach " + SECRET);
    }
}
